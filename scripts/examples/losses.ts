/** Losses and optimisers: MSE on one-hot targets with mini-batches, cross-entropy with Adam, and a softmax over several classes. */
import { chain, dataset, dense, lesson, training } from './build';
import type { ExampleGroup } from './catalog';

// The PyTorch notebook's blobs: 1000 points in two clusters, 30 % held out.
const blobs = dataset({ kind: 'blobs', samples: 1000, classes: 2, spread: 1.5, noise: 0, validationSplit: 0.3 });

/** Losses & optimisers. */
export const losses: ExampleGroup = {
  title: 'Losses & optimisers',
  examples: [
    {
      fileName: 'blobs-2-10-2-mse.mlp',
      file: lesson(
        {
          title: 'Blobs: 2-10-2 sigmoid, MSE, mini-batches',
          description:
            "The notebook's hand-written backprop network: 10 sigmoid units, 2 sigmoid outputs compared with " +
            'one-hot targets by mean squared error, mini-batches of 100 for 50 epochs, SGD at 0.2: the step the ' +
            "notebook's code really takes at its η 0.1. Each epoch takes 7 steps; from epoch 11 on the " +
            "validation score stays near the notebook's 98 %.",
          notes: [
            'Press Step (one batch): one mini-batch of 100 points moves the weights a little; Step (one epoch) ' +
              'runs the 7 batches of the 700 training points.',
            "Press Train: within 11 epochs the validation accuracy passes 95 %, as the notebook's 97.7 %; the " +
              "MSE ends below the notebook's 0.05 (these blobs overlap less than the notebook's, whose training points stay 4 % wrong).",
            "Why 0.2 and not the notebook's η = 0.1: its backward pass uses ∂L/∂a = 2(a − y)/n, the derivative " +
              'of a mean over the n samples only, while its loss is also a mean over the t = 2 outputs (÷ 2n). ' +
              'The missing 1/t doubles every step: its η 0.1 moves the weights as a correct MSE step of 0.2.',
            "MSE on sigmoid outputs learns slowly where the sigmoid saturates: its gradient carries the factor σ'(z) ≤ 0.25.",
            'Try it: set the batch size to 0 (full batch) or 10 and compare the loss curves; or open "Blobs: ' +
              'softmax, cross-entropy, Adam".',
          ],
        },
        chain([...dense(10, 'sigmoid'), ...dense(2, 'sigmoid')], 'meanSquaredError'),
        blobs,
        training('sgd', 0.2, 100, 50),
      ),
    },
    {
      fileName: 'blobs-softmax-adam.mlp',
      file: lesson(
        {
          title: 'Blobs: softmax, cross-entropy, Adam',
          description:
            'The same blobs and 10 sigmoid units, now with a softmax over 2 outputs, categorical cross-entropy ' +
            "and Adam at 0.015 on batches of 20, as the notebook's PyTorch version. The loss falls within the first epochs.",
          notes: [
            "Press Train and compare the loss curve with the MSE lesson: cross-entropy from logits has no σ' " +
              "factor, and Adam scales each weight's step by its own gradient history.",
            'Try it: switch the optimizer to SGD at the same learning rate, then raise it to 0.5.',
          ],
        },
        chain([...dense(10, 'sigmoid'), ...dense(2, 'softmax')], 'categoricalCrossentropy'),
        blobs,
        training('adam', 0.015, 20, 50),
      ),
    },
    {
      fileName: 'spiral-softmax.mlp',
      file: lesson(
        {
          title: 'Spiral: three classes with softmax',
          description:
            'Three interleaved spiral arms, two ReLU layers of 32 and a softmax over 3 outputs trained with ' +
            'categorical cross-entropy and Adam. Chance is 33 %; watch the boundary wind along the arms until it passes 90 %.',
          notes: [
            'Press Train: the first boundaries are three wedges; as the loss falls they twist into spirals.',
            'Softmax turns the 3 outputs into probabilities that sum to 1; the boundary view colours each region by its most likely class.',
            'Try it: remove one hidden layer, or use 8 units per layer, and see how far the boundary still winds.',
          ],
        },
        chain(
          [...dense(32, 'relu', 'heNormal'), ...dense(32, 'relu', 'heNormal'), ...dense(3, 'softmax')],
          'categoricalCrossentropy',
        ),
        dataset({ kind: 'spiral', samples: 300, classes: 3, noise: 0.02, validationSplit: 0.2 }),
        training('adam', 0.01, 32, 300),
      ),
    },
  ],
};
