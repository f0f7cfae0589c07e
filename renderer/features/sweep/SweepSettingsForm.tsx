import { ACTIVATIONS, INITIALIZERS } from '../../../src/layers/index';
import type { InitializerName } from '../../../src/graph/index';
import {
  SWEEP_ACTIVATIONS,
  SWEEP_LIMITS,
  type DepthSweepSettings,
  type SweepActivation,
} from '../../../src/training/light';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { tip } from '../../ui/tip';
import { VIEW_TIPS, sweepInitializerTip } from '../../help/view-tips';

const INITIALIZER_OPTIONS = (Object.keys(INITIALIZERS) as InitializerName[]).map((value) => ({
  value,
  label: INITIALIZERS[value].label,
}));

/** Props of the sweep's settings. */
export interface SweepSettingsFormProps {
  settings: DepthSweepSettings;
  disabled: boolean;
  onChange(patch: Partial<DepthSweepSettings>): void;
}

/** The depth range, width, initialiser, steps and the activations to compare; every change is one undo step. */
export function SweepSettingsForm({ settings, disabled, onChange }: SweepSettingsFormProps) {
  const toggle = (activation: SweepActivation, on: boolean) => {
    const chosen = new Set(settings.activations);
    if (on) chosen.add(activation);
    else chosen.delete(activation);
    onChange({ activations: SWEEP_ACTIVATIONS.filter((a) => chosen.has(a)) });
  };
  return (
    <div className="sweep-form">
      <div className="sweep-form__pair">
        <NumberField
          label="Depth from"
          value={settings.minDepth}
          min={SWEEP_LIMITS.depth.min}
          max={SWEEP_LIMITS.depth.max}
          integer
          disabled={disabled}
          testId="sweep-minDepth"
          help={VIEW_TIPS['sweep.minDepth']}
          onChange={(minDepth) => onChange({ minDepth })}
        />
        <NumberField
          label="to"
          value={settings.maxDepth}
          min={SWEEP_LIMITS.depth.min}
          max={SWEEP_LIMITS.depth.max}
          integer
          disabled={disabled}
          testId="sweep-maxDepth"
          help={VIEW_TIPS['sweep.maxDepth']}
          onChange={(maxDepth) => onChange({ maxDepth })}
        />
      </div>
      <div className="sweep-form__pair">
        <NumberField
          label="Width"
          value={settings.width}
          min={SWEEP_LIMITS.width.min}
          max={SWEEP_LIMITS.width.max}
          integer
          disabled={disabled}
          testId="sweep-width"
          help="Units of every hidden Linear layer."
          onChange={(width) => onChange({ width })}
        />
        <NumberField
          label="Steps"
          value={settings.steps}
          min={SWEEP_LIMITS.steps.min}
          max={SWEEP_LIMITS.steps.max}
          integer
          disabled={disabled}
          testId="sweep-steps"
          help={VIEW_TIPS['sweep.steps']}
          onChange={(steps) => onChange({ steps })}
        />
      </div>
      <SelectField
        label="Initialiser"
        value={settings.initializer}
        options={INITIALIZER_OPTIONS}
        disabled={disabled}
        testId="sweep-initializer"
        help={sweepInitializerTip(INITIALIZERS[settings.initializer].rule)}
        onChange={(value) => onChange({ initializer: value as InitializerName })}
      />
      <fieldset className="sweep-form__activations" disabled={disabled}>
        <legend {...tip(VIEW_TIPS['sweep.activations'])}>Activations</legend>
        {SWEEP_ACTIVATIONS.map((activation) => (
          <label
            key={activation}
            className="sweep-form__check"
            {...tip(`${ACTIVATIONS[activation].formula}; ${ACTIVATIONS[activation].derivative}`)}
          >
            <input
              type="checkbox"
              data-testid={`sweep-activation-${activation}`}
              checked={settings.activations.includes(activation)}
              onChange={(e) => toggle(activation, e.target.checked)}
            />
            {ACTIVATIONS[activation].label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
