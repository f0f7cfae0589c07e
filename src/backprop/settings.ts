/** The Backprop view's settings a project keeps, so that a lesson file opens on its sample and its loss convention. */
export interface BackpropSettings {
  /** Index of the traced sample in the training set. */
  sample: number;
  /** Write MSE as ½(ŷ − y)², the textbook convention (halves the loss and every gradient shown; training is unchanged). */
  halveSquaredError: boolean;
}

/** What a project without saved settings shows: the first training sample, the app's own MSE. */
export const DEFAULT_BACKPROP_SETTINGS: BackpropSettings = { sample: 0, halveSquaredError: false };
