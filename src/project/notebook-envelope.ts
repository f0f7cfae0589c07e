/**
 * A project carried inside a Jupyter notebook: MLP Studio's notebook export stores the .mlp JSON
 * in the notebook's metadata, so opening the .ipynb reads that project through the same
 * parseProject as a .mlp file. A notebook edited by hand until its project no longer validates is
 * refused with the problem, the field and the fix.
 */
import { formatError, ProjectFormatError, type ProjectIssue } from './errors';
import { isJsonObject, type JsonObject } from './migrations';

/** The notebook metadata key under which the export stores its project. */
export const NOTEBOOK_METADATA_KEY = 'mlp_studio';

/** Where the project sits in a notebook, as paths in messages name it. */
export const NOTEBOOK_PROJECT_PATH = `metadata.${NOTEBOOK_METADATA_KEY}.project`;

/** Whether parsed JSON is a Jupyter notebook (an object with nbformat and cells) rather than a project. */
export function isNotebook(root: unknown): root is JsonObject {
  return isJsonObject(root) && root.format === undefined && 'nbformat' in root && Array.isArray(root.cells);
}

/**
 * The project object embedded in a notebook; throws ProjectFormatError when the notebook carries
 * none (it was not exported by MLP Studio, or its metadata was removed).
 */
export function embeddedProject(notebook: JsonObject): unknown {
  const metadata = notebook.metadata;
  const studio = isJsonObject(metadata) ? metadata[NOTEBOOK_METADATA_KEY] : undefined;
  const project = isJsonObject(studio) ? studio.project : undefined;
  if (!isJsonObject(project)) {
    throw formatError(
      NOTEBOOK_PROJECT_PATH,
      project,
      `This Jupyter notebook carries no MLP Studio project (${NOTEBOOK_PROJECT_PATH} is ` +
        `${project === undefined ? 'missing' : 'not an object'}). Only notebooks exported by MLP Studio ` +
        '(Export → Jupyter notebook) open in the app, and only while their metadata is kept: open the .mlp ' +
        'file the notebook came from, or export it again.',
    );
  }
  return project;
}

/**
 * The same error with every path moved under the notebook's metadata and a sentence saying that
 * the notebook was edited and how to recover.
 */
export function notebookProjectError(error: ProjectFormatError): ProjectFormatError {
  const issues: ProjectIssue[] = error.issues.map((issue, i) => ({
    ...issue,
    path: issue.path === '' ? NOTEBOOK_PROJECT_PATH : `${NOTEBOOK_PROJECT_PATH}.${issue.path}`,
    message:
      i === 0
        ? `The notebook's embedded MLP Studio project (${NOTEBOOK_PROJECT_PATH}) no longer validates, so the ` +
          `notebook was probably edited by hand: ${issue.message} Undo that edit in the notebook's metadata, or ` +
          'export the notebook again from MLP Studio.'
        : issue.message,
  }));
  return new ProjectFormatError(issues, { total: error.issueCount, cause: error });
}
