/**
 * The explosion guard's decisions, pure and free of tfjs: a run can blow up while every number stays
 * finite (at learning rate 50 the loss of the moons lesson reaches 1e31 and the weights 1e18, then
 * the ReLUs die and the loss settles near 1 again), which the non-finite guard (guard.ts) never sees.
 * These checks read the loss the trainer already reports and the per-layer statistics it already
 * samples, so they cost no extra readback.
 */
import type { LayerStats } from './stats';
import type { DivergenceReport, ExplosionKind } from './trainer-types';

/** The loss counts as exploded when it exceeds this many times its recent minimum. */
export const LOSS_GROWTH_FACTOR = 100;
/**
 * Minima below this are raised to it before the factor applies, so a converged loss of 0.001 that wobbles to 0.2 is
 * not called an explosion.
 */
export const LOSS_FLOOR = 0.01;
/** How many recent loss readings the minimum is taken over. */
export const LOSS_WINDOW = 64;
/** A weight tensor whose L2 norm passes this has exploded (trained networks here stay below 1e3). */
export const WEIGHT_NORM_LIMIT = 1e6;

export type { ExplosionKind } from './trainer-types';

/** What the guard found, with the layer it names and the numbers behind the verdict. */
export interface Explosion {
  kind: ExplosionKind;
  nodeId: string | null;
  nodeName: string | null;
  /** The offending value: the loss, the largest weight norm, or 0 for vanished gradients. */
  value: number;
  /** What the value was measured against: the loss limit (factor × minimum), the weight limit, or 0. */
  limit: number;
}

/** Formats a number for a sentence: exponent notation when very large or small. */
export function formatMagnitude(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 1e5 || (Math.abs(value) < 1e-3 && value !== 0)
    ? value.toExponential(1)
    : String(Number(value.toPrecision(3)));
}

/** Remembers the recent training losses and says when one grows past LOSS_GROWTH_FACTOR times their minimum. */
export class LossWatch {
  private readonly recent: number[] = [];

  /** Records a loss; returns the limit it broke (factor × floored minimum of the earlier readings), or null when it is within bounds. */
  observe(loss: number | null): number | null {
    if (loss === null || !Number.isFinite(loss)) return null;
    const limit =
      this.recent.length > 0 ? LOSS_GROWTH_FACTOR * Math.max(LOSS_FLOOR, Math.min(...this.recent)) : Infinity;
    this.recent.push(loss);
    if (this.recent.length > LOSS_WINDOW) this.recent.shift();
    return loss > limit ? limit : null;
  }

  /** Forgets the history (after a reset, a rebuild or new weights). */
  clear(): void {
    this.recent.length = 0;
  }
}

/** The weight-bearing layers of a sample (Linear and BatchNorm), input → output. */
function weighted(layers: readonly LayerStats[]): LayerStats[] {
  return layers.filter((l) => l.parameters.length > 0);
}

/** The first layer, input → output, with a weight norm past WEIGHT_NORM_LIMIT, as an explosion; null when none. */
export function findHugeWeights(layers: readonly LayerStats[]): Explosion | null {
  for (const layer of weighted(layers)) {
    const largest = Math.max(...layer.parameters.map((p) => p.weightNorm));
    if (!(largest <= WEIGHT_NORM_LIMIT))
      return {
        kind: 'hugeWeights',
        nodeId: layer.nodeId,
        nodeName: layer.nodeName,
        value: largest,
        limit: WEIGHT_NORM_LIMIT,
      };
  }
  return null;
}

/**
 * An explosion when every gradient of every layer is exactly zero (nothing can learn any more: dead
 * ReLUs or saturated units everywhere). It names the first activation whose units are all dead or
 * saturated, else the first weight-bearing layer. Null when any gradient is non-zero or there are none.
 */
export function findZeroGradients(layers: readonly LayerStats[]): Explosion | null {
  const params = weighted(layers).flatMap((l) => l.parameters);
  if (params.length === 0 || params.some((p) => p.gradNorm !== 0)) return null;
  const stuck = layers.find(
    (l) => l.activation && ((l.activation.deadFraction ?? 0) >= 1 || (l.activation.saturatedFraction ?? 0) >= 1),
  );
  const named = stuck ?? weighted(layers)[0];
  return { kind: 'zeroGradients', nodeId: named.nodeId, nodeName: named.nodeName, value: 0, limit: 0 };
}

/** Checks a statistics sample: weights past the limit first (they explain the rest), then gradients that all vanished. */
export function checkLayers(layers: readonly LayerStats[]): Explosion | null {
  return findHugeWeights(layers) ?? findZeroGradients(layers);
}

/**
 * The explosion of a loss that grew past `limit`, naming the layer that moved most on the sample
 * (largest ‖g‖/‖w‖ of a weight tensor), or none when the sample has no weights.
 */
export function lossExplosion(loss: number, limit: number, layers: readonly LayerStats[]): Explosion {
  let best: LayerStats | null = null;
  let bestRatio = -Infinity;
  for (const layer of weighted(layers)) {
    for (const p of layer.parameters) {
      const ratio = p.weightNorm > 0 ? p.gradNorm / p.weightNorm : p.gradNorm;
      if (ratio > bestRatio) [best, bestRatio] = [layer, ratio];
    }
  }
  return { kind: 'lossGrowth', nodeId: best?.nodeId ?? null, nodeName: best?.nodeName ?? null, value: loss, limit };
}

/** What each kind of explosion did, as a clause naming the layer and the numbers. */
function whatHappened(e: Explosion): string {
  const layer = e.nodeName ? `'${e.nodeName}'` : 'a layer';
  switch (e.kind) {
    case 'lossGrowth':
      return (
        `the loss reached ${formatMagnitude(e.value)}, over ${LOSS_GROWTH_FACTOR} × its recent minimum, ` +
        `though still finite; ${layer} moved most`
      );
    case 'hugeWeights':
      return (
        `the weights of ${layer} reached a norm of ${formatMagnitude(e.value)} (limit ` +
        `${formatMagnitude(e.limit)}), though still finite`
      );
    case 'zeroGradients':
      return `every gradient is exactly zero, so no weight can change any more (the signal dies at ${layer})`;
  }
}

/** Builds the report the worker posts when the explosion guard stops a run at `step` (nothing is rolled back: restoredStep is `step`). */
export function describeExplosion(e: Explosion, step: number, learningRate: number): DivergenceReport {
  const verb = e.kind === 'zeroGradients' ? 'stalled' : 'exploded';
  const message =
    `Training ${verb} at step ${step}: ${whatHappened(e)}. ` +
    `Learning rate ${formatMagnitude(learningRate)} takes steps too large: Reset and train again with a lower ` +
    `one (a lower rate alone keeps these weights).`;
  return {
    step,
    firstLayerNodeId: e.nodeId,
    firstLayerName: e.nodeName,
    what: e.kind === 'lossGrowth' ? 'loss' : 'gradient',
    where: null,
    restoredStep: step,
    message,
    kind: e.kind,
  };
}

/**
 * Why a network cannot learn on from where it is, as a clause (weights past the limit, every
 * gradient zero, or a layer whose units are all dead), or null when nothing says so; more epochs
 * or a lower rate would not revive it, a reset would.
 */
export function describeBrokenNetwork(layers: readonly LayerStats[]): string | null {
  const found = checkLayers(layers);
  if (found) return whatHappened(found);
  const dead = layers.find((l) => (l.activation?.deadFraction ?? 0) >= 1);
  return dead
    ? `every unit of '${dead.nodeName}' is dead (never positive), so nothing before it learns any more`
    : null;
}
