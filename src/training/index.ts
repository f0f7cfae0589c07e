/** The training engine's public API: compile a graph, train it, read its statistics, talk to it through the worker protocol. */
export {
  buildModel,
  ModelBuildError,
  type BuildOptions,
  type CompiledModel,
  type LossHead,
  type NodeWeight,
} from './compile';
export { Trainer, type TrainerDocument } from './trainer';
export {
  chooseEngine,
  createEngine,
  multiplyAddsPerStep,
  TFJS_FROM_MULTIPLY_ADDS,
  type EngineChoice,
  type EngineKind,
  type EngineLayout,
  type EnginePreference,
  type TrainingEngine,
} from './engine';
export { FastTrainer } from './fast/trainer';
export { FAST_NODE_KINDS, fastEngineSupport, type FastSupport } from './fast/support';
export type { DivergenceReport, StepResult, TrainingCounters } from './trainer-types';
export type { TrainingData, SplitRows } from './device-data';
export type { EvaluationMetrics } from './metrics';
export type { ActivationStats, Histogram, LayerStats, ParameterStats, StatsSample } from './stats';
export { HISTOGRAM_BINS } from './histogram';
export { gridChannels, gridPoints, MAX_GRID_RESOLUTION, type GridBounds } from './grid';
export type { WeightValues } from './weights';
export {
  binaryCrossentropy,
  binaryCrossentropyFromLogits,
  categoricalCrossentropy,
  categoricalCrossentropyFromLogits,
  meanSquaredError,
  lossFunction,
  type LossFunction,
} from './losses';
export {
  checkLearningRate,
  createOptimizer,
  disposeOptimizer,
  learningRateOf,
  setLearningRate,
  MAX_LEARNING_RATE,
} from './optimizers';
export {
  BACKEND_ORDER,
  backendCandidates,
  initBackend,
  onBackendLost,
  type BackendChoice,
  type BackendName,
  type BackendPreference,
  type WasmPaths,
} from './backends';
export {
  assertNever,
  transferablesOf,
  type FromWorker,
  type StopReason,
  type ToWorker,
  type TrainingDocument,
} from './worker/protocol';
export { WorkerCore, prepareDocumentData, type WorkerCoreOptions } from './worker/worker-core';
export { createYielder, type Yielder } from './worker/yielder';
export { GeluLayer, ScaledEluLayer, SeededDropoutLayer, gelu, scaledElu } from './custom-layers';
export {
  DEFAULT_OPTIMIZER,
  DEFAULT_TRAINING,
  type OptimizerConfig,
  type OptimizerName,
  type TrainingConfig,
} from './config';
export { handleSweepRequest } from './depth-sweep/worker-core';
export type { BackendTiming } from './backend-race';
export type { NeuronGrid } from './neuron-grids';
export { neuronGrids } from './neuron-grids';
export { writeWeights } from './weights';
export { describeRace, fastest, raceBackends, shouldRace } from './backend-race';
export { LEARNING_RATE_RANGE } from './learning-rate';
export type { DepthSweepPoint, SweepActivation } from './depth-sweep/settings';
export type { FromSweepWorker, RunSweep } from './worker/protocol';
export { sweepSize } from './depth-sweep/settings';
export type { EarlyStoppingConfig, EarlyStoppingMonitor } from './config';
export { diffSettings, networkSignature, sameNetwork } from './document-diff';
export { describeBrokenNetwork } from './explosion';
export { WorkerHost } from './worker/worker-host';
export type { ClassScores } from './confusion';
export { classScores, confusionMatrix, macroF1 } from './confusion';
