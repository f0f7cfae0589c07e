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
import { buildChain, type ChainLayer, createProject, serializeProject, type MlpFile } from '../src/project';

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
