import { DEFAULT_OPTIMIZER, DEFAULT_TRAINING } from '../training/config';
import { FORMAT_VERSION } from './types';

/** Plain JSON object as it comes from JSON.parse, before validation. */
export type JsonObject = Record<string, unknown>;

/** Whether a parsed JSON value is an object (not null, not a list). */
export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Version 0, the draft layout before the first release: the loss was a training setting
 * (`training.loss`) rather than a parameter of the Output node; the optimizer was only a name
 * (`training.optimizer: "sgd"`) with the learning rate beside it (`training.learningRate`) and
 * every other optimizer parameter at its default; and there were no `notes` and no
 * `training.statsEvery`. Version 1 moves the loss onto every Output node, nests the optimizer
 * settings, and adds the missing fields with their defaults. Anything not in that shape is left
 * alone for the schema to report.
 */
function migrate0to1(file: JsonObject): JsonObject {
  const next: JsonObject = { ...file, version: 1 };
  if (!('notes' in next)) next.notes = '';
  if (!isJsonObject(file.training)) return next;
  const { loss, learningRate, optimizer, ...training } = file.training;
  const movedTraining: JsonObject = { ...training };
  if (!('statsEvery' in movedTraining)) movedTraining.statsEvery = DEFAULT_TRAINING.statsEvery;
  if (typeof optimizer === 'string') {
    movedTraining.optimizer = {
      ...DEFAULT_OPTIMIZER,
      name: optimizer,
      learningRate: learningRate ?? DEFAULT_OPTIMIZER.learningRate,
    };
  } else {
    movedTraining.optimizer = optimizer;
    if (learningRate !== undefined) movedTraining.learningRate = learningRate;
  }
  next.training = movedTraining;
  if (loss !== undefined && isJsonObject(file.graph) && Array.isArray(file.graph.nodes)) {
    const nodes = file.graph.nodes.map((node: unknown) => {
      if (!isJsonObject(node) || node.kind !== 'output') return node;
      const params = isJsonObject(node.params) ? node.params : {};
      return 'loss' in params ? node : { ...node, params: { ...params, loss } };
    });
    next.graph = { ...file.graph, nodes };
  }
  return next;
}

/** MIGRATIONS[v] turns a version v file into a version v + 1 file; the chain ends at FORMAT_VERSION. */
export const MIGRATIONS: readonly ((file: JsonObject) => JsonObject)[] = [migrate0to1];

if (MIGRATIONS.length !== FORMAT_VERSION) {
  throw new Error(
    `The .mlp migration chain has ${MIGRATIONS.length} steps but the format is at version ${FORMAT_VERSION}; add the missing migration.`,
  );
}

/** Runs the migrations from `version` up to FORMAT_VERSION on an unvalidated file, returning a new object. */
export function migrateToCurrent(file: JsonObject, version: number): JsonObject {
  let current = file;
  for (let v = version; v < FORMAT_VERSION; v++) current = MIGRATIONS[v](current);
  return current;
}
