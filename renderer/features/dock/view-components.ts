/** Which component draws each view (the dock and the pop-out render the same one). */
import type { ComponentType } from 'react';
import { BoundaryView } from '../boundary/BoundaryView';
import { ActivationExplorer } from '../activations/ActivationExplorer';
import { BackpropView } from '../backprop/BackpropView';
import { AccuracyChart } from '../charts/AccuracyChart';
import { LossChart } from '../charts/LossChart';
import { GradientChart } from '../gradients/GradientChart';
import { LessonPanel } from '../lesson/LessonPanel';
import { NeuronsPanel } from '../neurons/NeuronsPanel';
import { DepthSweepView } from '../sweep/DepthSweepView';
import { RunsBoundaryView } from '../runs/RunsBoundaryView';
import { RunsGradientChart } from '../runs/RunsGradientChart';
import { RunsAccuracyChart, RunsLossChart } from '../runs/RunsMetricChart';
import { RunsPanel } from '../runs/RunsPanel';
import { withRuns } from '../runs/with-runs';
import { WeightsPanel } from '../weights/WeightsPanel';
import type { ViewId } from './dock-views';

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
};
