/**
 * The one sample the Backprop view traces: a row of the training set by index, or values typed
 * by the user, mapped through the Input node exactly as training maps its rows.
 */
import type { PreparedData } from '../../../src/data/index';
import { buildTargets } from '../../../src/training/light';

/** Which sample: a training row, or typed raw features and target. */
export type SampleChoice = { kind: 'index'; index: number } | { kind: 'typed'; x: string; y: string };

/** A sample ready to trace: its raw values as the dataset has them, the network's input row and the loss's target row. */
export interface TraceSample {
  raw: number[];
  label: number;
  input: number[];
  target: number[];
}

/** Reads numbers separated by commas or spaces; throws naming the first that is not a finite number. */
function parseNumbers(text: string, what: string): number[] {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  return parts.map((p) => {
    const v = Number(p);
    if (!Number.isFinite(v))
      throw new RangeError(`${what}: '${p}' is not a number. Type numbers separated by commas, e.g. 0.5, -1.2.`);
    return v;
  });
}

/** Maps raw feature values through standardisation and the Input node (plane features) as training does. */
function toInput(data: PreparedData, raw: number[]): number[] {
  const columns = data.raw.train.features;
  if (columns <= 2) return Array.from(data.transform(Float32Array.from(columns === 1 ? [raw[0], 0] : raw), 1));
  const s = data.standardization;
  return raw.map((v, j) => (s ? (v - s.mean[j]) / s.std[j] : v));
}

/**
 * The sample `choice` names, for a network with `outputs` outputs; throws a RangeError with the fix
 * when the index is outside the training set, typed values are not numbers or have the wrong count.
 */
export function pickSample(data: PreparedData, choice: SampleChoice, outputs: number): TraceSample {
  const train = data.raw.train;
  const columns = train.features;
  let raw: number[];
  let label: number;
  if (choice.kind === 'index') {
    const i = choice.index;
    if (!(Number.isInteger(i) && i >= 0 && i < train.n))
      throw new RangeError(`Sample ${i} does not exist: the training set has samples 0 to ${train.n - 1}.`);
    raw = Array.from(train.x.subarray(i * columns, (i + 1) * columns));
    label = train.y[i];
    const input = Array.from(data.train.x.subarray(i * data.inputWidth, (i + 1) * data.inputWidth));
    return { raw, label, input, target: Array.from(buildTargets(Float32Array.of(label), 1, outputs, data.task)) };
  }
  raw = parseNumbers(choice.x, 'Features');
  if (raw.length !== columns)
    throw new RangeError(
      `Type ${columns} feature value${columns === 1 ? '' : 's'} ` +
        `(${train.n > 0 ? data.raw.train.featureNames.join(', ') : 'x'}); got ${raw.length}.`,
    );
  const y = parseNumbers(choice.y, 'Target');
  if (y.length !== 1)
    throw new RangeError(
      `Type one target: ${data.task === 'regression' ? 'the number to predict' : `a class from 0 to ${data.classes - 1}`}.`,
    );
  label = y[0];
  if (data.task !== 'regression' && !(Number.isInteger(label) && label >= 0 && label < data.classes)) {
    throw new RangeError(`Target ${label} is not a class of this dataset; type a class from 0 to ${data.classes - 1}.`);
  }
  return {
    raw,
    label,
    input: toInput(data, raw),
    target: Array.from(buildTargets(Float32Array.of(label), 1, outputs, data.task)),
  };
}
