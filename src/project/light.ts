/**
 * The project module's light entry: what the page needs at start-up without loading the validator
 * (zod and every schema). Reading and checking files (parseProject, serializeForWrite, the link codec)
 * stays in the full entry, index.ts, which the page loads on first use.
 */
export { decodeUtf8Strict } from './decode';
export { checkFileSize } from './safe-json';
export { serializeProject } from './serialize';
export { titleFromFileName } from './file-title';
export { APP_NAME, createEmptyProject, createProject, toDocument, type ProjectOverrides } from './create';
export { buildChain, LAYOUT_STEP_X, type ChainLayer } from './chain';
export { decodeFloat32, encodeFloat32, loadWeights, storeWeights, type WeightValues } from './weights';
export { ProjectFormatError, MAX_REPORTED_ISSUES, type ProjectIssue } from './errors';
export * from './link-parts';
export * from './link-address';
export * from './limits';
export * from './classroom';
export * from './types';
export { lessonSteps } from './lesson-steps';
export { duplicateRefusal, listRuns, nextRunName } from './runs';
export type { RunView } from './runs';
export { diffRuns, readableSubject } from './diff';
export type { SettingDifference } from './diff';
export { DATASET_KINDS, OPTIMIZER_NAMES } from './choices';
export { groupDigits } from './group-digits';
export * as projectRuns from './runs';
