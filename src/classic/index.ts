/** The classic single-neuron learning rules: perceptron and Adaline, their data, runs and settings. */
export { adalineUpdate } from './adaline';
export { prepareClassicData, toDatasetSpec, type PreparedClassicData } from './data';
export { detectDivergence, RISING_EPOCHS } from './divergence';
export { decisionSegment, type Box, type Segment } from './line';
export {
  countMisclassified,
  netInput,
  sumSquaredError,
  thresholdOf,
  unitStep,
  type ClassicData,
  type Neuron,
} from './neuron';
export { perceptronUpdate } from './perceptron';
export { DEFAULT_CLASSIC_SETTINGS, plannedRuns, type PlannedRun } from './settings';
export { criticalLearningRate, largestEigenvalue3 } from './stability';
export { ClassicRun, isFullBatch } from './trainer';
export * from './types';
