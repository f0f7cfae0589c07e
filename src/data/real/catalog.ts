/**
 * The bundled real data sets: what each is, where it comes from and under which licence. The numbers
 * themselves live in assets/datasets/ and are loaded on demand (load.ts).
 */
import type { DatasetKind } from '../types';

/** The dataset kinds whose samples are bundled measurements rather than generated points. */
export type RealDatasetKind = 'iris' | 'wine' | 'breastCancer' | 'digits';

/** What the app says about one bundled data set (Dataset panel, About box, docs). */
export interface RealDatasetInfo {
  kind: RealDatasetKind;
  /** Name shown in the Dataset panel. */
  title: string;
  samples: number;
  features: number;
  classes: number;
  /** One sentence on what the samples are. */
  description: string;
  /** The original collection. */
  source: string;
  /** The source's web page. */
  url: string;
  /** Licence of the data as its source publishes it. */
  licence: string;
}

/** Where every set was copied from: scikit-learn's wheel carries them as small files (BSD-3-Clause package). */
export const REAL_DATA_COPY =
  'Copied from scikit-learn 1.9.1 (sklearn/datasets/data/) by scripts/make-real-datasets.py.';

const UCI_LICENCE = 'CC BY 4.0 (UCI Machine Learning Repository)';

/** The four bundled sets, in the order the Dataset panel lists them. */
export const REAL_DATASETS: ReadonlyMap<RealDatasetKind, RealDatasetInfo> = new Map<RealDatasetKind, RealDatasetInfo>([
  [
    'iris',
    {
      kind: 'iris',
      title: 'Iris flowers',
      samples: 150,
      features: 4,
      classes: 3,
      description: 'Sepal and petal lengths and widths of 150 irises of three species (R. A. Fisher, 1936).',
      source: 'UCI Machine Learning Repository, Iris',
      url: 'https://archive.ics.uci.edu/dataset/53/iris',
      licence: UCI_LICENCE,
    },
  ],
  [
    'wine',
    {
      kind: 'wine',
      title: 'Wine cultivars',
      samples: 178,
      features: 13,
      classes: 3,
      description: 'Chemical analysis (13 measurements) of 178 Italian wines from three cultivars.',
      source: 'UCI Machine Learning Repository, Wine',
      url: 'https://archive.ics.uci.edu/dataset/109/wine',
      licence: UCI_LICENCE,
    },
  ],
  [
    'breastCancer',
    {
      kind: 'breastCancer',
      title: 'Breast cancer (Wisconsin)',
      samples: 569,
      features: 30,
      classes: 2,
      description: '30 measurements of cell nuclei in 569 breast masses, diagnosed malignant or benign.',
      source: 'UCI Machine Learning Repository, Breast Cancer Wisconsin (Diagnostic)',
      url: 'https://archive.ics.uci.edu/dataset/17/breast+cancer+wisconsin+diagnostic',
      licence: UCI_LICENCE,
    },
  ],
  [
    'digits',
    {
      kind: 'digits',
      title: 'Handwritten digits 8×8',
      samples: 1797,
      features: 64,
      classes: 10,
      description: '1,797 handwritten digits, each 8 × 8 pixels of ink counts 0-16.',
      source: 'UCI Machine Learning Repository, Optical Recognition of Handwritten Digits (test part)',
      url: 'https://archive.ics.uci.edu/dataset/80/optical+recognition+of+handwritten+digits',
      licence: UCI_LICENCE,
    },
  ],
]);

/** Whether a dataset kind is one of the bundled real data sets. */
export function isRealDatasetKind(kind: DatasetKind): kind is RealDatasetKind {
  return REAL_DATASETS.has(kind as RealDatasetKind);
}
