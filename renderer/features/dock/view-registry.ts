/**
 * The one registry of the dock's live views: each view's id, titles, test id and the component that draws it (the
 * dock and the pop-out render the same one). The dock reaches the view folders only through this file.
 */
import type { ComponentType } from 'react';
import { BoundaryView } from '../boundary/BoundaryView';
import { AccuracyChart } from '../charts/AccuracyChart';
import { LossChart } from '../charts/LossChart';
import { GradientChart } from '../gradients/GradientChart';
import { RunsBoundaryView } from '../runs/RunsBoundaryView';
import { withRuns } from '../runs/with-runs';
import { lazyComponent } from '../../ui/lazy-component';
import { VIEWS, type ViewId } from '../../ui/views/view-meta';

// Every view but the first tab's (loss, accuracy, boundary, gradients) loads when first shown: recharts, the depth
// sweep with its worker, and the other tabs' code stay off the start-up path.
const LessonPanel = lazyComponent(() => import('../lesson/LessonPanel').then((m) => m.LessonPanel));
const WeightsPanel = lazyComponent(() => import('../weights/WeightsPanel').then((m) => m.WeightsPanel));
const NeuronsPanel = lazyComponent(() => import('../neurons/NeuronsPanel').then((m) => m.NeuronsPanel));
const BackpropView = lazyComponent(() => import('../backprop/BackpropView').then((m) => m.BackpropView));
const RunsPanel = lazyComponent(() => import('../runs/RunsPanel').then((m) => m.RunsPanel));
const ConfusionView = lazyComponent(() => import('../classes/ConfusionView').then((m) => m.ConfusionView));
const MisclassifiedGallery = lazyComponent(() =>
  import('../classes/MisclassifiedGallery').then((m) => m.MisclassifiedGallery),
);
const UnitImagesView = lazyComponent(() => import('../classes/UnitImagesView').then((m) => m.UnitImagesView));
const ActivationExplorer = lazyComponent(() =>
  import('../activations/ActivationExplorer').then((m) => m.ActivationExplorer),
);
const DepthSweepView = lazyComponent(() => import('../sweep/DepthSweepView').then((m) => m.DepthSweepView));
const RunsGradientChart = lazyComponent(() => import('../runs/RunsGradientChart').then((m) => m.RunsGradientChart));
const RunsLossChart = lazyComponent(() => import('../runs/RunsMetricChart').then((m) => m.RunsLossChart));
const RunsAccuracyChart = lazyComponent(() => import('../runs/RunsMetricChart').then((m) => m.RunsAccuracyChart));

/** A live view the dock can show in a tab and pop out large; `large` is set in the pop-out. */
export interface DockView {
  id: ViewId;
  /** The tab-sized title. */
  short: string;
  /** The full title (pop-out, tooltips). */
  title: string;
  /** The test id of the view's root element. */
  testId: string;
  component: ComponentType<{ large?: boolean }>;
}

const view = (id: ViewId, component: DockView['component']): DockView => ({ id, ...VIEWS[id], component });

/** Every view of the dock; with several runs the loss, accuracy, boundary and gradient views overlay every run instead. */
export const VIEW_REGISTRY: readonly DockView[] = [
  view('lesson', LessonPanel),
  view('loss', withRuns(LossChart, RunsLossChart)),
  view('accuracy', withRuns(AccuracyChart, RunsAccuracyChart)),
  view('boundary', withRuns(BoundaryView, RunsBoundaryView)),
  view('gradients', withRuns(GradientChart, RunsGradientChart)),
  view('weights', WeightsPanel),
  view('neurons', NeuronsPanel),
  view('backprop', BackpropView),
  view('activations', ActivationExplorer),
  view('sweep', DepthSweepView),
  view('runs', RunsPanel),
  view('confusion', ConfusionView),
  view('misclassified', MisclassifiedGallery),
  view('unitImages', UnitImagesView),
];

const BY_ID = new Map(VIEW_REGISTRY.map((entry) => [entry.id, entry]));

/** The registered view `id`; throws, naming the id, when the registry lacks it (add an entry to VIEW_REGISTRY). */
export function dockView(id: ViewId): DockView {
  const entry = BY_ID.get(id);
  if (!entry)
    throw new Error(`The dock has no view "${id}": add it to VIEW_REGISTRY in features/dock/view-registry.ts.`);
  return entry;
}

/** The newest loss and accuracy shown in the dock's bar, beside the tabs. */
export { MetricReadout } from '../readout/MetricReadout';
