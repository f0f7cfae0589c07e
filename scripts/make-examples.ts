/**
 * Writes the example projects offered under Presets to assets/examples/, from the definitions
 * below, so that they stay valid as the format evolves: change a definition or the format, run
 * `npx tsx scripts/make-examples.ts`, and commit the files it writes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATASET } from '../src/data';
import { DEFAULT_TRAINING } from '../src/training/config';
import { buildChain, type ChainLayer, createProject, serializeProject, storeWeights, type MlpFile } from '../src/project';

/** When the examples were written; fixed, so that regenerating them changes nothing that did not change. */
const WRITTEN = '2026-11-22T00:00:00.000Z';

const moons = { ...DEFAULT_DATASET, kind: 'moons' as const, samples: 200, noise: 0.1 };

function sgd(learningRate: number, batchSize: number, epochs: number) {
  return { ...DEFAULT_TRAINING, optimizer: { ...DEFAULT_TRAINING.optimizer, name: 'sgd' as const, learningRate }, batchSize, epochs };
}

function deepStack(activation: 'sigmoid' | 'relu', kernelInitializer: 'glorotUniform' | 'heNormal'): ChainLayer[] {
  const hidden = Array.from({ length: 8 }, (): ChainLayer[] => [
    { kind: 'dense', units: 16, kernelInitializer },
    { kind: 'activation', activation },
  ]).flat();
  // The last Linear feeds a sigmoid, for which Glorot is the matching scale in both networks.
  return [...hidden, { kind: 'dense', units: 1, kernelInitializer: 'glorotUniform' }, { kind: 'activation', activation: 'sigmoid' }];
}

function example(title: string, description: string, notes: string, layers: ChainLayer[], training: MlpFile['training']): MlpFile {
  return createProject({
    meta: { title, description, created: WRITTEN, modified: WRITTEN },
    graph: buildChain(['x1', 'x2'], layers, 'binaryCrossentropy'),
    data: moons,
    training,
    notes,
  });
}

// --- Backprop by hand: the 1-2-1 sigmoid network of the backpropagation notebook ---------------

/** The notebook's sample and weights: hidden unit k has weight wk and bias bk, and one w3 weighs both hidden units into the output. */
const NOTEBOOK = { x: 0.5, y: 0.8, w1: 0.2, b1: 0.4, w2: -0.3, b2: -0.5, w3: 0.1, b3: 0.2 };

/**
 * Input x → Linear 1 (2 units) → Sigmoid → Linear 2 (1 unit) → Sigmoid → Output (MSE), with the
 * notebook's weights stored in the file and its one sample as the data (ten identical rows: a
 * dataset needs ten, and the mean over identical rows is the one sample's loss and gradient).
 */
function backpropByHand(): MlpFile {
  const { x, y, w1, b1, w2, b2, w3, b3 } = NOTEBOOK;
  const graph = buildChain(['x1'], [
    { kind: 'dense', units: 2 },
    { kind: 'activation', activation: 'sigmoid' },
    { kind: 'dense', units: 1 },
    { kind: 'activation', activation: 'sigmoid' },
  ], 'meanSquaredError');
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
      description: 'One input, two sigmoid hidden units, one sigmoid output, MSE, one sample x = 0.5, y = 0.8 and the weights of the worked example. Open the Backprop tab and step through the forward and backward pass: every z, a, δ and ∂L/∂w is shown with its chain-rule formula.',
      created: WRITTEN,
      modified: WRITTEN,
    },
    graph,
    data: { ...DEFAULT_DATASET, kind: 'csv', validationSplit: 0, standardize: false, csv: { fileName: 'one-sample.csv', text, targetColumn: 'y', targetKind: 'number' } },
    training: sgd(0.1, 0, 100),
    notes: [
      'The worked example: x = 0.5, y = 0.8, w1 = 0.2, b1 = 0.4, w2 = −0.3, b2 = −0.5, w3 = 0.1, b3 = 0.2, sigmoid everywhere.',
      'Which weight is which: Linear 1 W[1,1] = w1 and W[1,2] = w2 (x into hidden units 1 and 2), its biases b1, b2; Linear 2 W[1,1] = W[2,1] = w3 (the example uses one w3 for both hidden units), its bias b3.',
      '1. Open the Backprop tab (sample 0 is the only sample) and press Step forward: z1 = w1·x + b1 = 0.5, a1 = σ(z1) ≈ 0.6225, z2 = −0.65, a2 ≈ 0.3430, z3 ≈ 0.2965, ŷ ≈ 0.5736.',
      '2. Tick "½(ŷ − y)²" to use the example\'s loss L = ½(y − ŷ)² ≈ 0.02563 (the app trains with (y − ŷ)², whose gradients are exactly twice as large).',
      '3. Press Step backward: δ3 = (ŷ − y)·σ′(z3) ≈ −0.05537 = ∂L/∂b3; the example\'s ∂L/∂w3 = δ3·(a1 + a2) ≈ −0.05346 is the sum of the two Linear 2 weight gradients.',
      '4. Then δ1 = δ3·w3·σ′(z1) and ∂L/∂w1 = δ1·x. Careful: the example\'s code multiplies by dL_dw3 where δ3 belongs, so its hidden-layer gradients are (a1 + a2) ≈ 0.965 times the true ones shown here.',
      '5. Press Step (one batch) and trace again: the weights moved by −0.1 × (the app\'s) gradient.',
    ].join('\n'),
  });
  // The weights travel as trained state at step 0, so the worker starts from them instead of initialising.
  return { ...file, state: { step: 0, epoch: 0, weights: storeWeights(weights), history: [] } };
}

