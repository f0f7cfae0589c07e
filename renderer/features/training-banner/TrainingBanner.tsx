import { useEffect } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { DivergenceBanner } from './DivergenceBanner';
import './training-banner.css';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/** How long a notice stays: long enough to read a sentence aloud to a room, short enough not to cover the canvas for good. */
export const NOTICE_MS = 10_000;

/**
 * The banners in the strip above the canvas that report on the run: a divergence (with rollback) and a failed start
 * stay until acted on; a one-sentence notice (a backend fallback, a finished run) goes after a while.
 */
export function TrainingBanner() {
  const divergence = useAppStore((s) => s.training.divergence);
  const error = useAppStore((s) => (s.training.status === 'error' ? s.training.error : null));
  const notice = useAppStore((s) => s.training.notice);
  const dismissNotice = useAppStore((s) => s.dismissTrainingNotice);
  const resetTraining = useAppStore((s) => s.resetTraining);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismissNotice, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, dismissNotice]);
  if (!divergence && !error && !notice) return null;
  return (
    <div className="training-banners">
      {divergence && (
        <DivergenceBanner key={`${divergence.step}-${divergence.kind ?? 'nonFinite'}`} report={divergence} />
      )}
      {error && (
        <div className="training-banner training-banner--error" role="alert" data-testid="training-error">
          <p className="training-banner__message">{error}</p>
          <button type="button" className="button button--small" {...tip(TIPS['banner.retry'])} onClick={resetTraining}>
            Try again
          </button>
        </div>
      )}
      {notice && (
        <div className="training-banner training-banner--notice" role="status" data-testid="training-notice">
          <p className="training-banner__message">{notice}</p>
          <button
            type="button"
            className="button button--small"
            aria-label="Dismiss"
            data-testid="training-notice-close"
            {...tip(TIPS['banner.dismiss'])}
            onClick={dismissNotice}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
