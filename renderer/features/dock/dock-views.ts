/** The dock's tabs and the views each shows side by side. */
import type { ViewId } from '../../ui/views/view-meta';

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