/** The bundled examples, by file name. */
export function buildExamples(): { fileName: string; file: MlpFile }[] {
  return [
    {
      fileName: 'moons-2-10-1.mlp',
      file: example(
        'Moons: one hidden layer (2-10-1)',
        'The smallest network that bends: 2 inputs, 10 ReLU units, 1 sigmoid output, trained by full-batch gradient descent on two moons. Show how the straight boundary of the first epochs curls between the moons as the loss falls.',
        [
          '1. Press Step (one epoch) a few times: the boundary starts as a straight line, because the untrained net is almost linear.',
          '2. Press Train and watch the decision boundary curl around the moons while the loss curve falls.',
          '3. Compare the training and validation curves: with 200 points and 10 units they stay close.',
          '4. Try it: set the hidden units to 2, or delete the ReLU, and train again; the boundary can no longer bend enough.',
        ].join('\n'),
        [{ kind: 'dense', units: 10 }, { kind: 'activation', activation: 'relu' }, { kind: 'dense', units: 1 }, { kind: 'activation', activation: 'sigmoid' }],
        sgd(0.2, 0, 1000),
      ),
    },
    {
      fileName: 'deep-sigmoid.mlp',
      file: example(
        'Vanishing gradients: 8 sigmoid layers',
        'Eight Linear 16 + Sigmoid layers with Glorot initialisation. The gradient is multiplied by σ′ ≤ 0.25 at every layer on its way back, so the first layers receive almost none: the loss sits at ln 2 ≈ 0.693 and the network does not learn. Show the gradient chart.',
        [
          '1. Press Train and open the gradient chart: the gradient norms fall by orders of magnitude from the last Linear layer back to the first (log scale).',
          "2. Backpropagation multiplies the gradient by σ'(z) = σ(z)(1 − σ(z)) ≤ 0.25 at each sigmoid: after eight of them that factor alone is at most 0.25⁸ ≈ 1/65,000.",
          '3. The loss stays near ln 2 ≈ 0.693, the value of guessing 50/50, and the boundary barely moves.',
          '4. Open "Deep ReLU + He initialisation" next: the same depth learns the moons within the first hundred epochs.',
        ].join('\n'),
        deepStack('sigmoid', 'glorotUniform'),
        sgd(0.1, 32, 300),
      ),
    },
    {
      fileName: 'deep-relu-he.mlp',
      file: example(
        'Deep ReLU + He initialisation',
        'The same eight layers of 16 as "Vanishing gradients", with ReLU and He-normal initialisation: ReLU passes the gradient with slope 1 where a unit is active, and He scaling keeps the signal size from layer to layer, so the first layers learn as fast as the last.',
        [
          '1. Press Train: the gradient norms of all layers stay within about one order of magnitude of each other.',
          "2. relu'(z) is 1 for active units, and He initialisation (variance 2 / fan_in) keeps the activations' scale steady through the layers.",
          '3. The loss leaves 0.693 at once and the boundary wraps the moons.',
          '4. Try it: switch the initialiser of every hidden Linear layer to Zeros, or the activations to Sigmoid, and train again.',
        ].join('\n'),
        deepStack('relu', 'heNormal'),
        sgd(0.1, 32, 300),
      ),
    },
    { fileName: 'backprop-by-hand.mlp', file: backpropByHand() },
  ];
}

/** Where the examples live, relative to this script. */
export const EXAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'examples');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { fileName, file } of buildExamples()) {
    writeFileSync(join(EXAMPLES_DIR, fileName), serializeProject(file));
    console.log(`wrote assets/examples/${fileName}`);
  }
}
