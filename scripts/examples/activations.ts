/** The activation notebook's experiment: the same network with and without a non-linearity on the inner/outer Gaussians. */
import { chain, dataset, dense, lesson, training } from './build';
import type { ExampleGroup } from './catalog';

// The notebook's data: 100 points N(0, 0.5²) inside, 100 points N((0, 3), 1.5²) around them. Most
// outer points lie above the inner cloud, so a line already scores above 90 %; seed 7 draws more of
// them beside and below it, where the line's mistakes show.
const gaussians = dataset({ kind: 'gaussians', samples: 200, noise: 0, spread: 1, seed: 7, standardize: true });
const settings = training('sgd', 0.5, 0, 2000);

/** Why activations: a network without one is a straight line, whatever its width. */
export const activations: ExampleGroup = {
  title: 'Why activations',
  examples: [
    {
      fileName: 'gaussians-no-activation.mlp',
      file: lesson(
        {
          title: 'Inner/outer Gaussians: no activation',
          description:
            'A hidden layer of 16 units with no activation: Linear after Linear is one linear map, so the ' +
            'boundary can only be a straight line. It separates the inner cloud from the top of the outer one ' +
            'and misclassifies the outer points beside and below the inner cloud.',
          notes: [
            'Press Train: the boundary is a straight line from the first epoch to the last; more units or epochs cannot bend it.',
            'Look below and beside the inner cloud: the outer points there stay on the wrong side. Most outer ' +
              'points lie above the inner cloud, so the line still scores above 90 %: the failure is in the shape, not in the number.',
            'W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂): the two Linear layers collapse into one.',
            'Open "Inner/outer Gaussians: sigmoid" next, or drop a Sigmoid between the two Linear nodes yourself and train again.',
          ],
        },
        chain([...dense(16, null), ...dense(1, 'sigmoid')]),
        gaussians,
        settings,
      ),
    },
    {
      fileName: 'gaussians-sigmoid.mlp',
      file: lesson(
        {
          title: 'Inner/outer Gaussians: sigmoid',
          description:
            'The same 16 hidden units with a Sigmoid after them: now the boundary bends around the inner cloud ' +
            'and gets outer points beside and below it right, so it beats the straight line on both the training ' +
            'and the validation points.',
          notes: [
            'Press Train: the boundary starts straight, then bends into a wedge around the inner cloud. It stays ' +
              'open towards the bottom and sides, where there are few outer points to push it closed, so it is ' +
              'no oval: a closed region needs more outer points around the cloud (raise the samples) or more training.',
            'Compare the accuracy with "Inner/outer Gaussians: no activation": the points below and beside the ' +
              'inner cloud are now classified correctly.',
            'Open the Neurons tab: each sigmoid unit is a soft step along one direction; the output adds the ' +
              'steps into the bent region you see.',
            "Try it (the notebook's exercises): train for 10 epochs only, change the learning rate, or use 2 or 4 hidden units.",
          ],
        },
        chain([...dense(16, 'sigmoid'), ...dense(1, 'sigmoid')]),
        gaussians,
        settings,
      ),
    },
    {
      fileName: 'circles-no-activation.mlp',
      file: lesson(
        {
          title: 'Circles: no activation',
          description:
            'Where a line cannot help at all: two concentric circles and the same 16 hidden units without an ' +
            'activation. The boundary is a straight line through the rings and the accuracy stays near 50 %, chance.',
          notes: [
            'Press Train: the loss stays near ln 2 ≈ 0.693 and the accuracy near 50 %; any line cuts both rings in half.',
            'Select the Linear 1 → Linear 2 edge and drop a Sigmoid or ReLU between them (or open "Circles with ' +
              'a test set"): the boundary closes around the inner ring.',
          ],
        },
        chain([...dense(16, null), ...dense(1, 'sigmoid')]),
        dataset({ kind: 'circles', samples: 200, noise: 0.1, factor: 0.5, standardize: true }),
        settings,
      ),
    },
  ],
};
