import { TIPS } from '../../help/tips';
import { useAppStore } from '../../store/use-app-store';
import { tip } from '../../ui/tip';
import { useControl } from '../../ui/use-control-access';

/** Beside Save: whether saving keeps the trained weights and history (ticked by default). */
export function SaveWeightsToggle() {
  const keep = useAppStore((s) => s.training.keepTrainedState);
  const setKeepTrainedState = useAppStore((s) => s.setKeepTrainedState);
  const control = useControl('toolbar.keepTrainedState');
  return (
    <label
      className="keep-state"
      hidden={control.access === 'hidden'}
      {...control.attributes}
      {...tip(control.title(TIPS['training.keepState'])!)}
    >
      <input
        type="checkbox"
        data-testid="keep-trained-state"
        disabled={control.disabled}
        checked={keep}
        onChange={(e) => setKeepTrainedState(e.target.checked)}
      />
      <span>with weights</span>
    </label>
  );
}
