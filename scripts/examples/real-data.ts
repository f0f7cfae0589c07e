/**
 * Lessons on the bundled real data sets: digits with one hidden layer, why standardisation matters
 * (breast cancer), overfitting a small set (wine) and vanishing gradients on real data (digits).
 */
import type { DatasetSpec } from '../../src/data';
import type { ActivationName, Graph, InitializerName, LossName } from '../../src/graph/types';
import { buildChain, type ChainLayer } from '../../src/project';
import type { TrainingConfig } from '../../src/training/config';
import { dataset, dense, groupHidden, lesson, training } from './build';
import type { ExampleGroup } from './catalog';

/** Input (the table's `columns` columns) → layers → Output(loss). */
function tableChain(columns: number, layers: ChainLayer[], loss: LossName): Graph {
  const graph = buildChain(['x1', 'x2'], layers, loss);
  const nodes = graph.nodes.map((node) =>
    node.kind === 'input' ? { ...node, params: { source: 'table' as const, features: [], columns } } : node,
  );
  return { ...graph, nodes };
}

/** `count` hidden Linear(units) + activation blocks. */
function stack(count: number, units: number, activation: ActivationName, kernel?: InitializerName): ChainLayer[] {
  return Array.from({ length: count }, () => dense(units, activation, kernel)).flat();
}

const digits = dataset({ kind: 'digits', standardize: true });
const softmax10 = dense(10, 'softmax');
const cce = 'categoricalCrossentropy';

const cancer = (standardize: boolean): DatasetSpec =>
  dataset({ kind: 'breastCancer', standardize, validationSplit: 0.3 });
const cancerNetwork = tableChain(30, [...dense(16, 'relu'), ...dense(1, 'sigmoid')], 'binaryCrossentropy');

/** Wine with three quarters held out: 44 training wines for a network of 5,251 weights. */
const wine = dataset({ kind: 'wine', standardize: true, validationSplit: 0.75 });
const wineNetwork = tableChain(13, [...dense(64, 'relu'), ...dense(64, 'relu'), ...dense(3, 'softmax')], cce);
const wineTraining: TrainingConfig = training('adam', 0.01, 8, 150);

/** The deep digits networks: 8 hidden blocks of 32 units, shown as blocks on the canvas. */
const deepDigits = (activation: ActivationName, kernel: InitializerName) =>
  groupHidden(tableChain(64, [...stack(8, 32, activation, kernel), ...softmax10], cce), 2);

