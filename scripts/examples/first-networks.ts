/** Lessons of the first notebooks: one and two hidden layers on the moons, and a wider net on noisy moons. */
import { chain, dataset, dense, lesson, training } from './build';
import type { ExampleGroup } from './catalog';

// The moons are not centred (x1 spans -1…2, x2 -0.5…1) and the network's biases start at zero, so
// every ReLU's kink starts through the origin at the edge of the data; standardising centres the
// data on those kinks, and He initialisation (variance 2/fan_in) gives ReLU units the scale Glorot
// gives tanh. Without both, 1000 full-batch epochs at 0.2 leave the moons' tips misclassified.
const moons = dataset({ kind: 'moons', samples: 200, noise: 0.1, standardize: true });

/** Basics: the notebooks' first networks on the moons. */
export const firstNetworks: ExampleGroup = {
  title: 'First networks',
  examples: [
    {
      fileName: 'moons-2-10-1.mlp',
      file: lesson(
        {
          title: 'Moons: one hidden layer (2-10-1)',
          description:
            'The smallest network that bends: 2 inputs, 10 ReLU units, 1 sigmoid output, full-batch gradient descent at 0.2 for 1000 epochs on two moons. Watch the straight first boundary curl between the moons; it ends above 95 % on training and validation points.',
          notes: [
            'Press Step (one epoch) a few times: the boundary starts almost straight, because the untrained net is nearly linear.',
            'Press Train and watch the decision boundary curl around the moons while the loss falls; after 1000 epochs both accuracies are above 95 %.',
            'The data is standardised (Dataset panel) and the first Linear layer starts He-normal: centred data and ReLU-sized weights let every unit bend the boundary from the first epoch.',
            'Try it: set the hidden units to 2, 4, 8 or 16, or change the ReLU to Tanh (the notebook\'s exercises), and train again.',
          ],
        },
        chain([...dense(10, 'relu', 'heNormal'), ...dense(1, 'sigmoid')]),
        moons,
        training('sgd', 0.2, 0, 1000),
      ),
    },
    {
      fileName: 'moons-two-hidden.mlp',
      file: lesson(
        {
          title: 'Moons: two hidden layers (2-10-10-1)',
          description:
            'A second hidden layer composes the first one\'s bends: 2-10-10-1 with ReLU, the same moons and full-batch SGD at 0.2. It fits the moons in fewer epochs than one hidden layer; compare the gradient norm of each Linear layer.',
          notes: [
            'Press Train: the loss falls faster than with one hidden layer, and the boundary wraps the moons within about 300 epochs.',
            'Open the Gradients tab: the three Linear layers receive gradients of similar size, so all of them learn.',
            'The second layer combines the first layer\'s half-planes into curved regions: open the Neurons tab to see what each unit of each layer responds to.',
            'Try it: shrink both hidden layers to 2 units, and train again.',
          ],
        },
        chain([...dense(10, 'relu', 'heNormal'), ...dense(10, 'relu', 'heNormal'), ...dense(1, 'sigmoid')]),
        moons,
        training('sgd', 0.2, 0, 500),
      ),
    },
    {
      fileName: 'moons-32-noisy.mlp',
      file: lesson(
        {
          title: 'Noisy moons: 32 ReLU units',
          description:
            'The scikit-learn and PyTorch notebook\'s network: 32 ReLU units on 100 moons with noise 0.25, full-batch SGD at 0.2 for 1000 epochs. With this much noise no boundary separates every point: the network ends near 95 % and the boundary keeps growing detail around single noisy points.',
          notes: [
            'Press Train: the loss falls fast at first, then slowly, while the boundary keeps getting more detailed.',
            'Compare the training and validation curves: the gap that opens is the network fitting the noise (overfitting).',
            'Try it: set noise to 0.1 and regenerate, then to 0.4; or add an L2 penalty of 0.001 in the Training settings and watch the boundary smooth out.',
          ],
        },
        chain([...dense(32, 'relu', 'heNormal'), ...dense(1, 'sigmoid')]),
        dataset({ kind: 'moons', samples: 100, noise: 0.25, standardize: true }),
        training('sgd', 0.2, 0, 1000),
      ),
    },
  ],
};
