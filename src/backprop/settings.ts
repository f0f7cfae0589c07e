/** The Backprop view's settings a project keeps, so that a lesson file opens on its sample and its loss convention. */
export interface BackpropSettings {
  /** Index of the traced sample in the training set. */
  sample: number;
  /**
   * Read only from files written before the ½(ŷ − y)² choice became a training setting
   * (`training.halveSquaredError`, which trains with it too); parsing moves it there.
   */
  halveSquaredError?: boolean;
}

/** What a project without saved settings shows: the first training sample. */
export const DEFAULT_BACKPROP_SETTINGS: BackpropSettings = { sample: 0 };
