/** Targets the loss compares with: the labels as they are for one output, one-hot rows for several. */
import type { Task } from '../data/types';

/**
 * Builds the n × width target matrix from n labels: width 1 → the label itself (class 0/1 or the
 * regression value); width k > 1 → one-hot rows (label c sets column c). Throws when a class label
 * does not fit the output width, saying how to fix the network.
 */
export function buildTargets(labels: Float32Array, n: number, width: number, task: Task): Float32Array {
  if (width === 1) {
    if (task === 'multiclass') {
      throw new RangeError(
        `The network has 1 output but the dataset has several classes. Give the last Linear layer one unit per class and end with Softmax.`,
      );
    }
    return labels.slice(0, n);
  }
  if (task === 'regression') {
    throw new RangeError(
      `The network has ${width} outputs but the dataset has one number to predict. Give the last Linear layer 1 unit.`,
    );
  }
  const targets = new Float32Array(n * width);
  for (let i = 0; i < n; i++) {
    const label = labels[i];
    if (!(Number.isInteger(label) && label >= 0 && label < width)) {
      throw new RangeError(
        `Sample ${i} has class ${String(label)}, but the network has only ${width} outputs (classes 0 to ` +
          `${width - 1}). Give the last Linear layer one unit per class.`,
      );
    }
    targets[i * width + label] = 1;
  }
  return targets;
}
