/** The vanishing-gradient lesson: a deep sigmoid network and its four remedies, one preset each. */
import type { ChainLayer, MlpFile } from '../../src/project';
import { DEFAULT_SWEEP_SETTINGS, type DepthSweep } from '../../src/training/depth-sweep/settings';
import type { ActivationName, InitializerName } from '../../src/graph/types';
import { batchNormStack, chain, dataset, DEEP, dense, groupHidden, lesson, residualStack, training } from './build';
import type { ExampleGroup } from './catalog';

const moons = dataset({ kind: 'moons', samples: 200, noise: 0.1 });
const settings = training('sgd', 0.1, 32, 300);
const SWEEP_NOTE =
  "Open the Depth sweep tab in the dock and press Run sweep: it trains this lesson's kind of network at depths 1 " +
  "to 10 for each activation and plots the first layer's gradient norm against depth.";

/** The depth sweep each lesson opens with: depths 1-10 of 16 units, 100 steps, with the lesson's initialiser. */
function sweepFor(initializer: InitializerName): DepthSweep {
  return {
    settings: {
      ...DEFAULT_SWEEP_SETTINGS,
      minDepth: 1,
      maxDepth: 10,
      width: DEEP.units,
      activations: ['sigmoid', 'tanh', 'relu'],
      initializer,
      steps: 100,
    },
    results: null,
  };
}

/** A lesson with its depth sweep set up. */
function withSweep(file: MlpFile, initializer: InitializerName): MlpFile {
  return { ...file, depthSweep: sweepFor(initializer) };
}

function deepStack(activation: ActivationName, kernel: InitializerName): ChainLayer[] {
  const hidden = Array.from({ length: DEEP.layers }, () => dense(DEEP.units, activation, kernel)).flat();
  // The last Linear feeds a sigmoid, for which Glorot is the matching scale in every network.
  return [...hidden, ...dense(1, 'sigmoid', 'glorotUniform')];
}

/** Vanishing gradients. */
export const vanishing: ExampleGroup = {
  title: 'Vanishing gradients',
  examples: [
    {
      fileName: 'deep-sigmoid.mlp',
      file: withSweep(
        lesson(
          {
            title: 'Vanishing gradients: 8 sigmoid layers',
            description:
              'Eight Linear 16 + Sigmoid layers with Glorot initialisation. The gradient is multiplied by σ′ ≤ ' +
              '0.25 at every layer on its way back, so the first layers receive almost none: the loss sits at ln ' +
              '2 ≈ 0.693 and the network does not learn. Show the gradient chart.',
            notes: [
              'Press Train and open the gradient chart: the gradient norms fall by orders of magnitude from the ' +
                'last Linear layer back to the first (log scale).',
              "Backpropagation multiplies the gradient by σ'(z) = σ(z)(1 − σ(z)) ≤ 0.25 at each sigmoid: after " +
                'eight of them that factor alone is at most 0.25⁸ ≈ 1/65,000.',
              'The loss stays near ln 2 ≈ 0.693, the value of guessing 50/50, and the boundary barely moves.',
              'The four remedies are presets of their own: "Deep ReLU", "Deep ReLU + He initialisation", "Deep ' +
                'sigmoid + BatchNorm" and "Deep sigmoid + skip connections".',
              SWEEP_NOTE,
            ],
          },
          groupHidden(chain(deepStack('sigmoid', 'glorotUniform')), 2),
          moons,
          settings,
        ),
        'glorotUniform',
      ),
    },
    {
      fileName: 'deep-relu.mlp',
      file: withSweep(
        lesson(
          {
            title: 'Remedy 1: deep ReLU',
            description:
              'The same eight layers with ReLU instead of Sigmoid, still Glorot-initialised: relu′ is 1 wherever ' +
              'a unit is active, so the gradient reaching the first layer grows by orders of magnitude and the loss leaves ln 2.',
            notes: [
              "Press Train and open the gradient chart: the first layer's gradient is now of the same order as " +
                "the last layer's, instead of 10,000 times smaller.",
              "What is still off: Glorot's variance 2/(fan_in + fan_out) suits tanh; a ReLU zeroes half its " +
                "inputs, halving the signal's variance at each layer, so the activations shrink towards the " +
                'output. "Deep ReLU + He initialisation" keeps their scale.',
              SWEEP_NOTE,
            ],
          },
          groupHidden(chain(deepStack('relu', 'glorotUniform')), 2),
          moons,
          settings,
        ),
        'glorotUniform',
      ),
    },
    {
      fileName: 'deep-relu-he.mlp',
      file: withSweep(
        lesson(
          {
            title: 'Remedy 2: deep ReLU + He initialisation',
            description:
              'The same eight layers of 16 with ReLU and He-normal initialisation: ReLU passes the gradient with ' +
              'slope 1 where a unit is active, and He scaling (variance 2/fan_in) keeps the signal size from ' +
              'layer to layer, so the first layers learn as fast as the last.',
            notes: [
              'Press Train: the gradient norms of all layers stay within about one order of magnitude of each other.',
              "relu'(z) is 1 for active units, and He initialisation (variance 2 / fan_in) keeps the " +
                "activations' scale steady through the layers.",
              'The loss leaves 0.693 at once and the boundary wraps the moons.',
              'Try it: switch the initialiser of every hidden Linear layer to Zeros, or the activations to Sigmoid, and train again.',
              SWEEP_NOTE,
            ],
          },
          groupHidden(chain(deepStack('relu', 'heNormal')), 2),
          moons,
          settings,
        ),
        'heNormal',
      ),
    },
    {
      fileName: 'deep-sigmoid-batchnorm.mlp',
      file: withSweep(
        lesson(
          {
            title: 'Remedy 3: deep sigmoid + BatchNorm',
            description:
              'The eight sigmoid layers again, each Linear followed by BatchNorm: every sigmoid now sees inputs ' +
              "of mean 0 and variance 1, where σ′ is near its maximum, and BatchNorm's backward pass rescales " +
              'the gradient by 1/σ of each batch, so it no longer shrinks layer after layer.',
            notes: [
              "Press Train and open the gradient chart: the first layer's gradient is of the same order as the last one's.",
              'BatchNorm computes y = γ(x − μ)/√(σ² + ε) + β over each batch; γ and β are trained, μ and σ² are averaged for inference.',
              'This network trains on the tfjs engine (the fast engine does not run BatchNorm).',
              SWEEP_NOTE,
            ],
          },
          groupHidden(batchNormStack(), 3),
          moons,
          settings,
        ),
        'glorotUniform',
      ),
    },
    {
      fileName: 'deep-sigmoid-skip.mlp',
      file: withSweep(
        lesson(
          {
            title: 'Remedy 4: deep sigmoid + skip connections',
            description:
              'The eight sigmoid layers with a skip connection around each of the last seven: h ← h + σ(Wh + b), ' +
              'joined by Add nodes. The Add passes the gradient back unchanged, so the first layer receives a ' +
              'thousand times more of it than without the shortcuts, and the loss leaves ln 2.',
            notes: [
              "Press Train and open the gradient chart: the first Linear layer's gradient is now within a few " +
                "tens of the last one's, instead of 10,000 times smaller.",
              "∂(h + f(h))/∂h = 1 + ∂f/∂h: the 1 is the gradient's shortcut past every sigmoid.",
              "Try it: delete one of the skip edges into an Add and watch the Add's error; reconnect it.",
              SWEEP_NOTE,
            ],
          },
          residualStack(),
          moons,
          settings,
        ),
        'glorotUniform',
      ),
    },
  ],
};
