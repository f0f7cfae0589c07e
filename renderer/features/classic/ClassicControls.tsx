import { tip } from '../../ui/tip';
import { CLASSIC_TIPS } from './classic-tips';
import type { ClassicSessionHandle } from './use-classic-session';

/** Epochs per second Play can run at. */
export const SPEEDS = [1, 3, 10, 30, 100] as const;

/** Props of the run controls. */
export interface ClassicControlsProps {
  session: ClassicSessionHandle;
  speed: number;
  onSpeed(speed: number): void;
  /** Whether any run updates per sample or per mini-batch (else Step sample has nothing smaller than an epoch to do). */
  canStepSample: boolean;
  stepSampleLabel: string;
}

/** Play / Pause, Step epoch, Step sample, Reset and the speed of Play. */
export function ClassicControls({ session, speed, onSpeed, canStepSample, stepSampleLabel }: ClassicControlsProps) {
  const idle = session.views.length === 0;
  return (
    <div className="classic-controls" role="group" aria-label="Run controls">
      {session.playing ? (
        <button
          type="button"
          className="button button--primary"
          data-testid="classic-pause"
          onClick={session.pause}
          {...tip(CLASSIC_TIPS.pause)}
        >
          Pause
        </button>
      ) : (
        <button
          type="button"
          className="button button--primary"
          data-testid="classic-play"
          disabled={idle || session.finished}
          onClick={session.play}
          {...tip(CLASSIC_TIPS.play)}
        >
          Play
        </button>
      )}
      <button
        type="button"
        className="button"
        data-testid="classic-step-epoch"
        disabled={idle}
        onClick={session.stepEpoch}
        {...tip(CLASSIC_TIPS.stepEpoch)}
      >
        Step epoch
      </button>
      <button
        type="button"
        className="button"
        data-testid="classic-step-sample"
        disabled={idle || !canStepSample}
        onClick={session.stepUpdate}
        {...tip(CLASSIC_TIPS.stepSample)}
      >
        {stepSampleLabel}
      </button>
      <button
        type="button"
        className="button"
        data-testid="classic-reset"
        disabled={idle}
        onClick={session.reset}
        {...tip(CLASSIC_TIPS.reset)}
      >
        Reset
      </button>
      <label className="classic-controls__speed" {...tip(CLASSIC_TIPS.speed)}>
        Speed
        <select data-testid="classic-speed" value={speed} onChange={(e) => onSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s} epoch{s === 1 ? '' : 's'}/s
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
