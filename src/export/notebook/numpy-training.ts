/**
 * The NumPy flavour's training: the loss and its gradient as the app computes them (from the
 * logits under a final Sigmoid/Softmax), the L1/L2 penalty, the optimizer with tfjs's update
 * formulas term for term, evaluation, and the loop over the app's batches.
 */
import type { OptimizerConfig, TrainingConfig } from '../../training/config';
import type { NetworkPlan } from '../network-plan';
import { numberLiteral } from '../python';
import { headIdents } from './numpy-network';

/** Python lines of `targets_of(labels)` and `loss_and_gradient(values, targets)`. */
export function lossLines(plan: NetworkPlan, halveSquaredError: boolean): string[] {
  const width = plan.outputWidth;
  const targets = [
    'def targets_of(labels):',
    width === 1
      ? '    """The label itself is the target of the single output."""'
      : '    """One-hot rows: class c sets column c."""',
    width === 1 ? '    return labels.reshape(-1, 1)' : `    return np.eye(${width})[labels.astype(int)]`,
    '',
    '',
    'def loss_and_gradient(values, y):',
  ];
  const logits = plan.head.kind === 'logits';
  switch (plan.loss) {
    case 'binaryCrossentropy':
      return logits
        ? [
            ...targets,
            '    """Binary cross-entropy from the logits z (exact): max(z, 0) − z·y + ln(1 + e^−|z|); ∂/∂z = (σ(z) − y)/N."""',
            '    e = np.exp(-np.abs(values))',
            '    loss = np.mean(np.maximum(values, 0) - values * y + np.log1p(e))',
            '    return loss, (np.where(values >= 0, 1.0, e) / (1 + e) - y) / values.size',
          ]
        : [
            ...targets,
            '    """Binary cross-entropy of the probabilities p, clipped to [1e-7, 1 − 1e-7] (no gradient where clipped)."""',
            '    q = np.clip(values, EPSILON, 1 - EPSILON)',
            '    loss = -np.mean(y * np.log(q) + (1 - y) * np.log1p(-q))',
            '    return loss, np.where(q == values, -(y / q - (1 - y) / (1 - q)) / values.size, 0.0)',
          ];
    case 'categoricalCrossentropy':
      return logits
        ? [
            ...targets,
            '    """Categorical cross-entropy from the logits z: −Σ y·log softmax(z) per row, mean over rows."""',
            '    shifted = values - values.max(axis=1, keepdims=True)',
            '    log_softmax = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))',
            '    rows = len(values)',
            '    loss = -(y * log_softmax).sum() / rows',
            '    return loss, (np.exp(log_softmax) * y.sum(axis=1, keepdims=True) - y) / rows',
          ]
        : [
            ...targets,
            '    """Categorical cross-entropy of the probabilities p, clipped to [1e-7, 1], mean over rows."""',
            '    q = np.clip(values, EPSILON, 1)',
            '    rows = len(values)',
            '    loss = -(y * np.log(q)).sum() / rows',
            '    return loss, np.where(q == values, -y / q / rows, 0.0)',
          ];
    case 'meanSquaredError':
      return halveSquaredError
        ? [
            ...targets,
            '    """Half the mean squared error, ½·mean (p − y)², the textbook convention; ∂/∂p = (p − y)/N."""',
            '    diff = values - y',
            '    return 0.5 * np.mean(diff * diff), diff / values.size',
          ]
        : [
            ...targets,
            '    """Mean squared error, mean (p − y)²; ∂/∂p = 2(p − y)/N."""',
            '    diff = values - y',
            '    return np.mean(diff * diff), 2 * diff / values.size',
          ];
    default: {
      const unknown: never = plan.loss;
      throw new Error(`Unknown loss '${String(unknown)}'.`);
    }
  }
}

/** Python lines of the penalty (λ₁·Σ|W| + λ₂·ΣW² over Linear kernels) and its gradient. */
export function penaltyLines(plan: NetworkPlan, training: TrainingConfig): string[] {
  const terms: string[] = [];
  for (const { node, ident } of plan.nodes) {
    if (node.kind !== 'dense') continue;
    const l1 = node.params.l1 + training.l1;
    const l2 = node.params.l2 + training.l2;
    if (l1 !== 0 || l2 !== 0) terms.push(`    ('${ident}.kernel', ${numberLiteral(l1)}, ${numberLiteral(l2)}),`);
  }
  return [
    "# L1/L2 on the Linear kernels (each node's own λ plus the global one): λ₁·Σ|W| + λ₂·ΣW², no ½.",
    terms.length > 0 ? 'PENALTIES = [' : 'PENALTIES = []  # no L1/L2 in this project',
    ...(terms.length > 0 ? [...terms, ']'] : []),
    '',
    '',
    'def penalty():',
    '    return sum(l1 * np.abs(params[name]).sum() + l2 * np.square(params[name]).sum() for name, l1, l2 in PENALTIES)',
    '',
    '',
    'def add_penalty_gradients(grads):',
    '    """λ₁·sign(W) (−1 at 0, as the app takes it) + 2λ₂·W."""',
    '    for name, l1, l2 in PENALTIES:',
    '        w = params[name]',
    '        grads[name] = grads[name] + np.where(w > 0, l1, -l1) + 2 * l2 * w',
  ];
}

