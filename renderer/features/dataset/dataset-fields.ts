/**
 * The dataset settings the panel offers, which generator reads each one, and their ranges (the
 * same limits the generators enforce).
 */
import { MAX_CLASSES, MAX_NOISE, MAX_SAMPLES, MIN_SAMPLES } from '../../../src/data/index';
import type { DatasetKind, DatasetSpec } from '../../../src/data/types';

/** The dataset kinds, labelled by what they look like. */
export const DATASET_KINDS: { value: DatasetKind; label: string }[] = [
  { value: 'moons', label: 'Two moons' },
  { value: 'circles', label: 'Circles' },
  { value: 'linear', label: 'Linearly separable' },
  { value: 'xor', label: 'XOR' },
  { value: 'blobs', label: 'Blobs' },
  { value: 'spiral', label: 'Spiral' },
  { value: 'gaussians', label: 'Inner/outer Gaussians' },
  { value: 'sine', label: 'Sine (regression)' },
  { value: 'plane', label: 'Plane (regression)' },
  { value: 'csv', label: 'CSV table' },
];

/** One number setting of a dataset. */
export interface DatasetField {
  key: 'samples' | 'noise' | 'classes' | 'factor' | 'spread';
  label: string;
  min: number;
  max: number;
  step: number;
  integer?: boolean;
  help: string;
  /** Kinds whose generator reads it. */
  kinds: DatasetKind[];
}

const GENERATED: DatasetKind[] = ['moons', 'circles', 'linear', 'xor', 'blobs', 'spiral', 'gaussians', 'sine', 'plane'];

/** The generator settings, each shown only for the kinds that read it. */
export const DATASET_FIELDS: DatasetField[] = [
  { key: 'samples', label: 'Samples', min: MIN_SAMPLES, max: MAX_SAMPLES, step: 10, integer: true, help: 'Points generated, training and validation together.', kinds: GENERATED },
  { key: 'noise', label: 'Noise', min: 0, max: MAX_NOISE, step: 0.01, help: 'Standard deviation of the Gaussian noise added to each point.', kinds: GENERATED },
  { key: 'classes', label: 'Classes', min: 2, max: MAX_CLASSES, step: 1, integer: true, help: 'Number of classes (blobs and spiral arms).', kinds: ['blobs', 'spiral'] },
  { key: 'factor', label: 'Inner/outer ratio', min: 0, max: 0.99, step: 0.05, help: 'Radius of the inner circle relative to the outer one.', kinds: ['circles'] },
  { key: 'spread', label: 'Spread', min: 0, max: MAX_NOISE, step: 0.05, help: 'Standard deviation of each cluster.', kinds: ['blobs', 'gaussians'] },
];

/** The fields that apply to a spec's kind. */
export function fieldsFor(spec: DatasetSpec): DatasetField[] {
  return DATASET_FIELDS.filter((f) => f.kinds.includes(spec.kind));
}
