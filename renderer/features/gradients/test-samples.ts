/** Builders of statistics samples for the live views' tests. */
import type { LayerStats, ParameterStats, StatsSample } from '../../../src/training/stats';

const EMPTY_HISTOGRAM = { range: 0, counts: new Float32Array(30) };

/** A kernel's statistics with the given gradient norm (other fields plausible but unused). */
export function kernelStats(gradNorm: number, name = 'kernel'): ParameterStats {
  return {
    name,
    gradNorm,
    gradMeanAbs: gradNorm / 10,
    weightNorm: 1,
    ratio: gradNorm,
    gradHistogram: EMPTY_HISTOGRAM,
    weightHistogram: EMPTY_HISTOGRAM,
  };
}

/** A Linear layer's statistics with a kernel gradient norm. */
export function denseLayer(nodeId: string, gradNorm: number): LayerStats {
  return {
    nodeId,
    nodeName: `Layer ${nodeId}`,
    kind: 'dense',
    parameters: [kernelStats(gradNorm), kernelStats(gradNorm / 2, 'bias')],
    activation: null,
  };
}

/** An activation layer's statistics. */
export function activationLayer(
  nodeId: string,
  saturatedFraction: number | null,
  deadFraction: number | null,
): LayerStats {
  return {
    nodeId,
    nodeName: `Act ${nodeId}`,
    kind: 'activation',
    parameters: [],
    activation: {
      activation: deadFraction === null ? 'sigmoid' : 'relu',
      mean: 0.5,
      saturatedFraction,
      deadFraction,
      histogram: EMPTY_HISTOGRAM,
    },
  };
}

/** A sample at `step` of Linear layers with the given kernel gradient norms (ids d0, d1, ...), with activations between them. */
export function sampleOf(step: number, norms: number[], epoch = 0): StatsSample {
  const layers: LayerStats[] = [];
  norms.forEach((norm, i) => {
    layers.push(denseLayer(`d${i}`, norm));
    if (i < norms.length - 1) layers.push(activationLayer(`a${i}`, 0.1, null));
  });
  return { step, epoch, layers };
}
