/** The notebook's classic learning rules: projects that open straight into the Classic rules workspace. */
import { DEFAULT_CLASSIC_SETTINGS } from '../../src/classic/settings';
import type { ClassicSettings } from '../../src/classic/types';
import { createProject, type MlpFile } from '../../src/project';
import { WRITTEN } from './build';
import type { ExampleGroup, Example } from './catalog';
import type { LessonText } from './build';

/** A project whose Classic rules workspace is open with `settings`; the canvas keeps the starter network. */
function classicLesson(text: LessonText, settings: Partial<ClassicSettings>): MlpFile {
  return createProject({
    meta: { title: text.title, description: text.description, created: WRITTEN, modified: WRITTEN },
    notes: text.notes.map((line, i) => `${i + 1}. ${line}`).join('\n'),
    classic: { ...DEFAULT_CLASSIC_SETTINGS, ...settings, open: true },
  });
}

/** Rosenblatt's perceptron on two linearly separable blobs, stepping to zero errors. */
export function perceptronBlobs(): Example {
  return {
    fileName: 'classic-perceptron-blobs.mlp',
    file: classicLesson(
      {
        title: 'Perceptron on separable blobs',
        description:
          'One neuron with a unit step learns to separate two blobs by the perceptron rule Δw = η (y − ŷ) x. ' +
          'Press Play and watch the line turn until the errors per epoch reach zero.',
        notes: [
          'Press Step sample a few times: a correctly classified sample changes nothing (Δw = 0), a wrong one moves the line towards it.',
          'Press Play: the errors per epoch fall to 0 and the run stops, converged; the perceptron is guaranteed ' +
            'to get there only because the blobs are linearly separable.',
          'Set Initial weights to Zeros and change η: the line ends in the same place, ' +
            'because from w = 0 the learning rate only scales w.',
          'Pick the XOR or moons dataset: no line separates them, and the errors never reach zero.',
        ],
      },
      { rule: 'perceptron', learningRate: 0.1, epochs: 30 },
    ),
  };
}

/** Adaline at the notebook's two learning rates: one too large (diverges), one too small (crawls). */
export function adalineRates(): Example {
  return {
    fileName: 'classic-adaline-rates.mlp',
    file: classicLesson(
      {
        title: 'Adaline: learning rate too large, too small',
        description:
          'Adaline (Widrow–Hoff) descends the mean squared error of its linear output. On raw features η = 0.1 ' +
          'diverges while η = 0.0001 barely moves; standardising the features lets η = 0.1 converge in a few epochs.',
        notes: [
          'Press Play: the left run stops with a divergence message naming the largest stable η for this data, ' +
            'the right one lowers the cost every epoch but slowly.',
          'Tick Cost on a log scale to see both the blow-up and the slow decline.',
          'Tick Standardise features: the stable limit rises to between 0.5 and 1, and η = 0.1 now converges.',
          'Set Batch size to 1 for stochastic gradient descent: many small updates per epoch instead of one.',
        ],
      },
      { rule: 'adaline', learningRate: 0.1, secondLearningRate: 0.0001, compare: 'rates', epochs: 40, logCost: true },
    ),
  };
}

/** Classic learning rules: the perceptron and Adaline on a single neuron. */
export const classic: ExampleGroup = {
  title: 'Classic learning rules',
  examples: [perceptronBlobs(), adalineRates()],
};
