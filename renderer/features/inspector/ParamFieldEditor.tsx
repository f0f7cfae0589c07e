import type { Initializer, PlaneFeature } from '../../../src/graph/index';
import type { ParamField } from '../../../src/layers/index';
import { CheckboxField } from '../../ui/CheckboxField';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { FeaturesField } from './FeaturesField';
import { InitializerField } from './InitializerField';
import { optionTipFor } from '../../help/choice-tips';

/** Props of one parameter's editor. */
export interface ParamFieldEditorProps {
  field: ParamField;
  value: unknown;
  /** Registry id of this field for the classroom locks. */
  controlId?: string;
  onChange(value: unknown): void;
}

/** The editor a field's type asks for: a number box, a checkbox, a drop-down, an initializer picker or the feature picker. */
export function ParamFieldEditor({ field, value, controlId, onChange }: ParamFieldEditorProps) {
  const common = { label: field.label, help: field.help, testId: `field-${field.key}`, controlId };
  switch (field.type) {
    case 'int':
    case 'number':
      return (
        <NumberField
          {...common}
          value={Number(value)}
          min={field.min}
          max={field.max}
          step={field.step}
          integer={field.type === 'int'}
          onChange={onChange}
        />
      );
    case 'boolean':
      return <CheckboxField {...common} checked={Boolean(value)} onChange={onChange} />;
    case 'select':
      return (
        <SelectField
          {...common}
          value={String(value)}
          options={field.options ?? []}
          optionHelp={optionTipFor(field.key)}
          onChange={onChange}
        />
      );
    case 'initializer':
      return (
        <InitializerField
          {...common}
          value={value as Initializer}
          options={field.options ?? []}
          optionHelp={optionTipFor(field.key)}
          onChange={onChange}
        />
      );
    case 'features':
      return (
        <FeaturesField {...common} value={value as PlaneFeature[]} options={field.options ?? []} onChange={onChange} />
      );
    default: {
      const unknown: never = field.type;
      return <p className="hint">This parameter ({String(unknown)}) cannot be edited here.</p>;
    }
  }
}
