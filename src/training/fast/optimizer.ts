/**
 * The optimizers of optimizers.ts on Float32Arrays, with tfjs-core 4.22's update formulas term for
 * term (epsilon placement, bias correction, the −η factor), so that the fast engine and the tfjs
 * path move the weights alike:
 *   sgd       w ← w + (−η)·g
 *   momentum  a ← μ·a + g;  w ← w + (−η)·a
 *   nesterov  a ← μ·a + g;  w ← w + (−η)·(g + μ·a)
 *   adam      m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  w ← w − η·(m/(1−β₁ᵗ)) / (√(v/(1−β₂ᵗ)) + ε)
 *   rmsprop   s ← ρs + (1−ρ)g²;  a ← μ·a + η·g/√(s + ε);  w ← w − a
 *   adagrad   s ← s + g² (s₀ = initialAccumulatorValue);  w ← w − η·g/√(s + 1e-7)  (tfjs uses its backend's ε, not the config's)
 */
import type { OptimizerConfig } from '../config';
import { checkLearningRate, createOptimizer, disposeOptimizer } from '../optimizers';

/** tfjs's float32 backend epsilon, which its Adagrad adds under the square root. */
const BACKEND_EPSILON = 1e-7;

/** The optimizer's state: per-parameter arrays and Adam's running powers β₁ᵗ, β₂ᵗ. */
export interface OptimizerState {
  slots: Float32Array[][];
  accBeta1: number;
  accBeta2: number;
}

/** Arrays of state each parameter carries under an optimizer. */
function slotCount(name: OptimizerConfig['name']): number {
  return name === 'adam' || name === 'rmsprop' ? 2 : name === 'sgd' ? 0 : 1;
}

/**
 * Validates `config` exactly as the tfjs path does (same errors for a person) by creating the tfjs
 * optimizer once and freeing it at once; the fast engine never trains with it.
 */
function validate(config: OptimizerConfig): void {
  disposeOptimizer(createOptimizer(config));
}

/** An optimizer over the fast engine's parameters; state is allocated once, updates allocate nothing. */
export class FastOptimizer {
  private state: OptimizerState;

  /** `sizes` are the parameters' lengths, in the order apply() receives them. Throws on an invalid config. */
  constructor(
    readonly config: OptimizerConfig,
    private readonly sizes: number[],
  ) {
    validate(config);
    this.config = { ...config };
    this.state = this.freshState();
  }

  /** The state of an optimizer that has not stepped: zero moments, Adagrad's accumulators at their initial value. */
  freshState(): OptimizerState {
    const count = slotCount(this.config.name);
    const fill = this.config.name === 'adagrad' ? this.config.initialAccumulatorValue : 0;
    return {
      slots: this.sizes.map((size) => Array.from({ length: count }, () => new Float32Array(size).fill(fill))),
      accBeta1: Math.fround(this.config.beta1),
      accBeta2: Math.fround(this.config.beta2),
    };
  }

  /** Changes η from the next update on; the state is kept. */
  setLearningRate(learningRate: number): void {
    checkLearningRate(learningRate);
    this.config.learningRate = learningRate;
  }

  /** Copies the state into `target` (arrays of the same sizes, reused between snapshots). */
  saveInto(target: OptimizerState): void {
    this.state.slots.forEach((arrays, p) => arrays.forEach((a, s) => target.slots[p][s].set(a)));
    target.accBeta1 = this.state.accBeta1;
    target.accBeta2 = this.state.accBeta2;
  }

  /** Puts back a state saved by saveInto (or a freshState). */
  restoreFrom(source: OptimizerState): void {
    source.slots.forEach((arrays, p) => arrays.forEach((a, s) => this.state.slots[p][s].set(a)));
    this.state.accBeta1 = source.accBeta1;
    this.state.accBeta2 = source.accBeta2;
  }

  /** One update of every parameter from its gradient (values[p] -= step of grads[p]). */
  apply(values: Float32Array[], grads: Float32Array[]): void {
    const { name, learningRate, momentum, beta1, beta2, epsilon, rho } = this.config;
    // tfjs holds −η, β₁ᵗ and β₂ᵗ as float32 scalars.
    const negativeRate = Math.fround(-learningRate);
    const correction1 = 1 - this.state.accBeta1;
    const correction2 = 1 - this.state.accBeta2;
    for (let p = 0; p < values.length; p++) {
      const w = values[p];
      const g = grads[p];
      const slots = this.state.slots[p];
      const s0 = slots[0];
      const s1 = slots[1];
      const n = w.length;
      switch (name) {
        case 'sgd':
          sgd(w, g, negativeRate);
          break;
        case 'momentum':
          for (let i = 0; i < n; i++) {
            s0[i] = momentum * s0[i] + g[i];
            w[i] += negativeRate * s0[i];
          }
          break;
        case 'nesterov':
          for (let i = 0; i < n; i++) {
            s0[i] = momentum * s0[i] + g[i];
            w[i] += negativeRate * (g[i] + s0[i] * momentum);
          }
          break;
        case 'adam':
          for (let i = 0; i < n; i++) {
            s0[i] = s0[i] * beta1 + g[i] * (1 - beta1);
            s1[i] = s1[i] * beta2 + g[i] * g[i] * (1 - beta2);
            w[i] += (s0[i] / correction1 / (Math.sqrt(s1[i] / correction2) + epsilon)) * -learningRate;
          }
          break;
        case 'rmsprop':
          for (let i = 0; i < n; i++) {
            s0[i] = s0[i] * rho + g[i] * g[i] * (1 - rho);
            s1[i] = s1[i] * momentum + (g[i] * learningRate) / Math.sqrt(s0[i] + epsilon);
            w[i] -= s1[i];
          }
          break;
        case 'adagrad':
          for (let i = 0; i < n; i++) {
            s0[i] += g[i] * g[i];
            w[i] += (g[i] / Math.sqrt(s0[i] + BACKEND_EPSILON)) * -learningRate;
          }
          break;
        default: {
          const unknown: never = name;
          throw new Error(`Unknown optimizer '${String(unknown)}'.`);
        }
      }
    }
    if (name === 'adam') {
      this.state.accBeta1 = Math.fround(this.state.accBeta1 * beta1);
      this.state.accBeta2 = Math.fround(this.state.accBeta2 * beta2);
    }
  }
}

/**
 * w += (−η)·g, four elements per iteration: V8 compiles this loop about 1.5× faster than the
 * one-element loop (measured on 100 k weights), and SGD's update is a sizeable part of an MNIST step.
 */
function sgd(w: Float32Array, g: Float32Array, negativeRate: number): void {
  const n = w.length;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    w[i] += negativeRate * g[i];
    w[i + 1] += negativeRate * g[i + 1];
    w[i + 2] += negativeRate * g[i + 2];
    w[i + 3] += negativeRate * g[i + 3];
  }
  for (; i < n; i++) w[i] += negativeRate * g[i];
}
