import { useState, useSyncExternalStore } from 'react';
import { useServices } from '../../app/use-services';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { type DraftOffer, describeOffer } from './draft-restore';
import './draft-banner.css';

/**
 * The drafts strip under the toolbar: a persistent warning with Save now while changes are not kept as a draft, and
 * the drafts offered at start-up with Restore, Download and Discard.
 */
export function DraftBanner() {
  const { drafts, files } = useServices();
  const { problem, offers, othersChecked } = useSyncExternalStore(drafts.subscribe, drafts.getStatus);
  // "Not now" hides the drafts offered so far; a draft offered later (a tab closed meanwhile) shows the list again.
  const [hidden, setHidden] = useState<readonly DraftOffer[]>([]);
  const showOffers = offers.some((offer) => !hidden.includes(offer));
  // Tells browser tests that other tabs' drafts have been looked at, so "none offered" means none.
  const checked = othersChecked ? <span hidden data-testid="drafts-checked" /> : null;
  if (!problem && !showOffers) return checked;
  return (
    <div className="draft-banners" data-testid="draft-banner">
      {checked}
      {problem && (
        <div className="draft-banner draft-banner--problem" role="alert" data-testid="draft-problem">
          <p className="draft-banner__message">{problem}</p>
          <button
            type="button"
            className="button button--small"
            data-testid="draft-save-now"
            {...tip(TIPS['drafts.saveNow'])}
            onClick={() => void files.save()}
          >
            Save now
          </button>
        </div>
      )}
      {showOffers && (
        <div
          className="draft-banner draft-banner--offers"
          role="region"
          aria-label="Drafts kept in this browser"
          data-testid="draft-offers"
        >
          <ul className="draft-banner__list">
            {offers.map((offer, index) => (
              <li
                key={offer.draft.id ?? index}
                className="draft-banner__offer"
                data-testid={`draft-offer-${index}`}
                data-reason={offer.error ? 'unreadable' : offer.reason}
              >
                <p className="draft-banner__message" data-testid={`draft-offer-text-${index}`}>
                  {describeOffer(offer)}
                </p>
                <span className="draft-banner__actions">
                  {offer.error === null && (
                    <button
                      type="button"
                      className="button button--small"
                      data-testid={`draft-restore-${index}`}
                      {...tip(TIPS['drafts.restore'])}
                      onClick={() => void drafts.restore(index)}
                    >
                      Restore
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button--small"
                    data-testid={`draft-download-${index}`}
                    {...tip(TIPS['drafts.download'])}
                    onClick={() => void drafts.download(index)}
                  >
                    Download
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    data-testid={`draft-discard-${index}`}
                    {...tip(TIPS['drafts.discard'])}
                    onClick={() => void drafts.discard(index)}
                  >
                    Discard
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button--small"
            data-testid="draft-offers-later"
            {...tip(TIPS['drafts.later'])}
            onClick={() => setHidden(offers)}
          >
            Not now
          </button>
        </div>
      )}
    </div>
  );
}
