/**
 * tfjs layers the stock library lacks: GELU, ELU with any α, and a dropout whose mask is drawn from
 * the training seed (tfjs's own Dropout either reuses one fixed mask or draws from Math.random).
 * Each is registered with tfjs serialization, so a model that uses them still saves and loads.
 */
import * as tf from './tf';

type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;
type Kwargs = Record<string, unknown>;

/** √(2/π), the slope of the tanh argument in GELU's approximation. */
const GELU_SLOPE = Math.sqrt(2 / Math.PI);
/** The cubic coefficient of GELU's tanh approximation (Hendrycks & Gimpel). */
const GELU_CUBIC = 0.044715;

function single(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
  return Array.isArray(inputs) ? inputs[0] : inputs;
}

/** gelu(x) ≈ 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), the tanh approximation; autodiff gives its derivative. */
export function gelu(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const inner = tf.mul(GELU_SLOPE, tf.add(x, tf.mul(GELU_CUBIC, tf.pow(x, 3))));
    return tf.mul(tf.mul(0.5, x), tf.add(1, tf.tanh(inner)));
  });
}

/**
 * elu(x) = x for x > 0, α·(eˣ − 1) otherwise, written as relu(x) + α·expm1(min(x, 0)): no comparison
 * op on the gradient path (tfjs has no gradient for them), and no exponential of a large x.
 */
export function scaledElu(x: tf.Tensor, alpha: number): tf.Tensor {
  return tf.tidy(() => tf.add(tf.relu(x), tf.mul(alpha, tf.expm1(tf.minimum(x, 0)))));
}

/** The GELU activation as a layer (tanh approximation). */
export class GeluLayer extends tf.layers.Layer {
  static className = 'MlpStudioGelu';

  constructor(args: LayerArgs = {}) {
    super(args);
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return gelu(single(inputs));
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape | tf.Shape[] {
    return inputShape;
  }
}

/** ELU with an arbitrary α as a layer (tfjs's ELU layer refuses α ≠ 1). */
export class ScaledEluLayer extends tf.layers.Layer {
  static className = 'MlpStudioElu';
  readonly alpha: number;

  constructor(args: LayerArgs & { alpha?: number } = {}) {
    super(args);
    this.alpha = args.alpha ?? 1;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return scaledElu(single(inputs), this.alpha);
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape | tf.Shape[] {
    return inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), alpha: this.alpha };
  }
}

/**
 * Inverted dropout y = x·m/(1 − rate), m ~ Bernoulli(1 − rate), in training only; the mask is drawn
 * from `stepSeed`, which the trainer sets before every step, so masks differ per step yet replay
 * exactly for the same training seed.
 */
export class SeededDropoutLayer extends tf.layers.Layer {
  static className = 'MlpStudioSeededDropout';
  readonly rate: number;
  /** Seed of the next training call's mask; written by the trainer, read once per call. */
  stepSeed = 0;

  constructor(args: LayerArgs & { rate?: number } = {}) {
    super(args);
    this.rate = Math.min(Math.max(args.rate ?? 0, 0), 0.999);
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor {
    const x = single(inputs);
    if (kwargs['training'] !== true || this.rate === 0) return x;
    return tf.tidy(() => {
      const keep = tf.cast(
        tf.greaterEqual(tf.randomUniform(x.shape, 0, 1, 'float32', this.stepSeed), this.rate),
        'float32',
      );
      return tf.mul(x, tf.mul(keep, 1 / (1 - this.rate)));
    });
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape | tf.Shape[] {
    return inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), rate: this.rate };
  }
}

tf.serialization.registerClass(GeluLayer);
tf.serialization.registerClass(ScaledEluLayer);
tf.serialization.registerClass(SeededDropoutLayer);
