/** The backpropagation notebook's worked example: a 1-2-1 sigmoid network, one sample, the weights given. */
import { DEFAULT_DATASET } from '../../src/data';
import { buildChain, createProject, storeWeights, type MlpFile } from '../../src/project';
import { training, WRITTEN } from './build';
import type { ExampleGroup } from './catalog';

/** The notebook's sample and weights: hidden unit k has weight wk and bias bk, and one w3 weighs both hidden units into the output. */
const NOTEBOOK = { x: 0.5, y: 0.8, w1: 0.2, b1: 0.4, w2: -0.3, b2: -0.5, w3: 0.1, b3: 0.2 };

/**
 * Input x → Linear 1 (2 units) → Sigmoid → Linear 2 (1 unit) → Sigmoid → Output (MSE), with the
 * notebook's weights stored in the file and its one sample as the data (ten identical rows: a
 * dataset needs ten, and the mean over identical rows is the one sample's loss and gradient).
 */
function backpropByHand(): MlpFile {
  const { x, y, w1, b1, w2, b2, w3, b3 } = NOTEBOOK;
  const graph = buildChain(
    ['x1'],
    [
      { kind: 'dense', units: 2 },
      { kind: 'activation', activation: 'sigmoid' },
      { kind: 'dense', units: 1 },
      { kind: 'activation', activation: 'sigmoid' },
    ],
    'meanSquaredError',
  );
  const input = graph.nodes[0];
  if (input.kind === 'input') input.params = { source: 'table', features: ['x1'], columns: 1 };
  const text = ['x,y', ...Array.from({ length: 10 }, () => `${x},${y}`)].join('\n');
  const weights = [
    { nodeId: 'dense-1', name: 'kernel', shape: [1, 2], values: Float32Array.from([w1, w2]) },
    { nodeId: 'dense-1', name: 'bias', shape: [2], values: Float32Array.from([b1, b2]) },
    { nodeId: 'dense-2', name: 'kernel', shape: [2, 1], values: Float32Array.from([w3, w3]) },
    { nodeId: 'dense-2', name: 'bias', shape: [1], values: Float32Array.from([b3]) },
  ];
  const file = createProject({
    meta: {
      title: 'Backprop by hand: the 1-2-1 sigmoid network',
      description:
        'One input, two sigmoid hidden units, one sigmoid output, MSE, one sample x = 0.5, y = 0.8 and the ' +
        'weights of the worked example. Open the Backprop tab and step through the forward and backward pass: ' +
        'every z, a, δ and ∂L/∂w is shown with its chain-rule formula.',
      created: WRITTEN,
      modified: WRITTEN,
    },
    graph,
    data: {
      ...DEFAULT_DATASET,
      kind: 'csv',
      validationSplit: 0,
      standardize: false,
      csv: { fileName: 'one-sample.csv', text, targetColumn: 'y', targetKind: 'number' },
    },
    // The example's loss is ½(y − ŷ)², and training uses it too, so one Step makes the example's update.
    training: { ...training('sgd', 0.1, 0, 100), halveSquaredError: true },
    notes: [
      'The worked example: x = 0.5, y = 0.8, w1 = 0.2, b1 = 0.4, w2 = −0.3, b2 = −0.5, w3 = 0.1, b3 = 0.2, sigmoid everywhere.',
      'Which weight is which: Linear 1 W[1,1] = w1 and W[1,2] = w2 (x into hidden units 1 and 2), its biases b1, ' +
        'b2; Linear 2 W[1,1] = W[2,1] = w3 (the example uses one w3 for both hidden units), its bias b3.',
      '1. Open the Backprop tab (sample 0 is the only sample) and press Step forward: z1 = w1·x + b1 = 0.5, a1 = ' +
        'σ(z1) ≈ 0.6225, z2 = −0.65, a2 ≈ 0.3430, z3 ≈ 0.2965, ŷ ≈ 0.5736.',
      '2. The loss is the example\'s L = ½(y − ŷ)² ≈ 0.02563 ("½(ŷ − y)²" is ticked, and training uses it too); ' +
        "untick it for the app's usual (y − ŷ)², whose loss, gradients and steps are exactly twice as large.",
      "3. Press Step backward: δ3 = (ŷ − y)·σ′(z3) ≈ −0.05537 = ∂L/∂b3; the example's ∂L/∂w3 = δ3·(a1 + a2) ≈ " +
        '−0.05346 is the sum of the two Linear 2 weight gradients. ' +
        'The bias row lists each b with ∂L/∂b and its update Δ = −η·∂L/∂b.',
      "4. Then δ1 = δ3·w3·σ′(z1) and ∂L/∂w1 = δ1·x ≈ −6.507e-4. Careful: the example's code multiplies by dL_dw3 " +
        'where δ3 belongs, so its hidden-layer gradients are (a1 + a2) ≈ 0.9654 times the true ones: it prints ' +
        '−6.2818e-4 for ∂L/∂w1 instead of −6.507e-4, and −6.0237e-4 for ∂L/∂w2 instead of −6.239e-4.',
      "5. Press Step (one batch) and trace again: the weights moved by −0.1 × the gradient. The example's one w3 " +
        'moves by the sum of the two Linear 2 updates, to 0.1053461 as it prints; w1 moves to 0.2000651, where ' +
        'the example prints 0.2000628 because of its slip.',
    ].join('\n'),
  });
  // The weights travel as trained state at step 0, so the worker starts from them instead of initialising.
  return { ...file, state: { step: 0, epoch: 0, weights: storeWeights(weights), history: [] } };
}

/** Backprop by hand: the worked example, ready to trace in the Backprop tab. */
export const backprop: ExampleGroup = {
  title: 'Backprop by hand',
  examples: [{ fileName: 'backprop-by-hand.mlp', file: backpropByHand() }],
};
