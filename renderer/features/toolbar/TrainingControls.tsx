import { ToolbarButton } from './ToolbarButton';

const LATER = 'Training controls arrive with the training engine';

/** Train, Pause, Step and Reset: placeholders, disabled until the training feature wires them. */
export function TrainingControls() {
  return (
    <div className="toolbar__group toolbar__group--training" aria-label="Training">
      <ToolbarButton testId="btn-train" label="Train" title={LATER} disabled>▶ Train</ToolbarButton>
      <ToolbarButton testId="btn-pause" label="Pause" title={LATER} disabled>❚❚</ToolbarButton>
      <ToolbarButton testId="btn-step" label="Step" title={LATER} disabled>Step</ToolbarButton>
      <ToolbarButton testId="btn-reset" label="Reset" title={LATER} disabled>Reset</ToolbarButton>
    </div>
  );
}
