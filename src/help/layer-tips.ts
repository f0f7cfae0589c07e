/**
 * Tooltip texts for the node kinds and the choices inside them (activations, initialisers, losses):
 * one plain sentence of what each does, then its maths on lines of their own, in Unicode.
 */
import type { ActivationName, InitializerName, LossName, NodeKind, PlaneFeature } from '../graph/types';
import { ACTIVATIONS } from '../layers/activation';
import { INITIALIZERS } from '../layers/initializers';
import { LOSSES } from '../layers/output';

/** What each node kind does to the numbers flowing through it. */
export const NODE_KIND_TIPS: Record<NodeKind, string> = {
  input:
    'Where each sample enters the network: the point (x1, x2) turned into the chosen features (x1², x1·x2, sin ' +
    'x1, …) or the table’s columns, one number per feature.',
  dense:
    'Linear (fully connected) layer: every output is a weighted sum of every input plus a bias.\ny = xW + b, W: ' +
    'in × units, b: units\nparameters = in·units + units',
  activation:
    'Applies a non-linearity to every number, a = f(z); backpropagation multiplies the gradient by f′(z), and ' +
    'without it stacked Linear layers collapse into one linear map.',
  dropout:
    'While training, zeroes each value with probability p and scales the survivors by 1/(1 − p), so the network ' +
    'cannot lean on any single unit; at evaluation it passes everything through.',
  batchNorm:
    'Normalises each feature with the mean and variance of the batch, then rescales it with a learned γ and β, ' +
    'which keeps the signal and its gradient well scaled in deep networks.\nx̂ = (x − μ_B) / √(σ²_B + ε), y = ' +
    'γ·x̂ + β\nAt evaluation, moving averages of μ and σ² (updated with the momentum) replace the batch’s.',
  add:
    'Adds its inputs element by element, all of the same width: a skip (residual) connection, whose ' +
    'derivative of 1 carries the gradient past the layers it skips.\ny = x₁ + x₂ + …',
  concat:
    'Joins its inputs side by side; its width is the sum of theirs, and each input gets its own slice of the ' +
    'gradient back.\ny = [x₁, x₂, …]',
  output:
    'Ends the network: the prediction ŷ it receives is scored against the targets y by the loss L, and training ' +
    'moves every weight downhill on L.',
};

/** What each plane feature an Input can compute from the point (x1, x2) adds. */
export const PLANE_FEATURE_TIPS: Record<PlaneFeature, string> = {
  x1: 'x1: the point’s first coordinate, as it is.',
  x2: 'x2: the point’s second coordinate, as it is.',
  x1Squared: 'x1²: with x2² it lets even a network without hidden layers draw a circle (x1² + x2² = r²).',
  x2Squared: 'x2²: with x1² it lets even a network without hidden layers draw a circle (x1² + x2² = r²).',
  x1x2: 'x1·x2: positive in two opposite quadrants and negative in the others — XOR in one feature.',
  sinX1: 'sin(x1): a wave along x1, which helps with spirals and other periodic patterns.',
  sinX2: 'sin(x2): a wave along x2, which helps with spirals and other periodic patterns.',
};

/** What each activation is for, in a sentence (the formulas come from ACTIVATIONS). */
export const ACTIVATION_TIPS: Record<ActivationName, string> = {
  sigmoid:
    'Squashes z into (0, 1), read as a probability; it saturates for large |z|, and its slope of at most 0.25 ' +
    'shrinks the gradient at every layer (vanishing gradients).',
  tanh: 'Squashes z into (−1, 1) around zero; steeper than the sigmoid (slope up to 1) but it still saturates for large |z|.',
  relu:
    'Passes positive z and zeroes the rest: cheap and unsaturated for z > 0, but a unit whose z stays ' +
    'negative is dead and gets no gradient.',
  leakyRelu: 'Like ReLU, but lets a small slope α through for z ≤ 0, so no unit dies.',
  elu: 'Like ReLU for z > 0, and a smooth curve down towards −α below zero, which keeps the mean activation near zero.',
  softplus: 'A smooth ReLU: about z for large z and about 0 for very negative z; its slope is the sigmoid.',
  gelu: 'A smooth ReLU that weights z by how likely a standard normal is to lie below it, z·Φ(z), shown here in its tanh approximation.',
  linear: 'Passes z through unchanged: for a regression output, or to switch a layer’s non-linearity off.',
  softmax:
    'Turns one sample’s scores into probabilities that sum to 1 across the classes; pair it with categorical cross-entropy.',
};

/** What each initialiser is for (the draw rules come from INITIALIZERS). */
export const INITIALIZER_TIPS: Record<InitializerName, string> = {
  zeros:
    'Every value starts at 0: the usual choice for biases, but as weights every unit of a layer stays identical forever.',
  ones: 'Every value starts at 1: units start identical, as with zeros — a counter-example more than a choice.',
  randomNormal: 'Draws from a normal distribution of the standard deviation you set, whatever the layer’s width.',
  randomUniform: 'Draws uniformly between −limit and +limit, whatever the layer’s width.',
  glorotUniform:
    'Glorot (Xavier): scaled by fan-in and fan-out so the signal keeps its variance forwards and backwards; suits sigmoid and tanh.',
  glorotNormal:
    'Glorot (Xavier) from a normal: variance 2/(fan_in + fan_out) keeps the signal’s variance forwards and ' +
    'backwards; suits sigmoid and tanh.',
  heNormal: 'He (Kaiming) from a normal: variance 2/fan_in makes up for ReLU zeroing half the units; suits ReLU.',
  heUniform: 'He (Kaiming), uniform: variance 2/fan_in makes up for ReLU zeroing half the units; suits ReLU.',
  leCunNormal:
    'LeCun from a normal: variance 1/fan_in keeps the signal’s variance through each layer; suits SELU and tanh.',
  leCunUniform:
    'LeCun, uniform: variance 1/fan_in keeps the signal’s variance through each layer; suits SELU and tanh.',
};

/** What each loss is for (the formulas come from LOSSES). */
export const LOSS_TIPS: Record<LossName, string> = {
  binaryCrossentropy:
    'Two classes: one sigmoid output p = P(class 1); it punishes a confident wrong answer without bound.',
  categoricalCrossentropy: 'Several classes: a softmax output with one unit per class and one-hot targets.',
  meanSquaredError: 'Numbers (regression): the mean squared error, whose gradient 2(ŷ − y)/n grows with the error.',
};

/** Writes primes as primes (f′), whatever the formula tables use. */
function primes(text: string): string {
  return text.replace(/'/g, '′');
}

/** The tooltip of a node kind. */
export function nodeKindTip(kind: NodeKind): string {
  return NODE_KIND_TIPS[kind];
}

/** The tooltip of an activation: what it does, f(z) and f′(z). */
export function activationTip(name: ActivationName): string {
  const info = ACTIVATIONS[name];
  return `${info.label}: ${ACTIVATION_TIPS[name]}\n${info.formula}\n${primes(info.derivative)}`;
}

/** The tooltip of an initialiser: what it is for and the distribution it draws from. */
export function initializerTip(name: InitializerName): string {
  const info = INITIALIZERS[name];
  return `${info.label}: ${INITIALIZER_TIPS[name]}\n${info.rule}`;
}

/** The tooltip of a loss: what it is for and its formula. */
export function lossTip(name: LossName): string {
  const info = LOSSES[name];
  return `${info.label}: ${LOSS_TIPS[name]}\n${info.formula}`;
}
