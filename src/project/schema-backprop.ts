/** The schema of `backprop`, the optional settings of the Backprop view of a project. */
import { MAX_SAMPLES } from '../data/limits';
import { flag, record, wholeNumber } from './schema-fields';

/** The Backprop view's settings (optional; files without them open on sample 0 with the app's MSE). */
export const backpropSchema = record(
  {
    sample: wholeNumber(
      'sample',
      0,
      MAX_SAMPLES - 1,
      `the traced sample is an index of the training set, 0 to ${MAX_SAMPLES - 1}`,
    ),
    halveSquaredError: flag(
      'halveSquaredError',
      'halveSquaredError writes MSE as ½(ŷ − y)² in the Backprop view',
    ).optional(),
  },
  'backprop holds the Backprop view settings',
);
