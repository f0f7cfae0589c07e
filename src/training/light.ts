/**
 * The training module's light entry: what the page's thread may import without loading tfjs (the full
 * entry, index.ts, also reaches the engine). Worker code imports index.ts.
 */
export { buildTargets } from './targets';
export { describeBrokenNetwork } from './explosion';
export { DEFAULT_EARLY_STOPPING } from './config';
export type {
  EarlyStoppingConfig,
  EarlyStoppingMonitor,
  OptimizerConfig,
  OptimizerName,
  TrainingConfig,
} from './config';
export type { DepthSweep, DepthSweepPoint, DepthSweepSettings, SweepActivation } from './depth-sweep/settings';
export { sweepCsv } from './depth-sweep/csv';
export {
  DEFAULT_SWEEP_SETTINGS,
  SWEEP_ACTIVATIONS,
  SWEEP_LIMITS,
  sweepSettingsProblem,
  sweepSize,
} from './depth-sweep/settings';
export type { FromSweepWorker, RunSweep } from './worker/protocol';
export { PACE_CHOICES } from './pace';
export type { DivergenceReport, TrainingCounters } from './trainer-types';
export { boundMomentWeights, weightsAtOrBefore } from './moment-weights';
export type { FromWorker, ToWorker, TrainingDocument } from './worker/protocol';
export type { EarlyStopReport } from './early-stopping';
export { assertNever, transferablesOf } from './worker/protocol';
export { appendMoments } from './moments';
export type { ThinnedMoments } from './moments';
export { fastEngineSupport } from './fast/support';
export type { GridExtras, SplitPredictions } from './worker/protocol';
export { diffSettings, networkSignature, sameNetwork } from './document-diff';
export { LEARNING_RATE_RANGE } from './learning-rate';
export { classScores, confusionMatrix, macroF1 } from './confusion';
export type { BackendName, BackendPreference } from './backends';
export type { LayerStats, StatsSample } from './stats';
