/**
 * The .mlp project format: parse (validate + migrate), serialise, create, and the float32 weight
 * encoding. Framework-free; runs in Node, browsers and workers.
 */
export { parseProject } from './parse';
export { decodeUtf8Strict } from './decode';
export { checkFileSize } from './safe-json';
export { serializeProject } from './serialize';
export { serializeForWrite, titleFromFileName, type WritableText } from './write-check';
export { APP_NAME, createEmptyProject, createProject, toDocument, type ProjectOverrides } from './create';
export { buildChain, LAYOUT_STEP_X, type ChainLayer } from './chain';
export { decodeFloat32, encodeFloat32, loadWeights, storeWeights, type WeightValues } from './weights';
export { ProjectFormatError, MAX_REPORTED_ISSUES, type ProjectIssue } from './errors';
export { MIGRATIONS } from './migrations';
export * from './link-codec';
export * from './link-address';
export * from './limits';
export * from './classroom';
export * from './types';
export { lessonSteps } from './lesson-steps';
export { duplicateRefusal, listRuns, nextRunName } from './runs';
export type { RunView } from './runs';
export { diffRuns, readableSubject } from './diff';
export type { SettingDifference } from './diff';
export { DATASET_KINDS, OPTIMIZER_NAMES } from './schema';
export { groupDigits } from './group-digits';
export * as projectRuns from './runs';
