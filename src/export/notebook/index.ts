/**
 * toNotebook: a Jupyter notebook (nbformat 4.5) that reproduces a lesson's run outside the app, in
 * the NumPy or the PyTorch flavour, with the project embedded in its metadata so that opening the
 * .ipynb in the app restores the lesson.
 */
import { NOTEBOOK_METADATA_KEY } from '../../project/notebook-envelope';
import { serializeProject } from '../../project/serialize';
import type { MlpFile } from '../../project/types';
import type { WeightValues } from '../../project/weights';
import { exportContext } from '../export-context';
import { snakeCase } from '../python';
import type { GeneratedScript } from '../types';
import { lessonCells } from './lesson-cells';
import { notebookText, numberCells } from './nbformat';
import { numpyCells } from './numpy-notebook';
import { checkSupported, notebookNotes, type NotebookFlavour } from './support';
import { torchCells } from './torch-notebook';

export { unsupportedNodes, checkSupported, type NotebookFlavour } from './support';
export { codeOf, previewOf, type NotebookCell } from './nbformat';

/** What a notebook is made from: the whole project (embedded for the way back), its title, and the app's initial weights. */
export interface NotebookSource {
  file: MlpFile;
  title: string;
  /** The weights the app starts training from (seeded by training.seed), which the notebook starts from too. */
  initialWeights: WeightValues[];
}

/**
 * Why the notebook of `flavour` cannot be written for this project (a network the app could not
 * train, bad data, layers the flavour has no code for), or null; needs no weights, so the export
 * dialog can say it before anything is computed.
 */
export function notebookProblem(project: Pick<MlpFile, 'graph' | 'data' | 'training'>, flavour: NotebookFlavour) {
  try {
    const { graph, data, training } = project;
    const context = exportContext({ title: '', graph, data, training }, flavour === 'numpy' ? 'numpy' : 'torch');
    checkSupported(context.plan, flavour);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Writes the notebook of `flavour`; throws ExportError for a network the app could not train or
 * layers the flavour cannot write (named), DataError for bad data.
 */
export function toNotebook(source: NotebookSource, flavour: NotebookFlavour): GeneratedScript {
  const { file, title, initialWeights } = source;
  const context = exportContext(
    { title, graph: file.graph, data: file.data, training: file.training, weights: initialWeights },
    flavour === 'numpy' ? 'numpy' : 'torch',
  );
  checkSupported(context.plan, flavour);
  const notes = notebookNotes(context.plan, file.training, flavour);
  const drafts = [
    ...lessonCells(file, title, context.plan, flavour, notes),
    ...(flavour === 'numpy' ? numpyCells(context, file.training) : torchCells(context, file.training)),
  ];
  const { state: _trained, ...project } = file;
  const metadata = {
    [NOTEBOOK_METADATA_KEY]: {
      flavour,
      note: 'The MLP Studio project this notebook was exported from: open the .ipynb in MLP Studio to restore it.',
      project: JSON.parse(serializeProject(project)) as unknown,
    },
  };
  return {
    code: notebookText(numberCells(drafts, flavour), metadata),
    fileName: `${snakeCase(title, 'network')}_${flavour}.ipynb`,
    notes,
    language: 'python',
  };
}
