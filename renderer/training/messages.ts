/**
 * The app's messages to and from its training worker: the engine's protocol (src/training/protocol)
 * plus two requests the app adds around it — racing the backends in 'auto', and each hidden unit's
 * output over the plane. Type-only, so the main thread loads no tfjs by importing it.
 */
import type { BackendTiming, NeuronGrid, WeightValues } from '../../src/training/index';
import type { FromWorker, ToWorker } from '../../src/training/light';

/** UI → worker. `init` with backend 'auto' races the backends first (small networks). */
export type HostRequest =
  | ToWorker
  /** With `moment`: the units drawn at a moment's weights (the timeline is pinned there) instead of the live ones. */
  | { type: 'requestNeuronGrids'; resolution: number; moment?: { step: number; weights: WeightValues[] } };

/** Worker → UI. */
export type HostReport =
  | FromWorker
  /** How each backend did in the race that 'auto' ran, and the one-line verdict. */
  | { type: 'raced'; timings: BackendTiming[]; note: string }
  /**
   * Each hidden unit over the plane at the weights of the 'weights' report just before (or, with `momentStep`, at
   * that moment's weights); null when the data has no 2-D plane.
   */
  | { type: 'neuronGrids'; grids: NeuronGrid[] | null; momentStep?: number };

/** The buffers of a report to transfer rather than copy. */
export function hostTransferables(report: HostReport, engine: (message: FromWorker) => ArrayBuffer[]): ArrayBuffer[] {
  if (report.type === 'raced') return [];
  if (report.type === 'neuronGrids')
    return (report.grids ?? []).map((g) => g.values.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
  return engine(report);
}
