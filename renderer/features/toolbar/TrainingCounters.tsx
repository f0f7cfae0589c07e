import { useAppStore } from '../../store/use-app-store';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/** Epoch and step counters and steps per second, in fixed-width figures so they do not jitter (the dock shows the metrics). */
export function TrainingCounters() {
  const counters = useAppStore((s) => s.training.counters);
  const stepsPerSecond = useAppStore((s) => s.training.stepsPerSecond);
  const running = useAppStore((s) => s.training.status === 'running');
  const epochs = useAppStore((s) => s.document.training.epochs);
  return (
    <div className="training-counters" aria-live="off">
      <span className="training-counters__item" {...tip(`${TIPS['training.epoch']} The run stops at ${epochs}.`)}>
        <span className="training-counters__label">epoch</span>
        <span className="training-counters__value" data-testid="counter-epoch">
          {counters.epoch}
        </span>
      </span>
      <span
        className="training-counters__item"
        {...tip(
          counters.batchesPerEpoch
            ? `${TIPS['training.stepCounter']} ${counters.batchInEpoch} of ${counters.batchesPerEpoch} batches of this epoch done.`
            : TIPS['training.stepCounter'],
        )}
      >
        <span className="training-counters__label">step</span>
        <span className="training-counters__value" data-testid="counter-step">
          {counters.step}
        </span>
      </span>
      <span className="training-counters__item" {...tip(TIPS['training.stepsPerSecond'])}>
        <span className="training-counters__value" data-testid="steps-per-second">
          {running ? Math.round(stepsPerSecond) : 0}
        </span>
        <span className="training-counters__label">steps/s</span>
      </span>
    </div>
  );
}
