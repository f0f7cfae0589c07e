/**
 * Per-layer statistics for the gradient charts and the canvas tint: for every Linear kernel and bias
 * and BatchNorm γ/β the gradient's L2 norm and mean |g|, the weight's L2 norm, |grad|/|weight| and
 * histograms; for every Activation node the mean output, saturation and dead-unit fractions and a
 * histogram. Computed on the device as one flat tensor, read back with a single await.
 */
import * as tf from './tf';
import type { ActivationName, NodeKind } from '../graph/types';
import type { CompiledModel } from './compile';
import { HISTOGRAM_LENGTH, histogramTensor, readHistogram, type Histogram } from './histogram';

export type { Histogram } from './histogram';

/** Outputs within this distance of a bounded activation's limits count as saturated. */
export const SATURATION_MARGIN = 0.02;
/** Rows of a batch that feed an activation histogram (the means and fractions use every row). */
const HISTOGRAM_ROWS = 512;

/** Statistics of one weight tensor and its gradient on the sampled batch. */
export interface ParameterStats {
  /** 'kernel' or 'bias' (Linear), 'gamma' or 'beta' (BatchNorm). */
  name: string;
  /** ‖g‖₂ = √Σg². */
  gradNorm: number;
  /** (1/N) Σ|g|. */
  gradMeanAbs: number;
  /** ‖w‖₂. */
  weightNorm: number;
  /** ‖g‖₂ / ‖w‖₂ (how far one unit-rate step moves the weight, relatively); null while ‖w‖ = 0. */
  ratio: number | null;
  gradHistogram: Histogram;
  weightHistogram: Histogram;
}

/** Statistics of an Activation node's output on the sampled batch. */
export interface ActivationStats {
  activation: ActivationName;
  /** Mean of the outputs over samples and units. */
  mean: number;
  /**
   * Fraction of outputs within 0.02 of a bound: sigmoid/softmax below 0.02 or above 0.98, tanh with
   * |y| > 0.98 (where the derivative is nearly 0); null for unbounded activations.
   */
  saturatedFraction: number | null;
  /**
   * Fraction of units never positive on any sample of the batch: for ReLU these output 0 everywhere
   * and get no gradient at all ("dead"); for leaky ReLU, ELU and GELU they only get the small
   * negative-side slope. Null for the other activations.
   */
  deadFraction: number | null;
  histogram: Histogram;
  /**
   * Histogram of the activation's input z (the pre-activations) on the same rows, so that the
   * activation explorer can draw where z falls on f and f′. Absent in statistics saved before it existed.
   */
  preHistogram?: Histogram;
  /**
   * Fraction of z (samples × units) at or below 0: for ReLU the inputs that pass no gradient at
   * all, for leaky ReLU, ELU and GELU those on the small negative-side slope. Null for the others.
   */
  nonPositiveFraction?: number | null;
}

/** The statistics of one node, in input → output order within LayerStats[]. */
export interface LayerStats {
  nodeId: string;
  nodeName: string;
  kind: Extract<NodeKind, 'dense' | 'batchNorm' | 'activation'>;
  /** Weight statistics (Linear, BatchNorm); empty for activations. */
  parameters: ParameterStats[];
  /** Output statistics (Activation nodes); null otherwise. */
  activation: ActivationStats | null;
}

/** One sample of statistics, taken on the batch of training step `step`. */
export interface StatsSample {
  step: number;
  epoch: number;
  layers: LayerStats[];
}

const SATURATING: ReadonlySet<ActivationName> = new Set(['sigmoid', 'tanh', 'softmax']);
const RECTIFYING: ReadonlySet<ActivationName> = new Set(['relu', 'leakyRelu', 'elu', 'gelu']);
const PARAMETER_SCALARS = 3;
const ACTIVATION_SCALARS = 4;

/** What to measure, fixed per compiled model: which trainable weights and which node outputs. */
export interface StatsPlan {
  nodes: { nodeId: string; nodeName: string; kind: LayerStats['kind'] }[];
  /** Index into compiled.trainableWeights of each measured weight, with its node. */
  parameters: { nodeId: string; name: string; weightIndex: number }[];
  /** `inputIndex` is the training-model output holding the activation's input z; null when z is the network input itself. */
  activations: {
    nodeId: string;
    activation: ActivationName;
    outputIndex: number;
    inputIndex: number | null;
    sourceId: string;
  }[];
}

/** Plans the statistics of a compiled model: Linear and BatchNorm weights, Activation outputs, in node order. */
export function planStats(compiled: CompiledModel): StatsPlan {
  const plan: StatsPlan = { nodes: [], parameters: [], activations: [] };
  for (const id of compiled.nodeOrder) {
    const node = compiled.graph.nodes.find((n) => n.id === id);
    if (!node || (node.kind !== 'dense' && node.kind !== 'batchNorm' && node.kind !== 'activation')) continue;
    plan.nodes.push({ nodeId: id, nodeName: node.name, kind: node.kind });
    if (node.kind === 'activation') {
      const sourceId = compiled.graph.edges.find((e) => e.target === id)?.source ?? '';
      const inputIndex = compiled.outputIndex.nodes.get(sourceId) ?? null;
      plan.activations.push({
        nodeId: id,
        activation: node.params.activation,
        outputIndex: compiled.outputIndex.nodes.get(id) as number,
        inputIndex,
        sourceId,
      });
      continue;
    }
    compiled.trainableWeights.forEach((w, weightIndex) => {
      if (w.nodeId === id) plan.parameters.push({ nodeId: id, name: w.name, weightIndex });
    });
  }
  return plan;
}

