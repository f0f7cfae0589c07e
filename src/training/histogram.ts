/** Fixed-bin histograms computed on the device over a symmetric range, for gradients, weights and activations. */
import * as tf from './tf';

/** Bins of every histogram the engine reports. */
export const HISTOGRAM_BINS = 30;

/** Counts of values in HISTOGRAM_BINS equal bins over [−range, range]; range = max|x| of the values. */
export interface Histogram {
  range: number;
  counts: Float32Array;
}

/**
 * The histogram of `values` as one flat tensor [range, count₀, …, count₂₉]. Bin i covers
 * [−r + 2r·i/B, −r + 2r·(i+1)/B), the last bin closed; a tensor of zeros puts everything in the middle bin.
 */
export function histogramTensor(values: tf.Tensor): tf.Tensor1D {
  return tf.tidy(() => {
    const flat = tf.reshape(values, [-1]);
    const range = tf.max(tf.abs(flat));
    const width = tf.maximum(tf.mul(range, 2), 1e-30);
    const position = tf.floor(tf.mul(tf.div(tf.add(flat, range), width), HISTOGRAM_BINS));
    const bins = tf.cast(tf.clipByValue(position, 0, HISTOGRAM_BINS - 1), 'int32');
    // One-hot as int32, then cast: tfjs-wasm 4.22 writes int bits into a float32 one-hot.
    const counts = tf.sum(tf.cast(tf.oneHot(bins, HISTOGRAM_BINS), 'float32'), 0);
    return tf.concat([tf.reshape(range, [1]), counts]) as tf.Tensor1D;
  });
}

/** Decodes what histogramTensor produced, starting at `offset` of a flat readback. */
export function readHistogram(data: Float32Array, offset: number): Histogram {
  return { range: data[offset], counts: data.slice(offset + 1, offset + 1 + HISTOGRAM_BINS) };
}

/** Length of one encoded histogram in a flat readback. */
export const HISTOGRAM_LENGTH = HISTOGRAM_BINS + 1;
