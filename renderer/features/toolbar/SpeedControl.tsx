import { PACE_CHOICES } from '../../../src/training/light';
import { TIPS } from '../../help/tips';
import { useAppStore } from '../../store/use-app-store';
import { tip } from '../../ui/tip';
import { useControl } from '../../ui/use-control-access';

const FULL = 'full';

/** The label of a pace in epochs per second ("Full speed" when none is set). */
export function paceLabel(epochsPerSecond: number | undefined): string {
  return epochsPerSecond === undefined ? 'Full speed' : `${epochsPerSecond} epochs/s`;
}

/** The training speed: full speed or a pace a room can follow; it applies at once, even mid-run, and is saved with the project. */
export function SpeedControl() {
  const pace = useAppStore((s) => s.document.training.epochsPerSecond);
  const setTrainingPace = useAppStore((s) => s.setTrainingPace);
  const control = useControl('toolbar.speed');
  if (control.access === 'hidden') return null;
  // A pace set in a file but not on the list is offered as it is.
  const choices =
    pace === undefined || PACE_CHOICES.includes(pace) ? PACE_CHOICES : [...PACE_CHOICES, pace].sort((a, b) => b - a);
  return (
    <select
      className="speed-select"
      data-testid="training-speed"
      aria-label="Training speed"
      disabled={control.disabled}
      {...control.attributes}
      {...tip(control.title(TIPS['training.speed'])!)}
      value={pace === undefined ? FULL : String(pace)}
      onChange={(e) => setTrainingPace(e.target.value === FULL ? null : Number(e.target.value))}
    >
      <option value={FULL}>{paceLabel(undefined)}</option>
      {choices.map((c) => (
        <option key={c} value={String(c)}>
          {paceLabel(c)}
        </option>
      ))}
    </select>
  );
}
