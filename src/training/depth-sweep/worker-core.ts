/**
 * What runs inside the depth-sweep worker, free of the Worker API so tests can drive it in Node:
 * prepares the project's data, runs the sweep on the cpu backend (the sweep's networks train on the
 * fast engine, which only uses tfjs to draw their initial weights), and posts a message per network.
 */
import { prepareData } from '../../data/prepare';
import { ensureDatasetLoaded } from '../../data/real/load';
import { initBackend } from '../backends';
import type { FromSweepWorker, RunSweep } from './protocol';
import { runDepthSweep } from './run';
import { sweepSettingsProblem, sweepSize } from './settings';

/** Runs one sweep request to its end, posting every point, then 'done' or 'error'. */
export async function handleSweepRequest(
  request: RunSweep,
  post: (message: FromSweepWorker) => void,
  yieldBetween?: () => Promise<void>,
): Promise<void> {
  try {
    const problem = sweepSettingsProblem(request.settings);
    if (problem) throw new Error(problem);
    await initBackend('cpu');
    await ensureDatasetLoaded(request.data);
    const data = prepareData(request.data, request.input);
    const base = { input: request.input, data, training: request.training };
    await runDepthSweep(
      base,
      request.settings,
      (point, done, total) => post({ type: 'point', point, done, total }),
      yieldBetween,
    );
    post({ type: 'done', total: sweepSize(request.settings) });
  } catch (error) {
    post({ type: 'error', message: (error instanceof Error ? error.message : String(error)).replace(/[.\s]+$/, '') });
  }
}