function updateBody(config: OptimizerConfig): string[] {
  switch (config.name) {
    case 'sgd':
      return ['        params[name] += NEGATIVE_RATE * g'];
    case 'momentum':
      return [
        '        a = state[name][0] = MOMENTUM * state[name][0] + g',
        '        params[name] += NEGATIVE_RATE * a',
      ];
    case 'nesterov':
      return [
        '        a = state[name][0] = MOMENTUM * state[name][0] + g',
        '        params[name] += NEGATIVE_RATE * (g + a * MOMENTUM)',
      ];
    case 'adam':
      return [
        '        m = state[name][0] = state[name][0] * BETA1 + g * (1 - BETA1)',
        '        v = state[name][1] = state[name][1] * BETA2 + g * g * (1 - BETA2)',
        "        params[name] += (m / (1 - powers['beta1']) / (np.sqrt(v / (1 - powers['beta2'])) + EPSILON_ADAM)) * -LEARNING_RATE",
      ];
    case 'rmsprop':
      return [
        '        s = state[name][0] = state[name][0] * RHO + g * g * (1 - RHO)',
        '        a = state[name][1] = state[name][1] * MOMENTUM + g * LEARNING_RATE / np.sqrt(s + EPSILON_RMSPROP)',
        '        params[name] -= a',
      ];
    case 'adagrad':
      return [
        '        s = state[name][0] = state[name][0] + g * g',
        '        params[name] += (g / np.sqrt(s + 1e-7)) * -LEARNING_RATE  # tfjs adds its own ε, 1e-7',
      ];
    default: {
      const unknown: never = config.name;
      throw new Error(`Unknown optimizer '${String(unknown)}'.`);
    }
  }
}

const OPTIMIZER_TITLES: Record<OptimizerConfig['name'], string> = {
  sgd: 'SGD: w ← w − η·g',
  momentum: 'SGD with momentum: a ← μ·a + g; w ← w − η·a',
  nesterov: 'SGD with Nesterov momentum: a ← μ·a + g; w ← w − η·(g + μ·a)',
  adam: 'Adam: m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; w ← w − η·m̂/(√v̂ + ε)',
  rmsprop: 'RMSprop: s ← ρs + (1−ρ)g²; a ← μ·a + η·g/√(s + ε); w ← w − a',
  adagrad: 'Adagrad: s ← s + g² (from its initial value); w ← w − η·g/√(s + 1e-7)',
};

/** Python lines of the optimizer's constants, its state and `update(grads)`. */
export function optimizerLines(config: OptimizerConfig): string[] {
  const constants = [`LEARNING_RATE = ${numberLiteral(config.learningRate)}`];
  if (config.name === 'sgd' || config.name === 'momentum' || config.name === 'nesterov')
    constants.push('NEGATIVE_RATE = float(np.float32(-LEARNING_RATE))  # the app holds −η as a float32');
  if (config.name === 'momentum' || config.name === 'nesterov' || config.name === 'rmsprop')
    constants.push(`MOMENTUM = ${numberLiteral(config.momentum)}`);
  if (config.name === 'adam')
    constants.push(
      `BETA1 = ${numberLiteral(config.beta1)}`,
      `BETA2 = ${numberLiteral(config.beta2)}`,
      `EPSILON_ADAM = ${numberLiteral(config.epsilon)}`,
      '# β₁ᵗ and β₂ᵗ, kept as float32 running products as the app keeps them.',
      'powers = {"beta1": float(np.float32(BETA1)), "beta2": float(np.float32(BETA2))}',
    );
  if (config.name === 'rmsprop')
    constants.push(`RHO = ${numberLiteral(config.rho)}`, `EPSILON_RMSPROP = ${numberLiteral(config.epsilon)}`);
  const start =
    config.name === 'adagrad'
      ? `np.full_like(w, ${numberLiteral(config.initialAccumulatorValue)})`
      : 'np.zeros_like(w)';
  const slots = config.name === 'adam' || config.name === 'rmsprop' ? 2 : 1;
  const state =
    config.name === 'sgd'
      ? []
      : [`state = {name: [${Array.from({ length: slots }, () => start).join(', ')}] for name, w in params.items()}`];
  return [
    `# ${OPTIMIZER_TITLES[config.name]}`,
    ...constants,
    ...state,
    '',
    '',
    'def update(grads):',
    '    """One optimizer step on every weight, from its gradient."""',
    '    for name, g in grads.items():',
    ...updateBody(config),
    ...(config.name === 'adam'
      ? [
          "    powers['beta1'] = float(np.float32(powers['beta1'] * BETA1))",
          "    powers['beta2'] = float(np.float32(powers['beta2'] * BETA2))",
        ]
      : []),
  ];
}

/** Python lines of `evaluate(x, labels)`: the loss (no penalty) and accuracy of a whole set, as the app charts them. */
export function evaluationLines(plan: NetworkPlan, classify: boolean): string[] {
  const { head } = headIdents(plan);
  const threshold = plan.head.kind === 'logits' ? '0.0' : '0.5';
  const accuracy =
    plan.outputWidth === 1
      ? `float(np.mean((values[:, 0] >= ${threshold}) == (labels == 1)))`
      : 'float(np.mean(values.argmax(axis=1) == labels))';
  return [
    `HEAD = '${head}'  # the node whose output the loss reads`,
    '',
    '',
    'def evaluate(x, labels):',
    '    """Loss (without the penalty) and accuracy of a whole set, as the app charts them."""',
    '    if len(x) == 0:',
    "        return float('nan'), float('nan')",
    '    values = forward(x)[HEAD]',
    '    loss, _ = loss_and_gradient(values, targets_of(labels))',
    `    return float(loss), ${classify ? accuracy : "float('nan')"}`,
  ];
}
