/**
 * The dataset settings the panel offers, which generator reads each one, and their ranges (the
 * same limits the generators enforce).
 */
import { MAX_CLASSES, MAX_NOISE, MAX_SAMPLES, MIN_SAMPLES, REAL_DATASETS } from '../../../src/data/index';
import { classificationSettings } from '../../../src/data/generators/classification';
import type { DatasetKind, DatasetSpec } from '../../../src/data/types';

/** The dataset kinds, labelled by what they look like, in the panel's groups: generated planes, bundled real data, your own table. */
export const DATASET_KINDS: { value: DatasetKind; label: string; group: string }[] = [
  { value: 'moons', label: 'Two moons', group: 'Generated' },
  { value: 'circles', label: 'Circles', group: 'Generated' },
  { value: 'linear', label: 'Linearly separable', group: 'Generated' },
  { value: 'classification', label: 'Overlapping classes (make_classification)', group: 'Generated' },
  { value: 'xor', label: 'XOR', group: 'Generated' },
  { value: 'blobs', label: 'Blobs', group: 'Generated' },
  { value: 'spiral', label: 'Spiral', group: 'Generated' },
  { value: 'gaussians', label: 'Inner/outer Gaussians', group: 'Generated' },
  { value: 'sine', label: 'Sine (regression)', group: 'Generated' },
  { value: 'plane', label: 'Plane (regression)', group: 'Generated' },
  ...[...REAL_DATASETS.values()].map((info) => ({
    value: info.kind,
    label: `${info.title} (${info.features} features, ${info.classes} classes)`,
    group: 'Real data',
  })),
  { value: 'csv', label: 'CSV table', group: 'Your data' },
];

/** One number setting of a dataset. */
export interface DatasetField {
  key: 'samples' | 'noise' | 'classes' | 'factor' | 'spread' | 'informative' | 'separation' | 'flip';
  label: string;
  min: number;
  max: number;
  step: number;
  integer?: boolean;
  help: string;
  /** Kinds whose generator reads it. */
  kinds: DatasetKind[];
}

const GENERATED: DatasetKind[] = [
  'moons',
  'circles',
  'linear',
  'classification',
  'xor',
  'blobs',
  'spiral',
  'gaussians',
  'sine',
  'plane',
];

/** The generator settings, each shown only for the kinds that read it. */
export const DATASET_FIELDS: DatasetField[] = [
  {
    key: 'samples',
    label: 'Samples',
    min: MIN_SAMPLES,
    max: MAX_SAMPLES,
    step: 10,
    integer: true,
    help: 'Points generated, training and validation together.',
    kinds: GENERATED,
  },
  {
    key: 'noise',
    label: 'Noise',
    min: 0,
    max: MAX_NOISE,
    step: 0.01,
    help: 'Standard deviation of the Gaussian noise added to each point.',
    kinds: GENERATED,
  },
  {
    key: 'classes',
    label: 'Classes',
    min: 2,
    max: MAX_CLASSES,
    step: 1,
    integer: true,
    help: 'Number of classes (blobs and spiral arms).',
    kinds: ['blobs', 'spiral'],
  },
  {
    key: 'factor',
    label: 'Inner/outer ratio',
    min: 0,
    max: 0.99,
    step: 0.05,
    help: 'Radius of the inner circle relative to the outer one.',
    kinds: ['circles'],
  },
  {
    key: 'spread',
    label: 'Spread',
    min: 0,
    max: MAX_NOISE,
    step: 0.05,
    help: 'Standard deviation of each cluster.',
    kinds: ['blobs', 'gaussians'],
  },
  {
    key: 'informative',
    label: 'Informative features',
    min: 1,
    max: 2,
    step: 1,
    integer: true,
    help: "Features that carry the class (scikit-learn's n_informative); with 1, x2 is pure noise.",
    kinds: ['classification'],
  },
  {
    key: 'separation',
    label: 'Class separation',
    min: 0,
    max: MAX_NOISE,
    step: 0.1,
    help: 'Half the distance between the two class centres along each informative feature (class_sep): smaller overlaps more.',
    kinds: ['classification'],
  },
  {
    key: 'flip',
    label: 'Label noise',
    min: 0,
    max: 1,
    step: 0.01,
    help: 'Fraction of labels redrawn at random (flip_y), so some points sit among the other class.',
    kinds: ['classification'],
  },
];

/** A field's value in a spec: its own, or the generator's default for the optional make_classification settings. */
export function fieldValue(spec: DatasetSpec, key: DatasetField['key']): number {
  return spec[key] ?? classificationSettings(spec)[key as 'informative' | 'separation' | 'flip'];
}

/** The fields that apply to a spec's kind. */
export function fieldsFor(spec: DatasetSpec): DatasetField[] {
  return DATASET_FIELDS.filter((f) => f.kinds.includes(spec.kind));
}
