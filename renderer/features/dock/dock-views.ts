/** The live views of the dock, the tabs that group them, and their test ids: one table, read by the dock and the pop-out. */

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

/** A tab of the dock: the views it shows side by side. */
export interface DockTab {
  id: string;
  title: string;
  views: ViewId[];
}

/** The dock's tabs; the first (the three views a lesson watches together) opens by default. */
export const DOCK_TABS: DockTab[] = [
  { id: 'overview', title: 'Overview', views: ['loss', 'boundary', 'gradients'] },
  { id: 'lesson', title: 'Lesson', views: ['lesson'] },
  { id: 'metrics', title: 'Metrics', views: ['loss', 'accuracy'] },
  { id: 'boundary', title: 'Boundary', views: ['boundary'] },
  { id: 'gradients', title: 'Gradients', views: ['gradients'] },
  { id: 'weights', title: 'Weights', views: ['weights'] },
  { id: 'neurons', title: 'Neurons', views: ['neurons'] },
  { id: 'backprop', title: 'Backprop', views: ['backprop'] },
  { id: 'activations', title: 'Activations', views: ['activations'] },
  { id: 'sweep', title: 'Depth sweep', views: ['sweep'] },
  { id: 'compare', title: 'Compare', views: ['loss', 'gradients', 'runs'] },
  { id: 'classes', title: 'Classes', views: ['confusion', 'misclassified', 'unitImages'] },
];
