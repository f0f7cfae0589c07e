/*
 * The dataset kinds and optimizers the format knows, apart from the schema so that the page can list
 * them without loading the validator.
 */

/** Dataset kinds the format knows. */
export const DATASET_KINDS = [
  'moons',
  'circles',
  'linear',
  'classification',
  'blobs',
  'xor',
  'spiral',
  'gaussians',
  'sine',
  'plane',
  'iris',
  'wine',
  'breastCancer',
  'digits',
  'csv',
] as const;

/** Optimizers the format knows. */
export const OPTIMIZER_NAMES = ['sgd', 'momentum', 'nesterov', 'adam', 'rmsprop', 'adagrad'] as const;
