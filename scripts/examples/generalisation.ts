/** The NumPy notebook's three toy datasets, each with 40 % held out as a test set. */
import type { DatasetSpec } from '../../src/data';
import { chain, dataset, dense, lesson, training } from './build';
import type { ExampleGroup, Example } from './catalog';

// The notebook's network: 3 sigmoid hidden units and a sigmoid output; test_size=0.4.
const network = chain([...dense(3, 'sigmoid'), ...dense(1, 'sigmoid')]);
const settings = training('sgd', 1, 0, 3000);
const split = (changes: Partial<DatasetSpec>) => dataset({ samples: 200, noise: 0.1, validationSplit: 0.4, standardize: true, ...changes });

function splitLesson(fileName: string, title: string, description: string, what: string, data: DatasetSpec): Example {
  return {
    fileName,
    file: lesson(
      {
        title,
        description,
        notes: [
          'The dataset holds 40 % of the points back as validation (test) points: the ringed points on the boundary view are never trained on.',
          what,
          'Compare the training and validation curves: when they stay together, the boundary generalises; a gap means it learned the training points rather than the shape.',
          'Try it: change the dataset kind to the other two (moons, circles, linear) and train the same network again, or give it 1 or 8 hidden units.',
        ],
      },
      network,
      data,
      settings,
    ),
  };
}

/** Datasets & generalisation: one network, three datasets, a held-out test set. */
export const generalisation: ExampleGroup = {
  title: 'Datasets & generalisation',
  examples: [
    splitLesson(
      'split-circles.mlp',
      'Circles with a test set (2-3-1)',
      'Two concentric circles, 40 % held out for testing, and a network of 3 sigmoid units: three soft lines are just enough to enclose the inner circle. Watch the validation accuracy stay below the training accuracy: the test points show how well the triangle fits a circle.',
      'Three hidden units draw three lines; the output combines them into a triangle-like region around the inner circle.',
      split({ kind: 'circles', factor: 0.5 }),
    ),
    splitLesson(
      'split-moons.mlp',
      'Moons with a test set (2-3-1)',
      'The moons with 40 % held out for testing and only 3 sigmoid units: enough for a bent boundary that scores about as well on the held-out points as on the trained ones.',
      'Three units can bend the boundary once or twice: it passes between the moons but cannot follow their tips exactly.',
      split({ kind: 'moons' }),
    ),
    splitLesson(
      'split-linear.mlp',
      'Linearly separable data with a test set (2-3-1)',
      'Two clouds a straight line separates, 40 % held out for testing: the 3-unit network finds a straight boundary within a few hundred epochs, and the test points score as well as the training points.',
      'One line is all this data needs: the hidden units learn nearly parallel lines.',
      split({ kind: 'linear' }),
    ),
  ],
};
