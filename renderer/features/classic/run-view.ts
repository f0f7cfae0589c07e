/** Plain snapshots of classic runs for React to draw, and the session that steps them together. */
import {
  ClassicRun,
  isFullBatch,
  plannedRuns,
  prepareClassicData,
  type PreparedClassicData,
  type ClassicSettings,
  type DivergenceReport,
  type EpochRecord,
  type RuleConfig,
  type RunStatus,
  type UpdateTrace,
} from '../../../src/classic/index';

/** What a lane of the workspace shows of one run, copied out of the mutable run. */
export interface RunView {
  title: string;
  config: RuleConfig;
  threshold: number;
  records: readonly EpochRecord[];
  w: [number, number];
  b: number;
  epoch: number;
  /** Samples visited in the current epoch. */
  position: number;
  status: RunStatus;
  divergence: DivergenceReport | null;
  lastUpdate: UpdateTrace | null;
  /** Whether one update is one whole epoch (Adaline, full batch): then Step sample has nothing smaller to do. */
  fullBatch: boolean;
}

/** Copies what the lane draws out of `run` (records are copied, so React sees a new array). */
export function viewOf(title: string, run: ClassicRun): RunView {
  return {
    title,
    config: run.config,
    threshold: run.threshold,
    records: run.records.slice(),
    w: [run.neuron.w[0], run.neuron.w[1]],
    b: run.neuron.b,
    epoch: run.epoch,
    position: run.position,
    status: run.status,
    divergence: run.divergence,
    lastUpdate: run.lastUpdate,
    fullBatch: isFullBatch(run.config, run.data.n),
  };
}

/** The data and the runs the settings ask for, or the reason the data cannot be made. */
export interface ClassicSession {
  data: PreparedClassicData | null;
  error: string | null;
  runs: { title: string; run: ClassicRun }[];
}

/** Prepares the data and fresh runs for `settings` (a bad dataset setting gives an error and no runs). */
export function createSession(settings: ClassicSettings): ClassicSession {
  let data: PreparedClassicData;
  try {
    data = prepareClassicData(settings.data);
  } catch (error) {
    return { data: null, error: error instanceof Error ? error.message : String(error), runs: [] };
  }
  const runs = plannedRuns(settings).map(({ title, config }) => ({ title, run: new ClassicRun(data, config) }));
  return { data, error: null, runs };
}

/** Whether any run can still change and has not reached the epoch limit. */
export function canContinue(session: ClassicSession, epochs: number): boolean {
  return session.runs.some(({ run }) => run.status === 'learning' && run.epoch < epochs);
}

/** Advances every run that is still learning by one epoch (the rest of the current one). */
export function stepSessionEpoch(session: ClassicSession): void {
  for (const { run } of session.runs) run.stepEpoch();
}

/** Advances every run that is still learning by one update (one sample, or one batch for Adaline). */
export function stepSessionUpdate(session: ClassicSession): void {
  for (const { run } of session.runs) run.stepUpdate();
}