function parameterTensor(gradient: tf.Tensor, weight: tf.Tensor): tf.Tensor1D {
  const gradNorm = tf.norm(gradient);
  const scalars = tf.stack([gradNorm, tf.mean(tf.abs(gradient)), tf.norm(weight)]);
  return tf.concat([scalars, histogramTensor(gradient), histogramTensor(weight)]) as tf.Tensor1D;
}

function activationTensor(output: tf.Tensor, input: tf.Tensor, activation: ActivationName): tf.Tensor1D {
  const zero = tf.scalar(0);
  let saturated = zero;
  if (activation === 'tanh') saturated = tf.mean(tf.cast(tf.greater(tf.abs(output), 1 - SATURATION_MARGIN), 'float32'));
  else if (SATURATING.has(activation)) {
    const nearBound = tf.logicalOr(tf.less(output, SATURATION_MARGIN), tf.greater(output, 1 - SATURATION_MARGIN));
    saturated = tf.mean(tf.cast(nearBound, 'float32'));
  }
  const dead = RECTIFYING.has(activation) ? tf.mean(tf.cast(tf.lessEqual(tf.max(output, 0), 0), 'float32')) : zero;
  const nonPositive = RECTIFYING.has(activation) ? tf.mean(tf.cast(tf.lessEqual(input, 0), 'float32')) : zero;
  const rows = output.shape[0] as number;
  const sample = (t: tf.Tensor) => (rows > HISTOGRAM_ROWS ? tf.slice(t, [0, 0], [HISTOGRAM_ROWS, -1]) : t);
  return tf.concat([
    tf.stack([tf.mean(output), saturated, dead, nonPositive]),
    histogramTensor(sample(output)),
    histogramTensor(sample(input)),
  ]) as tf.Tensor1D;
}

/**
 * The statistics of one step as a single flat tensor (call inside tf.tidy): `gradients` and
 * `weights` in compiled.trainableWeights order, `outputs` the training model's outputs, `x` the
 * batch (the input z of an activation fed straight by the Input node).
 */
export function statsTensor(
  plan: StatsPlan,
  gradients: tf.Tensor[],
  weights: tf.Tensor[],
  outputs: tf.Tensor[],
  x: tf.Tensor,
): tf.Tensor1D {
  const parts = [
    ...plan.parameters.map((p) => parameterTensor(gradients[p.weightIndex], weights[p.weightIndex])),
    ...plan.activations.map((a) =>
      activationTensor(outputs[a.outputIndex], a.inputIndex === null ? x : outputs[a.inputIndex], a.activation),
    ),
  ];
  return (parts.length === 0 ? tf.zeros([0]) : tf.concat(parts)) as tf.Tensor1D;
}

/** Decodes a readback of statsTensor into LayerStats[] in input → output order. */
export function decodeStats(plan: StatsPlan, data: Float32Array): LayerStats[] {
  const byNode = new Map<string, LayerStats>(
    plan.nodes.map((n) => [n.nodeId, { ...n, parameters: [], activation: null }]),
  );
  let offset = 0;
  for (const p of plan.parameters) {
    const [gradNorm, gradMeanAbs, weightNorm] = data.subarray(offset, offset + PARAMETER_SCALARS);
    offset += PARAMETER_SCALARS;
    const gradHistogram = readHistogram(data, offset);
    const weightHistogram = readHistogram(data, offset + HISTOGRAM_LENGTH);
    offset += 2 * HISTOGRAM_LENGTH;
    const ratio = weightNorm > 0 ? gradNorm / weightNorm : null;
    byNode
      .get(p.nodeId)
      ?.parameters.push({ name: p.name, gradNorm, gradMeanAbs, weightNorm, ratio, gradHistogram, weightHistogram });
  }
  for (const a of plan.activations) {
    const [mean, saturated, dead, nonPositive] = data.subarray(offset, offset + ACTIVATION_SCALARS);
    const histogram = readHistogram(data, offset + ACTIVATION_SCALARS);
    const preHistogram = readHistogram(data, offset + ACTIVATION_SCALARS + HISTOGRAM_LENGTH);
    offset += ACTIVATION_SCALARS + 2 * HISTOGRAM_LENGTH;
    const stats = byNode.get(a.nodeId);
    if (stats) {
      stats.activation = {
        activation: a.activation,
        mean,
        saturatedFraction: SATURATING.has(a.activation) ? saturated : null,
        deadFraction: RECTIFYING.has(a.activation) ? dead : null,
        histogram,
        preHistogram,
        nonPositiveFraction: RECTIFYING.has(a.activation) ? nonPositive : null,
      };
    }
  }
  return plan.nodes.map((n) => byNode.get(n.nodeId) as LayerStats);
}
