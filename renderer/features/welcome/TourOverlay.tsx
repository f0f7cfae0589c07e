import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { type Box, placeTourCard } from './tour-placement';
import { TOUR_STEPS } from './tour-steps';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/** Padding of the highlight ring around its element. */
const RING = 4;

/** The first of `selectors` that is on screen, as a window rectangle; null when none is. */
function findTarget(selectors: readonly string[]): Box | null {
  for (const selector of selectors) {
    const rect = document.querySelector(selector)?.getBoundingClientRect();
    if (rect && rect.width > 0 && rect.height > 0)
      return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
  }
  return null;
}

/**
 * The 60-second tour: one element of the window at a time, ringed, with a card saying what it does; Next, Back, Skip
 * and Done, and the arrow keys.
 */
export function TourOverlay() {
  const open = useAppStore((s) => s.view.panels.tour);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const [index, setIndex] = useState(0);
  const [target, setTarget] = useState<Box | null>(null);
  const [cardSize, setCardSize] = useState({ width: 340, height: 200 });
  const card = useRef<HTMLDivElement>(null);
  const step = TOUR_STEPS[index];
  const last = index === TOUR_STEPS.length - 1;

  const finish = useCallback(() => togglePanel('tour', false), [togglePanel]);
  const go = useCallback((next: number) => setIndex(Math.max(0, Math.min(TOUR_STEPS.length - 1, next))), []);

  useEffect(() => {
    if (open) setIndex(0);
  }, [open]);

  useLayoutEffect(() => {
    if (!open) return;
    const measure = () => {
      setTarget(findTarget(step.targets));
      if (card.current) setCardSize({ width: card.current.offsetWidth, height: card.current.offsetHeight });
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [open, step]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') finish();
      else if (e.key === 'ArrowRight') go(index + 1);
      else if (e.key === 'ArrowLeft') go(index - 1);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    // Capture, so the canvas's own keys (Delete, Space) do nothing while the tour is up.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open, index, finish, go]);

  if (!open) return null;
  const ring = target && {
    left: target.left - RING,
    top: target.top - RING,
    width: target.width + 2 * RING,
    height: target.height + 2 * RING,
  };
  const place = placeTourCard(ring, cardSize, { width: window.innerWidth, height: window.innerHeight });

  return (
    <div
      className={`tour${ring ? '' : ' tour--no-target'}`}
      data-testid="tour"
      role="dialog"
      aria-modal="true"
      aria-labelledby="tour-title"
    >
      {ring && <div className="tour__highlight" data-testid="tour-highlight" style={ring} />}
      <div
        className="tour__card"
        ref={card}
        data-testid="tour-card"
        data-step={step.id}
        style={{ left: place.left, top: place.top }}
      >
        <p className="tour__count">
          Step {index + 1} of {TOUR_STEPS.length}
        </p>
        <h2 id="tour-title">{step.title}</h2>
        <p>{step.text}</p>
        {!ring && <p className="hint">{step.hiddenHint}</p>}
        <div className="dialog__actions">
          {!last && (
            <button
              type="button"
              className="button button--small"
              data-testid="tour-skip"
              {...tip(TIPS['tour.skip'])}
              onClick={finish}
            >
              Skip tour
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            data-testid="tour-back"
            {...tip(TIPS['tour.back'])}
            disabled={index === 0}
            onClick={() => go(index - 1)}
          >
            Back
          </button>
          {last ? (
            <button
              type="button"
              className="button button--small"
              data-testid="tour-done"
              {...tip(TIPS['tour.done'])}
              autoFocus
              onClick={finish}
            >
              Done
            </button>
          ) : (
            <button
              type="button"
              className="button button--small"
              data-testid="tour-next"
              {...tip(TIPS['tour.next'])}
              autoFocus
              onClick={() => go(index + 1)}
            >
              Next
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
