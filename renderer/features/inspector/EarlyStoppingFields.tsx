import {
  DEFAULT_EARLY_STOPPING,
  type EarlyStoppingConfig,
  type EarlyStoppingMonitor,
} from '../../../src/training/light';
import { useAppStore } from '../../store/use-app-store';
import { CheckboxField } from '../../ui/CheckboxField';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { EARLY_STOPPING_TIPS, MONITOR_OPTIONS } from '../../fields/training-fields';

/** Early stopping: a switch, and once on, what it watches, its patience and min delta, and whether the best weights come back. */
export function EarlyStoppingFields() {
  const settings = useAppStore((s) => s.document.training.earlyStopping ?? DEFAULT_EARLY_STOPPING);
  const setTraining = useAppStore((s) => s.setTraining);
  const change = (patch: Partial<EarlyStoppingConfig>) => setTraining({ earlyStopping: { ...settings, ...patch } });
  const controlId = 'training.earlyStopping';
  return (
    <>
      <CheckboxField
        label="Stop early"
        testId="training-early-stopping"
        controlId={controlId}
        checked={settings.enabled}
        help={EARLY_STOPPING_TIPS.enabled}
        onChange={(enabled) => change({ enabled })}
      />
      {settings.enabled && (
        <>
          <SelectField
            label="Watch"
            testId="training-early-monitor"
            controlId={controlId}
            value={settings.monitor}
            options={MONITOR_OPTIONS}
            help={EARLY_STOPPING_TIPS.monitor}
            onChange={(monitor) => change({ monitor: monitor as EarlyStoppingMonitor })}
          />
          <NumberField
            label="Patience (epochs)"
            testId="training-early-patience"
            controlId={controlId}
            value={settings.patience}
            min={1}
            max={1_000_000}
            step={1}
            integer
            help={EARLY_STOPPING_TIPS.patience}
            onChange={(patience) => change({ patience })}
          />
          <NumberField
            label="Min delta"
            testId="training-early-min-delta"
            controlId={controlId}
            value={settings.minDelta}
            min={0}
            max={1000}
            step={0.0001}
            help={EARLY_STOPPING_TIPS.minDelta}
            onChange={(minDelta) => change({ minDelta })}
          />
          <CheckboxField
            label="Restore best weights"
            testId="training-early-restore"
            controlId={controlId}
            checked={settings.restoreBest}
            help={EARLY_STOPPING_TIPS.restoreBest}
            onChange={(restoreBest) => change({ restoreBest })}
          />
        </>
      )}
    </>
  );
}
