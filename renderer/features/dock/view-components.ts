/** Which component draws each view (the dock and the pop-out render the same one). */
import type { ComponentType } from 'react';
import { BoundaryView } from '../boundary/BoundaryView';
import { BackpropView } from '../backprop/BackpropView';
import { AccuracyChart } from '../charts/AccuracyChart';
import { LossChart } from '../charts/LossChart';
import { GradientChart } from '../gradients/GradientChart';
import { LessonPanel } from '../lesson/LessonPanel';
import { NeuronsPanel } from '../neurons/NeuronsPanel';
import { RunsBoundaryView } from '../runs/RunsBoundaryView';
import { RunsPanel } from '../runs/RunsPanel';
import { withRuns } from '../runs/with-runs';
import { WeightsPanel } from '../weights/WeightsPanel';
import { ConfusionView } from '../classes/ConfusionView';
import { MisclassifiedGallery } from '../classes/MisclassifiedGallery';
import { UnitImagesView } from '../classes/UnitImagesView';
import { lazyComponent } from '../../ui/lazy-component';
import type { ViewId } from './dock-views';

// Views drawn with recharts, and the depth sweep with its worker, load when first shown: none is on screen at start-up.
const ActivationExplorer = lazyComponent(() =>
  import('../activations/ActivationExplorer').then((m) => m.ActivationExplorer),
);
const DepthSweepView = lazyComponent(() => import('../sweep/DepthSweepView').then((m) => m.DepthSweepView));
const RunsGradientChart = lazyComponent(() => import('../runs/RunsGradientChart').then((m) => m.RunsGradientChart));
const RunsLossChart = lazyComponent(() => import('../runs/RunsMetricChart').then((m) => m.RunsLossChart));
const RunsAccuracyChart = lazyComponent(() => import('../runs/RunsMetricChart').then((m) => m.RunsAccuracyChart));

/** The component of each view; `large` is set in the pop-out. */
export const VIEW_COMPONENTS: Record<ViewId, ComponentType<{ large?: boolean }>> = {
  lesson: LessonPanel,
  // With several runs the charts overlay every run instead.
  loss: withRuns(LossChart, RunsLossChart),
  accuracy: withRuns(AccuracyChart, RunsAccuracyChart),
  boundary: withRuns(BoundaryView, RunsBoundaryView),
  gradients: withRuns(GradientChart, RunsGradientChart),
  weights: WeightsPanel,
  neurons: NeuronsPanel,
  backprop: BackpropView,
  activations: ActivationExplorer,
  sweep: DepthSweepView,
  runs: RunsPanel,
  confusion: ConfusionView,
  misclassified: MisclassifiedGallery,
  unitImages: UnitImagesView,
};
