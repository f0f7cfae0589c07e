/** The live views' ids, titles and test ids: shared by the frame each view sits in, the views themselves and the dock. */

/** Every view the dock can show (each also pops out large). */
export type ViewId =
  | 'lesson'
  | 'loss'
  | 'accuracy'
  | 'boundary'
  | 'gradients'
  | 'weights'
  | 'neurons'
  | 'backprop'
  | 'activations'
  | 'sweep'
  | 'runs'
  | 'confusion'
  | 'misclassified'
  | 'unitImages';

/** A view's title (short in the dock, full in the pop-out) and the test id of its root element. */
export const VIEWS: Record<ViewId, { short: string; title: string; testId: string }> = {
  lesson: { short: 'Lesson', title: 'The lesson, step by step', testId: 'lesson-panel' },
  loss: { short: 'Loss', title: 'Loss per epoch', testId: 'chart-loss' },
  accuracy: { short: 'Accuracy', title: 'Accuracy per epoch', testId: 'chart-accuracy' },
  boundary: { short: 'Boundary', title: 'Decision boundary over the data', testId: 'boundary' },
  gradients: { short: 'Gradients', title: 'Gradient norm ‖∂L/∂W‖ per Linear layer', testId: 'chart-gradients' },
  weights: { short: 'Weights', title: 'Weights, gradients and activations per layer', testId: 'weights-panel' },
  neurons: { short: 'Neurons', title: 'Each hidden unit over the input plane', testId: 'neurons-panel' },
  backprop: { short: 'Backprop', title: 'Backpropagation of one sample, step by step', testId: 'backprop-panel' },
  activations: {
    short: 'Activations',
    title: 'Activation functions, their derivatives and where z falls',
    testId: 'activation-explorer',
  },
  sweep: {
    short: 'Depth sweep',
    title: 'Depth sweep: first-layer gradient norm ‖∂L/∂W₁‖ against depth',
    testId: 'depth-sweep',
  },
  runs: { short: 'Runs', title: 'Runs side by side: what differs and how each started', testId: 'runs-panel' },
  confusion: {
    short: 'Confusion',
    title: 'Confusion matrix, with each class’s precision, recall and F1',
    testId: 'confusion-view',
  },
  misclassified: {
    short: 'Misclassified',
    title: 'Validation samples the network gets wrong',
    testId: 'misclassified-view',
  },
  unitImages: {
    short: 'First-layer weights',
    title: 'Each first-layer unit’s weights as an image',
    testId: 'unit-images-view',
  },
};
