/** What an export reads from the store: the project's title, its document and the app's current weights. */
import type { ExportProject } from '../../../src/export/index';
import type { AppState } from '../../store/types';
import { exportTitle } from '../../ui/export-names';

/** Where the weights come from: the training slice, and while runs are compared the active run's trace. */
export type WeightsSource = Pick<AppState, 'training'> & Partial<Pick<AppState, 'document' | 'comparison'>>;

/**
 * The app's current weights and the step they were read at: while runs are compared, those of the
 * active run (the run group trains it, not the single-run client); otherwise the training slice's.
 * Null before the engine reported any.
 */
export function currentWeights(
  state: WeightsSource,
): { weights: NonNullable<AppState['training']['weights']>; step: number } | null {
  const active = state.document?.runs?.active;
  const trace = active !== undefined ? state.comparison?.traces.get(active) : undefined;
  if (trace?.weights && trace.weights.weights.length > 0) return trace.weights;
  const { weights, weightsAt } = state.training;
  return weights && weights.length > 0 ? { weights, step: weightsAt?.step ?? 0 } : null;
}

/** The project as the code generators take it, with the app's weights when `withWeights` and there are any. */
export function exportProjectOf(
  state: Pick<AppState, 'document' | 'view' | 'training'> & Partial<Pick<AppState, 'comparison'>>,
  withWeights: boolean,
): ExportProject {
  const { graph, data, training } = state.document;
  const current = withWeights ? currentWeights(state) : null;
  return {
    title: exportTitle(state),
    graph,
    data,
    training,
    ...(current ? { weights: current.weights, weightsStep: current.step } : {}),
  };
}
