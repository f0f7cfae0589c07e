/**
 * Runs a depth sweep: for every depth and activation, builds the network (sweepNetwork), trains it
 * on the project's data with the project's optimizer for the chosen steps on the fast engine, and
 * measures the gradient that reaches its first and last Linear layers over the training set.
 */
import type { PreparedData } from '../../data/prepare';
import type { InputParams } from '../../graph/types';
import type { TrainingConfig } from '../config';
import { createEngine, type TrainingEngine } from '../engine';
import { headFor, sweepNetwork } from './network';
import type { DepthSweepPoint, DepthSweepSettings, SweepActivation } from './settings';

/** What every network of a sweep shares: the project's Input, its prepared data and its training settings. */
export interface SweepBase {
  input: InputParams;
  data: PreparedData;
  training: TrainingConfig;
}

/** Far more steps than a sweep trains, so that no statistics are sampled during training and the measurement is a fresh pass. */
const NEVER_SAMPLE = 1_000_000;

/**
 * The engine for one network of the sweep, trained for `settings.steps` steps; the caller disposes
 * it. Penalties are left out, so that the gradient measured is the loss's alone.
 */
export async function trainSweepNetwork(
  base: SweepBase,
  settings: DepthSweepSettings,
  activation: SweepActivation,
  depth: number,
): Promise<TrainingEngine> {
  const graph = sweepNetwork(
    base.input,
    { depth, width: settings.width, activation, initializer: settings.initializer },
    headFor(base.data.task, base.data.classes),
  );
  const training: TrainingConfig = { ...base.training, l1: 0, l2: 0, statsEvery: NEVER_SAMPLE };
  const { engine } = createEngine({ graph, training }, base.data, { engine: 'fast' });
  try {
    if (settings.steps > 0) await engine.step(settings.steps);
    return engine;
  } catch (error) {
    engine.dispose();
    throw error;
  }
}

/** ‖∂L/∂W‖ of the first and last Linear kernels over the training rows (up to 4096) and the training loss, at the engine's weights. */
export async function measureSweepNetwork(
  engine: TrainingEngine,
  activation: SweepActivation,
  depth: number,
): Promise<DepthSweepPoint> {
  const { layers } = await engine.collectStats();
  const kernels = layers
    .filter((l) => l.kind === 'dense')
    .map((l) => l.parameters.find((p) => p.name === 'kernel')?.gradNorm ?? Number.NaN);
  const { trainLoss } = await engine.evaluate();
  return { activation, depth, firstGradNorm: kernels[0], lastGradNorm: kernels[kernels.length - 1], trainLoss };
}

/** Trains and measures one network of the sweep. */
export async function measureDepth(
  base: SweepBase,
  settings: DepthSweepSettings,
  activation: SweepActivation,
  depth: number,
): Promise<DepthSweepPoint> {
  const engine = await trainSweepNetwork(base, settings, activation, depth);
  try {
    return await measureSweepNetwork(engine, activation, depth);
  } finally {
    engine.dispose();
  }
}

/** The sweep's networks in the order they are trained: depth by depth, every activation at each depth, so all lines grow together. */
export function sweepOrder(settings: DepthSweepSettings): { activation: SweepActivation; depth: number }[] {
  const order: { activation: SweepActivation; depth: number }[] = [];
  for (let depth = settings.minDepth; depth <= settings.maxDepth; depth++)
    for (const activation of settings.activations) order.push({ activation, depth });
  return order;
}

/**
 * Runs the whole sweep, calling `onPoint` after each network with the point and how many of the
 * total are done; `yieldBetween` runs between networks (a worker passes a function that lets its
 * messages through). Returns every point.
 */
export async function runDepthSweep(
  base: SweepBase,
  settings: DepthSweepSettings,
  onPoint: (point: DepthSweepPoint, done: number, total: number) => void,
  yieldBetween: () => Promise<void> = async () => {},
): Promise<DepthSweepPoint[]> {
  const order = sweepOrder(settings);
  const points: DepthSweepPoint[] = [];
  for (const { activation, depth } of order) {
    const point = await measureDepth(base, settings, activation, depth);
    points.push(point);
    onPoint(point, points.length, order.length);
    await yieldBetween();
  }
  return points;
}
