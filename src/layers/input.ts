import type { InputParams, PlaneFeature } from '../graph/types';
import type { LayerSpec, ParamOption } from './types';

/** Plane features an Input can derive from a point (x1, x2), with the formula each computes. */
export const PLANE_FEATURES: Record<PlaneFeature, string> = {
  x1: 'x1',
  x2: 'x2',
  x1Squared: 'x1²',
  x2Squared: 'x2²',
  x1x2: 'x1·x2',
  sinX1: 'sin(x1)',
  sinX2: 'sin(x2)',
};

const FEATURE_OPTIONS: ParamOption[] = (Object.keys(PLANE_FEATURES) as PlaneFeature[]).map((value) => ({
  value,
  label: PLANE_FEATURES[value],
}));

/** Most table columns an Input accepts; wider tables belong in a different tool. */
export const MAX_INPUT_COLUMNS = 1024;

/** Where data enters: plane features of a 2-D point, or the raw columns of a table. */
export const inputSpec: LayerSpec<'input'> = {
  kind: 'input',
  title: 'Input',
  summary: 'Feeds each sample in: x = (x1, x2) mapped to the chosen plane features, or the raw table columns.',
  minInputs: 0,
  maxInputs: 0,
  hasOutput: true,
  defaults: () => ({ source: 'plane', features: ['x1', 'x2'], columns: 2 }),
  fields: [
    {
      key: 'source',
      label: 'Source',
      type: 'select',
      options: [
        { value: 'plane', label: '2-D plane features' },
        { value: 'table', label: 'Table columns' },
      ],
      help: 'Plane: features computed from (x1, x2), as in the playground. Table: the dataset columns as they are.',
    },
    {
      key: 'features',
      label: 'Features',
      type: 'features',
      options: FEATURE_OPTIONS,
      help: 'Features derived from each point; hand-made features like x1² let even a linear model draw a circle.',
      appliesTo: (p: InputParams) => p.source === 'plane',
    },
    {
      key: 'columns',
      label: 'Columns',
      type: 'int',
      min: 1,
      max: MAX_INPUT_COLUMNS,
      step: 1,
      help: 'Number of feature columns of the table; it must match the dataset.',
      appliesTo: (p: InputParams) => p.source === 'table',
    },
  ],
  outputWidth: (p) => (p.source === 'plane' ? p.features.length : p.columns),
  paramCount: () => 0,
  describe: (p) =>
    p.source === 'plane' ? p.features.map((f) => PLANE_FEATURES[f] ?? f).join(', ') : `${p.columns} columns`,
};