/** Real data: the UCI classics and handwritten digits. */
export const realData: ExampleGroup = {
  title: 'Real data',
  examples: [
    {
      fileName: 'digits-one-hidden.mlp',
      file: lesson(
        {
          title: 'Digits: one hidden layer (64-32-10)',
          description:
            'The 1,797 handwritten 8 × 8 digits, standardised, into 32 ReLU units and a softmax over the ten ' +
            'classes. In 20 epochs of SGD it recognises at least 95 % of the held-out digits (about 97 % over seeds).',
          notes: [
            'Each sample is an 8 × 8 picture: its 64 pixel values (ink counts 0-16) are the 64 inputs. A fifth of ' +
              'the digits are held back for validation.',
            'Press Train and watch the validation accuracy: it passes 90 % within a couple of epochs and ends near 97 %.',
            "Open the Weights view: each hidden unit's 64 incoming weights can be drawn as an 8 × 8 image. They " +
              'start as noise and become stroke detectors: blobs of positive and negative weight where a stroke of ' +
              'one digit differs from another.',
            'Try it: 8 hidden units instead of 32, or no hidden layer at all (64-10, multinomial logistic ' +
              'regression), still reach about 95 %: the digits are nearly linearly separable in 64 dimensions.',
          ],
        },
        tableChain(64, [...dense(32, 'relu'), ...softmax10], cce),
        digits,
        training('sgd', 0.1, 32, 20),
      ),
    },
    {
      fileName: 'cancer-standardised.mlp',
      file: lesson(
        {
          title: 'Breast cancer, standardised (30-16-1)',
          description:
            'Thirty measurements of cell nuclei, each standardised to mean 0 and variance 1 on the training set: ' +
            'a small network tells malignant from benign for at least 95 % of the held-out masses within 30 epochs.',
          notes: [
            'The features have wildly different scales: mean area runs from 144 to 2,501, mean smoothness from ' +
              '0.05 to 0.16. Standardisation (in the Dataset panel) rescales each column by its training mean ' +
              'and standard deviation.',
            'Press Train: the loss falls at once and the validation accuracy passes 95 %.',
            'Now open the lesson "Breast cancer, raw features": the same network and settings without ' +
              'standardisation.',
          ],
        },
        cancerNetwork,
        cancer(true),
        training('sgd', 0.1, 32, 30),
      ),
    },
    {
      fileName: 'cancer-raw.mlp',
      file: lesson(
        {
          title: 'Breast cancer, raw features',
          description:
            'The same network and settings without standardisation: the areas in the thousands saturate the ' +
            'network, and it settles on calling every mass benign, the 62.6 % majority, for every seed.',
          notes: [
            'Press Train: the loss drops to about 0.66 and stays; the accuracy is exactly the share of benign ' +
              'masses among the validation points.',
            'With inputs in the thousands, the first steps make the hidden ReLUs either huge or dead; the gradient ' +
              'that would rescue them is dominated by the largest columns, and a learning rate small enough for ' +
              'those is far too small for the rest.',
            'Tick "Standardise features" in the Dataset panel and train again: the same network reaches 95 % or more.',
          ],
        },
        cancerNetwork,
        cancer(false),
        training('sgd', 0.1, 32, 30),
      ),
    },
    {
      fileName: 'wine-overfit.mlp',
      file: lesson(
        {
          title: 'Wine: overfitting a small set',
          description:
            'Only 44 wines to train on and a network of 5,251 weights: the training loss falls to zero while the ' +
            'validation loss, lowest after a few epochs, climbs again to well above its minimum.',
          notes: [
            'Three quarters of the 178 wines are held out, so 44 remain to train on: few enough to memorise.',
            'Press Train and watch the loss chart: both losses fall for a few epochs, then the validation loss ' +
              'turns upwards while the training loss keeps falling towards zero.',
            'The validation accuracy changes much less: the network stays right on most wines but becomes ' +
              'over-confident on the ones it gets wrong, and the cross-entropy punishes that.',
            'Open "Wine: early stopping" for the remedy, or add an L2 penalty or Dropout here and compare.',
          ],
        },
        wineNetwork,
        wine,
        wineTraining,
      ),
    },
    {
      fileName: 'wine-early-stopping.mlp',
      file: lesson(
        {
          title: 'Wine: early stopping',
          description:
            'The overfitting wine network with early stopping: the run ends 10 epochs after the validation loss ' +
            'stops improving and restores the best weights, still recognising at least 90 % of the held-out wines.',
          notes: [
            'Early stopping (Training settings) watches the validation loss with a patience of 10 epochs.',
            'Press Train: the run stops by itself within a few dozen epochs instead of 150, and the weights of ' +
              'the epoch with the lowest validation loss are put back.',
            'Compare the final validation loss with the overfitting lesson: lower, for a fraction of the training.',
          ],
        },
        wineNetwork,
        wine,
        {
          ...wineTraining,
          earlyStopping: {
            enabled: true,
            monitor: 'validationLoss',
            patience: 10,
            minDelta: 0.0001,
            restoreBest: true,
          },
        },
      ),
    },
    {
      fileName: 'digits-deep-sigmoid.mlp',
      file: lesson(
        {
          title: 'Digits: vanishing gradients in 8 sigmoid layers',
          description:
            'Eight Linear 32 + Sigmoid layers on the digits: the gradient reaching the first layer is a ' +
            'thousandth of the last one, and the network stays at chance (10 %, loss ln 10 ≈ 2.30).',
          notes: [
            'Press Train and open the gradient chart: the first layers receive almost no gradient (log scale).',
            'Each sigmoid multiplies the gradient by at most 0.25 on its way back, so the first layers hardly move ' +
              'and the last layers see features that carry no information.',
            'The loss sits at ln 10 ≈ 2.30, the value of guessing each of the ten digits with probability 0.1.',
            'The remedy is the next lesson: "Digits: deep ReLU + He initialisation".',
          ],
        },
        deepDigits('sigmoid', 'glorotUniform'),
        digits,
        training('sgd', 0.1, 32, 30),
      ),
    },
    {
      fileName: 'digits-deep-relu-he.mlp',
      file: lesson(
        {
          title: 'Digits: deep ReLU + He initialisation',
          description:
            'The same eight layers with ReLU and He initialisation: the gradient reaches the first layer at ' +
            'full strength and the deep network recognises at least 90 % of the held-out digits within 10 epochs.',
          notes: [
            "ReLU's derivative is 1 wherever a unit is active, and He initialisation keeps the activations' " +
              'variance constant from layer to layer, so the gradient neither vanishes nor explodes.',
            'Press Train and compare the gradient chart with the sigmoid lesson: the bars are of similar height ' +
              'from the last layer to the first.',
            'It learns no better than the one-hidden-layer lesson: depth is not needed for the digits, but it ' +
              'no longer prevents learning.',
          ],
        },
        deepDigits('relu', 'heNormal'),
        digits,
        training('sgd', 0.1, 32, 30),
      ),
    },
  ],
};
