/**
 * How a classifier's predictions compare with the labels: predicted classes from the decision grid's layout, the
 * confusion matrix, and each class's precision, recall and F1. Pure arithmetic, no tfjs.
 */

/** A confusion matrix: counts[t·classes + p] samples of true class t were predicted as class p. */
export interface Confusion {
  classes: number;
  counts: Uint32Array;
  /** Samples counted (those whose label and prediction are both classes 0..classes−1). */
  total: number;
  correct: number;
}

/** Precision, recall and F1 of one class (null where the ratio has no samples to count), and its support. */
export interface ClassScores {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** How many samples truly belong to the class. */
  support: number;
}

/**
 * The predicted class of each of n rows from predictions in the decision grid's layout (grid.ts predictGrid): two
 * channels → the stored argmax; one channel (binary) → 1 when P(class 1) ≥ 0.5, else 0.
 */
export function predictedClasses(values: Float32Array, n: number, channels: 1 | 2): Uint8Array {
  if (values.length !== n * channels) {
    throw new RangeError(
      `${n} predictions of ${channels} channel(s) need ${n * channels} values, but ${values.length} came.`,
    );
  }
  const classes = new Uint8Array(n);
  for (let i = 0; i < n; i++) classes[i] = channels === 2 ? values[i * 2] : values[i] >= 0.5 ? 1 : 0;
  return classes;
}

/** Counts each (true, predicted) pair of `classes` classes; labels or predictions outside 0..classes−1 are skipped. */
export function confusionMatrix(labels: ArrayLike<number>, predicted: ArrayLike<number>, classes: number): Confusion {
  if (labels.length !== predicted.length) {
    throw new RangeError(
      `${labels.length} labels but ${predicted.length} predictions: both must describe the same samples.`,
    );
  }
  const counts = new Uint32Array(classes * classes);
  let total = 0;
  let correct = 0;
  for (let i = 0; i < labels.length; i++) {
    const t = labels[i];
    const p = predicted[i];
    if (!(Number.isInteger(t) && Number.isInteger(p) && t >= 0 && p >= 0 && t < classes && p < classes)) continue;
    counts[t * classes + p]++;
    total++;
    if (t === p) correct++;
  }
  return { classes, counts, total, correct };
}

/**
 * Each class's scores from a confusion matrix: precision = TP / predicted as the class, recall = TP / truly the class,
 * F1 = their harmonic mean (0 when both are 0).
 */
export function classScores(confusion: Confusion): ClassScores[] {
  const { classes, counts } = confusion;
  return Array.from({ length: classes }, (_, c) => {
    const tp = counts[c * classes + c];
    let predicted = 0;
    let actual = 0;
    for (let k = 0; k < classes; k++) {
      predicted += counts[k * classes + c];
      actual += counts[c * classes + k];
    }
    const precision = predicted > 0 ? tp / predicted : null;
    const recall = actual > 0 ? tp / actual : null;
    const f1 =
      precision === null || recall === null
        ? null
        : precision + recall > 0
          ? (2 * precision * recall) / (precision + recall)
          : 0;
    return { precision, recall, f1, support: actual };
  });
}

/** The unweighted mean of the classes' F1 that are defined (macro F1); null when none is. */
export function macroF1(scores: readonly ClassScores[]): number | null {
  const defined = scores.map((s) => s.f1).filter((f): f is number => f !== null);
  return defined.length > 0 ? defined.reduce((a, b) => a + b, 0) / defined.length : null;
}
