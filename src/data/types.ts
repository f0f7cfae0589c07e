/**
 * Dataset specifications (what the user picked, saved in the project) and generated datasets
 * (the numbers, never saved except as the spec that regenerates them).
 */

/** Built-in generators, the bundled real data sets (iris, wine, breastCancer, digits) and imported CSV tables. */
export type DatasetKind =
  | 'moons'
  | 'circles'
  | 'linear'
  | 'classification'
  | 'blobs'
  | 'xor'
  | 'spiral'
  | 'gaussians'
  | 'sine'
  | 'plane'
  | 'iris'
  | 'wine'
  | 'breastCancer'
  | 'digits'
  | 'csv';

/** What a dataset's targets are. */
export type Task = 'binary' | 'multiclass' | 'regression';

/** A CSV table embedded in the project, so the project stays self-contained. */
export interface CsvSource {
  /** File name it was imported from, shown to the user. */
  fileName: string;
  /** The CSV text itself. */
  text: string;
  /** Header name of the column that holds the target. */
  targetColumn: string;
  /** Whether the target is a class label or a number to regress. */
  targetKind: 'class' | 'number';
}

/** Everything needed to regenerate a dataset bit for bit. */
export interface DatasetSpec {
  kind: DatasetKind;
  /** Total number of samples (train + validation); ignored for csv and the real data sets. */
  samples: number;
  /** Noise level (standard deviation of added Gaussian noise for most kinds). */
  noise: number;
  /** Number of classes for blobs and spiral; 2 elsewhere. */
  classes: number;
  /** Inner/outer radius ratio for circles. */
  factor: number;
  /** Cluster standard deviation for blobs and gaussians. */
  spread: number;
  /** Seed of generation and of the train/validation split. */
  seed: number;
  /** Fraction of samples held out for validation, 0 ≤ v < 1. */
  validationSplit: number;
  /** Standardise features to zero mean and unit variance using training statistics. */
  standardize: boolean;
  /** make_classification ('classification'): informative features (1 or 2; with 1, x2 is noise), default 2. */
  informative?: number;
  /** make_classification: half the distance between the class centres along each informative feature (class_sep), default 1. */
  separation?: number;
  /** make_classification: fraction of labels redrawn at random (flip_y), default 0.01. */
  flip?: number;
  csv?: CsvSource;
}

/** A generated or imported dataset, row-major. */
export interface Dataset {
  /** Number of samples. */
  n: number;
  /** Number of raw feature columns (2 for the plane generators). */
  features: number;
  /** n × features, row-major. */
  x: Float32Array;
  /** n values: the class index (0..classes-1) or the regression target. */
  y: Float32Array;
  task: Task;
  /** Number of classes (1 for regression). */
  classes: number;
  /** Column names, e.g. ['x1', 'x2']. */
  featureNames: string[];
  /** Name of each class index for classification (e.g. CSV labels 'cat', 'dog'); absent for regression. */
  classNames?: string[];
  /**
   * Set when every sample is a greyscale image stored row by row (e.g. the 8 × 8 digits): views draw samples and
   * first-layer weights as pictures.
   */
  image?: { width: number; height: number };
}

/** A dataset split into the part trained on and the part held out. */
export interface SplitDataset {
  train: Dataset;
  validation: Dataset;
}
