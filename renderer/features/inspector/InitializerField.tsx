import type { Initializer, InitializerName } from '../../../src/graph/index';
import { INITIALIZER_SCALE_RANGE, INITIALIZERS } from '../../../src/layers/index';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { TIPS } from '../../help/tips';
import { useControlAccess } from '../../ui/use-control-access';

/** Props of an initializer picker. */
export interface InitializerFieldProps {
  label: string;
  help: string;
  testId: string;
  controlId?: string;
  value: Initializer;
  options: readonly { value: string; label: string }[];
  /** Explains an initializer (its distribution); the tooltip adds the chosen one's. */
  optionHelp?(value: string): string;
  onChange(value: Initializer): void;
}

/** Picks an initializer, with its scale (stddev or ±limit) when it has one; the rule it draws from is shown below. */
export function InitializerField({
  label,
  help,
  testId,
  controlId,
  value,
  options,
  optionHelp,
  onChange,
}: InitializerFieldProps) {
  const rule = INITIALIZERS[value.name]?.rule;
  if (useControlAccess(controlId) === 'hidden') return null;
  return (
    <div className="field-group">
      <SelectField
        label={label}
        help={help}
        testId={testId}
        controlId={controlId}
        value={value.name}
        options={options}
        optionHelp={optionHelp}
        onChange={(name) => onChange({ ...value, name: name as InitializerName })}
      />
      {value.name === 'randomNormal' && (
        <NumberField
          label="Std. deviation"
          testId={`${testId}-stddev`}
          controlId={controlId}
          value={value.stddev}
          {...INITIALIZER_SCALE_RANGE}
          step={0.01}
          help={TIPS['inspector.stddev']}
          onChange={(stddev) => onChange({ ...value, stddev })}
        />
      )}
      {value.name === 'randomUniform' && (
        <NumberField
          label="Limit (±)"
          testId={`${testId}-limit`}
          controlId={controlId}
          value={value.limit}
          {...INITIALIZER_SCALE_RANGE}
          step={0.01}
          help={TIPS['inspector.limit']}
          onChange={(limit) => onChange({ ...value, limit })}
        />
      )}
      {rule && <p className="hint hint--formula">{rule}</p>}
    </div>
  );
}
