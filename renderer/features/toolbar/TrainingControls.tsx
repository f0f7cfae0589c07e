import type { AppCommand } from '../../app/commands';
import { TIPS } from '../../help/tips';
import { CommandButton } from './CommandButton';
import { useAppStore } from '../../store/use-app-store';
import { BackendControls } from './BackendControls';
import { SpeedControl } from './SpeedControl';
import { TrainingCounters } from './TrainingCounters';
import { ToolbarButton } from '../../ui/ToolbarButton';
import './training-controls.css';

/** Train, Pause, Step (one batch / one epoch), Reset and the speed, then the run's counters and the backend badge with its override. */
export function TrainingControls({ run }: { run(command: AppCommand): void }) {
  const status = useAppStore((s) => s.training.status);
  const startTraining = useAppStore((s) => s.startTraining);
  const pauseTraining = useAppStore((s) => s.pauseTraining);
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
      <CommandButton command="step" run={run} testId="btn-step" tip={TIPS['training.step']}>
        Step
      </CommandButton>
      <CommandButton command="stepEpoch" run={run} testId="btn-step-epoch" tip={TIPS['training.stepEpoch']}>
        Epoch
      </CommandButton>
      <CommandButton command="reset" run={run} testId="btn-reset" tip={TIPS['training.reset']}>
        Reset
      </CommandButton>
      <SpeedControl />
      <TrainingCounters />
      <BackendControls />
    </div>
  );
}
