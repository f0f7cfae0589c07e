import { tipOrNothing } from '../../ui/tip';
import type { PlaneFeature } from '../../../src/graph/index';
import { PLANE_FEATURE_TIPS } from '../../../src/help/index';
import { useControl } from '../../ui/use-control-access';

/** Props of the plane-feature picker. */
export interface FeaturesFieldProps {
  label: string;
  help: string;
  testId: string;
  controlId?: string;
  value: PlaneFeature[];
  options: readonly { value: string; label: string }[];
  onChange(value: PlaneFeature[]): void;
}

/** Checkboxes for the features an Input derives from (x1, x2); the picked ones keep the options' order. */
export function FeaturesField({ label, help, testId, controlId, value, options, onChange }: FeaturesFieldProps) {
  const control = useControl(controlId);
  const chosen = new Set(value);
  const toggle = (feature: PlaneFeature, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(feature);
    else next.delete(feature);
    onChange(options.map((o) => o.value as PlaneFeature).filter((f) => next.has(f)));
  };
  if (control.access === 'hidden') return null;
  return (
    <fieldset
      className="field features-field"
      data-testid={testId}
      {...tipOrNothing(control.title(help))}
      disabled={control.disabled}
      {...control.attributes}
    >
      <legend>{label}</legend>
      <div className="features-field__grid">
        {options.map((o) => (
          <label
            key={o.value}
            className="features-field__option"
            {...tipOrNothing(PLANE_FEATURE_TIPS[o.value as PlaneFeature])}
          >
            <input
              type="checkbox"
              checked={chosen.has(o.value as PlaneFeature)}
              data-testid={`${testId}-${o.value}`}
              onChange={(e) => toggle(o.value as PlaneFeature, e.target.checked)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
