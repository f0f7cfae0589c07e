/** Tooltip texts for the optimizers: what each does, and its update rule as the engine computes it (g = ∂L/∂w). */
import type { OptimizerName } from '../training/config';

/** One optimizer's display name, sentence and update rule (one step per line). */
export interface OptimizerTip {
  label: string;
  sentence: string;
  rule: string;
}

/** Every optimizer the trainer offers. */
export const OPTIMIZER_TIPS: Record<OptimizerName, OptimizerTip> = {
  sgd: {
    label: 'SGD',
    sentence: 'Steps every weight straight down its gradient, scaled by the learning rate.',
    rule: 'w ← w − η·g',
  },
  momentum: {
    label: 'SGD with momentum',
    sentence:
      'Keeps a running velocity of past gradients, so steps speed up along steady slopes and oscillations cancel.',
    rule: 'v ← μ·v + g\nw ← w − η·v',
  },
  nesterov: {
    label: 'SGD with Nesterov momentum',
    sentence:
      'Momentum that steps with the gradient plus the velocity it is about to have, as if looking one step ' +
      "ahead: scikit-learn's default for its SGD solver.",
    rule: 'v ← μ·v + g\nw ← w − η·(g + μ·v)',
  },
  adam: {
    label: 'Adam',
    sentence:
      'Divides a running mean of the gradient by the root of a running mean of its square, so every weight gets ' +
      'its own step size (bias-corrected early on).',
    rule: 'm ← β₁·m + (1 − β₁)·g,  v ← β₂·v + (1 − β₂)·g²\nm̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)\nw ← w − η·m̂ / (√v̂ + ε)',
  },
  rmsprop: {
    label: 'RMSprop',
    sentence:
      'Divides each step by the root of a running mean of squared gradients, shrinking steps where gradients are ' +
      'large; momentum μ is optional.',
    rule: 's ← ρ·s + (1 − ρ)·g²\nv ← μ·v + η·g / √(s + ε)\nw ← w − v',
  },
  adagrad: {
    label: 'Adagrad',
    sentence:
      'Divides each step by the root of the sum of all past squared gradients, so often-updated weights slow down for good.',
    rule: 'G ← G + g²  (G starts at the initial accumulator)\nw ← w − η·g / √G',
  },
};

/** The tooltip of an optimizer: what it does and its update rule. */
export function optimizerTip(name: OptimizerName): string {
  const t = OPTIMIZER_TIPS[name];
  return `${t.label}: ${t.sentence}\n${t.rule}`;
}
