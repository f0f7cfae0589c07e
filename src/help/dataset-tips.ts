/** Tooltip texts for the dataset kinds: what the points look like and what a network needs to fit them. */
import type { DatasetKind } from '../data/types';

/** Every dataset kind the Dataset panel offers. */
export const DATASET_KIND_TIPS: Record<DatasetKind, string> = {
  moons: 'Two interleaving half circles, one per class: no straight line separates them, a small hidden layer does.',
  circles: 'A ring of one class around a disc of the other: separable with x1² + x2² as a feature, or a hidden layer.',
  linear: 'Two clouds a straight line separates: a single Linear layer with a sigmoid (logistic regression) fits it.',
  classification:
    "scikit-learn's make_classification: two Gaussian clusters stretched by a random matrix whose tails " +
    'overlap, plus a few labels flipped, so even the best line misses some points (the notebooks\' "linear" data).',
  xor:
    'Class 1 where x1 and x2 have the same sign, class 0 where they differ: the classic problem no network ' +
    'without a hidden layer solves.',
  blobs: 'Round Gaussian clusters, one per class: a multi-class starter for softmax and categorical cross-entropy.',
  spiral: 'Interleaved spiral arms, one per class: hard, it needs depth or sin features.',
  gaussians:
    'A tight Gaussian cloud at the origin inside a broad one centred at (0, 3): the classes overlap, so even the ' +
    'best boundary makes some mistakes.',
  sine: 'Regression on one feature: y = sin(x1) plus noise for x1 in [−π, π]; end with an Identity activation and mean squared error.',
  plane: 'Regression: y is a tilted plane over (x1, x2) plus noise; even a single Linear layer fits it.',
  iris:
    'Real data: 150 irises of three species measured in four ways (sepal and petal length and width). ' +
    'One species is easy to tell apart, the other two overlap a little.',
  wine:
    'Real data: 13 chemical measurements of 178 wines from three cultivars. The columns have very ' +
    'different scales, so standardise them; the set is small, so watch the validation curve.',
  breastCancer:
    'Real data: 30 measurements of cell nuclei from 569 breast masses, malignant or benign. Areas run to ' +
    'thousands while smoothness is about 0.1: without standardisation training crawls.',
  digits:
    'Real data: 1,797 handwritten digits as 8 × 8 images (64 inputs, ink counts 0-16), ten classes. ' +
    "A hidden layer of 32 reaches about 97% on held-out digits; its first layer's weights look like strokes.",
  csv:
    'Your own table from a CSV file: pick the column to predict (a class or a number); every other column ' +
    'must be numeric and becomes an input.',
};

/** The tooltip of a dataset kind. */
export function datasetKindTip(kind: DatasetKind): string {
  return DATASET_KIND_TIPS[kind];
}
