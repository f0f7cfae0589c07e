import { formatError, ProjectFormatError, type ProjectIssue, showValue, typeName } from './errors';
import { isJsonObject, type JsonObject, migrateToCurrent } from './migrations';
import { checkReferences } from './references';
import { parseSafeJson } from './safe-json';
import { embeddedProject, isNotebook, notebookProjectError } from './notebook-envelope';
import { mlpFileSchema } from './schema';
import { issuesFromZodError } from './schema-issues';
import { FORMAT_VERSION, type MlpFile } from './types';

function checkFormat(root: unknown): JsonObject {
  if (!isJsonObject(root)) {
    throw formatError(
      '',
      root,
      `The file holds ${typeName(root)} (${showValue(root)}), not an MLP Studio project, which is a JSON object ` +
        `with "format": "mlp-project". Open a .mlp file saved by MLP Studio.`,
    );
  }
  if (root.format !== 'mlp-project') {
    const found = root.format === undefined ? 'is missing' : `is ${showValue(root.format)}`;
    throw formatError(
      'format',
      root.format,
      `format ${found}; an MLP Studio project has "format": "mlp-project". This is not an MLP Studio project ` +
        `file, or its first field was damaged.`,
    );
  }
  return root;
}

function checkVersion(file: JsonObject): number {
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    const found = version === undefined ? 'is missing' : `is ${showValue(version)}`;
    throw formatError(
      'version',
      version,
      `version ${found}; the format version is a whole number (this app reads 0 to ${FORMAT_VERSION}). Set ` +
        `version to the version the file was written in, usually ${FORMAT_VERSION}.`,
    );
  }
  if (version > FORMAT_VERSION) {
    throw formatError(
      'version',
      version,
      `This file was written by MLP Studio format version ${version}; this app reads up to ${FORMAT_VERSION}. ` +
        `Update MLP Studio to open it.`,
    );
  }
  return version;
}

/** Says once, on the first problem, that the paths refer to the upgraded layout, not the file as written. */
function noteMigration(issues: ProjectIssue[], fromVersion: number): ProjectIssue[] {
  if (fromVersion === FORMAT_VERSION) return issues;
  const [first, ...rest] = issues;
  const note = ` (The file was upgraded from format version ${fromVersion} to ${FORMAT_VERSION} before this check.)`;
  return [{ ...first, message: first.message + note }, ...rest];
}

/**
 * Reads the text of a .mlp file (or of a Jupyter notebook exported by the app, whose metadata
 * carries the project, see notebook-envelope.ts): refuses oversized, too deeply nested or invalid JSON and
 * prototype-tampering keys, refuses newer format versions, migrates older ones, validates every
 * field and cross-reference, and returns the project. Throws only ProjectFormatError, whose message
 * names the path, the offending value and the fix.
 */
export function parseProject(text: string): MlpFile {
  const json = parseSafeJson(text);
  if (!isNotebook(json)) return parseRoot(json);
  // A notebook exported by the app: its embedded project goes through the same checks as a file.
  const project = embeddedProject(json);
  try {
    return parseRoot(project);
  } catch (error) {
    throw error instanceof ProjectFormatError ? notebookProjectError(error) : error;
  }
}

/** Every stage after the JSON is read: format, version, migration, schema, references. */
function parseRoot(json: unknown): MlpFile {
  const root = checkFormat(json);
  const fromVersion = checkVersion(root);
  const migrated = migrateToCurrent(root, fromVersion);
  const result = mlpFileSchema.safeParse(migrated);
  if (!result.success) {
    const { issues, total } = issuesFromZodError(result.error, migrated);
    throw new ProjectFormatError(noteMigration(issues, fromVersion), { total });
  }
  const file = moveHalfSquaredError(result.data);
  const problems = checkReferences(file);
  if (problems.length > 0) throw new ProjectFormatError(noteMigration(problems, fromVersion));
  return file;
}

/**
 * Files written before the ½(ŷ − y)² choice became a training setting kept it with the Backprop
 * view (where it changed only the display); it moves to `training.halveSquaredError`, so the
 * view and the steps it traces agree.
 */
function moveHalfSquaredError(file: MlpFile): MlpFile {
  if (file.backprop?.halveSquaredError === undefined) return file;
  const { halveSquaredError, ...backprop } = file.backprop;
  const training =
    file.training.halveSquaredError === undefined && halveSquaredError
      ? { ...file.training, halveSquaredError }
      : file.training;
  return { ...file, backprop, training };
}
