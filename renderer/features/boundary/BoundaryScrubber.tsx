import type { DecisionGridSnapshot } from '../../store/types';
import { formatCount } from '../../ui/format';
import { selectionFromScrubber } from './snapshot-index';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/** Props of the timeline scrubber. */
export interface BoundaryScrubberProps {
  snapshots: readonly DecisionGridSnapshot[];
  index: number;
  live: boolean;
  onPin(step: number | null): void;
}

/** A slider over the stored snapshots: drag back to replay how the boundary formed; at the right end it follows training live. */
export function BoundaryScrubber({ snapshots, index, live, onPin }: BoundaryScrubberProps) {
  const shown = snapshots[index];
  return (
    <div className="scrubber">
      <input
        type="range"
        className="scrubber__range"
        data-testid="boundary-scrubber"
        {...tip(TIPS['dock.scrubber'])}
        min={0}
        max={Math.max(0, snapshots.length - 1)}
        step={1}
        value={Math.max(0, index)}
        disabled={snapshots.length < 2}
        aria-label="Moment of training shown"
        aria-valuetext={shown ? `epoch ${shown.epoch}, step ${shown.step}` : 'no snapshot yet'}
        onChange={(e) => onPin(selectionFromScrubber(Number(e.target.value), snapshots))}
      />
      <span
        className="scrubber__label"
        data-testid="boundary-moment"
        title={shown ? `Epoch ${formatCount(shown.epoch)}, step ${formatCount(shown.step)}` : undefined}
      >
        {shown ? `epoch ${formatCount(shown.epoch)}` : 'no snapshot yet'}
      </span>
      <button
        type="button"
        className={`scrubber__live${live ? ' is-live' : ''}`}
        data-testid="boundary-live"
        {...tip(TIPS['dock.live'])}
        disabled={live}
        onClick={() => onPin(null)}
      >
        ● live
      </button>
    </div>
  );
}
