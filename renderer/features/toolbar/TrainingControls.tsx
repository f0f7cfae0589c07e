import { TIPS } from '../../help/tips';
import { useAppStore } from '../../store/use-app-store';
import { BackendControls } from './BackendControls';
import { SpeedControl } from './SpeedControl';
import { TrainingCounters } from './TrainingCounters';
import { ToolbarButton } from '../../ui/ToolbarButton';
import './training-controls.css';

/** Train, Pause, Step (one batch / one epoch), Reset and the speed, then the run's counters and the backend badge with its override. */
export function TrainingControls() {
  const status = useAppStore((s) => s.training.status);
  const startTraining = useAppStore((s) => s.startTraining);
  const pauseTraining = useAppStore((s) => s.pauseTraining);
  const stepBatch = useAppStore((s) => s.stepBatch);
  const stepEpoch = useAppStore((s) => s.stepEpoch);
  const resetTraining = useAppStore((s) => s.resetTraining);
  const busy = status === 'running' || status === 'starting';

  return (
    <div className="toolbar__group toolbar__group--training" aria-label="Training">
      <ToolbarButton
        testId="btn-train"
        controlId="toolbar.train"
        label="Train"
        title={TIPS['training.train']}
        disabled={busy}
        onClick={startTraining}
      >
        ▶ Train
      </ToolbarButton>
      <ToolbarButton
        testId="btn-pause"
        controlId="toolbar.pause"
        label="Pause"
        title={TIPS['training.pause']}
        disabled={!busy}
        onClick={pauseTraining}
      >
        ❚❚
      </ToolbarButton>
      <ToolbarButton
        testId="btn-step"
        controlId="toolbar.step"
        label="Step one batch"
        title={TIPS['training.step']}
        disabled={busy}
        onClick={stepBatch}
      >
        Step
      </ToolbarButton>
      <ToolbarButton
        testId="btn-step-epoch"
        controlId="toolbar.stepEpoch"
        label="Step one epoch"
        title={TIPS['training.stepEpoch']}
        disabled={busy}
        onClick={stepEpoch}
      >
        Epoch
      </ToolbarButton>
      <ToolbarButton
        testId="btn-reset"
        controlId="toolbar.reset"
        label="Reset"
        title={TIPS['training.reset']}
        disabled={status === 'starting'}
        onClick={resetTraining}
      >
        Reset
      </ToolbarButton>
      <SpeedControl />
      <TrainingCounters />
      <BackendControls />
    </div>
  );
}
