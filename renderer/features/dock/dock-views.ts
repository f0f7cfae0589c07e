/** The live views of the dock, the tabs that group them, and their test ids: one table, read by the dock and the pop-out. */

/** Every view the dock can show (each also pops out large). */
export type ViewId = 'loss' | 'accuracy' | 'boundary' | 'gradients' | 'weights' | 'neurons';

/** A view's title and the test id of its root element. */
export const VIEWS: Record<ViewId, { title: string; testId: string }> = {
  loss: { title: 'Loss', testId: 'chart-loss' },
  accuracy: { title: 'Accuracy', testId: 'chart-accuracy' },
  boundary: { title: 'Decision boundary', testId: 'boundary' },
  gradients: { title: 'Gradient norm per Linear layer', testId: 'chart-gradients' },
  weights: { title: 'Weights, gradients and activations', testId: 'weights-panel' },
  neurons: { title: 'Neurons over the input plane', testId: 'neurons-panel' },
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
  { id: 'metrics', title: 'Loss & accuracy', views: ['loss', 'accuracy'] },
  { id: 'boundary', title: 'Boundary', views: ['boundary'] },
  { id: 'gradients', title: 'Gradients', views: ['gradients'] },
  { id: 'weights', title: 'Weights', views: ['weights'] },
  { id: 'neurons', title: 'Neurons', views: ['neurons'] },
];
