/**
 * The depth sweep's settings and results: plain data (no tfjs), saved in the project file and read
 * by the UI without loading the engine.
 */
import type { ActivationName, InitializerName } from '../../graph/types';

/** Activations the sweep offers; softmax is left out, since it is not an element-wise hidden activation. */
export const SWEEP_ACTIVATIONS = [
  'sigmoid',
  'tanh',
  'relu',
  'leakyRelu',
  'elu',
  'softplus',
  'gelu',
  'linear',
] as const satisfies readonly ActivationName[];

/** An activation a sweep line can use. */
export type SweepActivation = (typeof SWEEP_ACTIVATIONS)[number];

/** What the sweep trains: networks of every depth in [minDepth, maxDepth] for each activation. */
export interface DepthSweepSettings {
  /** Fewest hidden layers (each a Linear of `width` units and an activation). */
  minDepth: number;
  /** Most hidden layers. */
  maxDepth: number;
  /** One line of the plot each, in this order. */
  activations: SweepActivation[];
  /** Units of every hidden Linear layer. */
  width: number;
  /** How every hidden Linear layer's kernel starts. */
  initializer: InitializerName;
  /**
   * Training steps each network takes (with the project's optimizer, learning rate and batch size) before it is
   * measured; 0 measures at initialisation.
   */
  steps: number;
}

/** One trained network of the sweep, measured on the training set after its steps. */
export interface DepthSweepPoint {
  activation: SweepActivation;
  depth: number;
  /** ‖∂L/∂W‖ of the first Linear layer's kernel over the training rows (up to 4096), at the weights reached. */
  firstGradNorm: number;
  /** The same for the last Linear layer (the output layer). */
  lastGradNorm: number;
  /** Training loss (without penalty) at the weights reached. */
  trainLoss: number;
}

/** The sweep as saved in a project: its settings and the points of the last run (null before any). */
export interface DepthSweep {
  settings: DepthSweepSettings;
  results: DepthSweepPoint[] | null;
}

/** Limits of the settings, shared by the schema and the form. */
export const SWEEP_LIMITS = {
  depth: { min: 1, max: 30 },
  width: { min: 1, max: 256 },
  steps: { min: 0, max: 10_000 },
} as const;

/** The settings of a project that has never run a sweep: depths 1-10 of 16 units, sigmoid vs tanh vs ReLU, Glorot, 100 steps. */
export const DEFAULT_SWEEP_SETTINGS: DepthSweepSettings = {
  minDepth: 1,
  maxDepth: 10,
  activations: ['sigmoid', 'tanh', 'relu'],
  width: 16,
  initializer: 'glorotUniform',
  steps: 100,
};

/** Networks a sweep trains: one per depth and activation. */
export function sweepSize(settings: DepthSweepSettings): number {
  return Math.max(0, settings.maxDepth - settings.minDepth + 1) * settings.activations.length;
}

/** Why the settings cannot run, in a sentence naming the value and the fix; null when they can. */
export function sweepSettingsProblem(settings: DepthSweepSettings): string | null {
  const whole = (v: number, range: { min: number; max: number }) =>
    Number.isInteger(v) && v >= range.min && v <= range.max;
  if (!whole(settings.minDepth, SWEEP_LIMITS.depth) || !whole(settings.maxDepth, SWEEP_LIMITS.depth)) {
    return (
      `Depths must be whole numbers from ${SWEEP_LIMITS.depth.min} to ${SWEEP_LIMITS.depth.max}, but are ` +
      `${settings.minDepth} to ${settings.maxDepth}. Set both within that range.`
    );
  }
  if (settings.minDepth > settings.maxDepth) {
    return `The first depth (${settings.minDepth}) is above the last (${settings.maxDepth}). Set "from" to at most "to".`;
  }
  if (settings.activations.length === 0) return 'No activation is chosen. Tick at least one, e.g. sigmoid and ReLU.';
  if (!whole(settings.width, SWEEP_LIMITS.width)) {
    return (
      `Width must be a whole number of units from ${SWEEP_LIMITS.width.min} to ${SWEEP_LIMITS.width.max}, ` +
      `but is ${settings.width}. Set it within that range, e.g. 16.`
    );
  }
  if (!whole(settings.steps, SWEEP_LIMITS.steps)) {
    return (
      `Steps must be a whole number from ${SWEEP_LIMITS.steps.min} to ` +
      `${SWEEP_LIMITS.steps.max.toLocaleString('en-US')}, but is ${settings.steps}. Set it within that range, e.g. 100.`
    );
  }
  return null;
}
