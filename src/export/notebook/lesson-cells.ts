/** The markdown of a notebook: the lesson's title, description and steps, what the notebook does and where it differs from the app. */
import { lessonSteps } from '../../project/lesson-steps';
import type { MlpFile } from '../../project/types';
import { describeNode } from '../header';
import type { NetworkPlan } from '../network-plan';
import { markdown, type CellDraft } from './nbformat';
import type { NotebookFlavour } from './support';

/** Markdown text with characters that would start formatting at the start of a line made literal. */
function plain(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/^(\s*)([#>])/gm, '$1\\$2');
}

/** The opening cells: title, description, how the notebook reproduces the run, notes, and the lesson's steps. */
export function lessonCells(
  file: MlpFile,
  title: string,
  plan: NetworkPlan,
  flavour: NotebookFlavour,
  notes: string[],
): CellDraft[] {
  const library = flavour === 'numpy' ? 'NumPy, every pass written out by hand' : 'PyTorch';
  const { training } = file;
  const cells: CellDraft[] = [
    markdown(
      `# ${plain(title).replace(/\n/g, ' ')}`,
      '',
      ...(file.meta.description.trim() ? [plain(file.meta.description.trim()), ''] : []),
      `This notebook was exported from **MLP Studio** (${library}). It trains the network of the lesson on ` +
        "exactly the app's data, from the app's initial weights (seed " +
        `${training.seed}), visiting the mini-batches in the app's order, with the same loss, optimizer and ` +
        'regularisation, and prints the metrics the app charts after every epoch: run it top to bottom and ' +
        "compare with the app's run.",
      '',
      `**Network:** ${plan.nodes.map((n) => describeNode(n)).join(' → ')}, ${plan.totalParams} parameters.`,
      ...(notes.length > 0 ? ['', '**Where it differs from the app:**', '', ...notes.map((n) => `- ${n}`)] : []),
      '',
      'To open the lesson in MLP Studio again, open this .ipynb file there: the project travels in the ' +
        "notebook's metadata.",
    ),
  ];
  const steps = lessonSteps({ notes: file.notes, classroom: file.classroom });
  if (steps.length > 0) {
    cells.push(
      markdown(
        '## The lesson',
        '',
        ...steps.map((step, i) => `${i + 1}. ${plain(step.text).replace(/\n/g, ' ')}`),
        '',
        'In the app these steps are done with the buttons; here the cells below do the same work.',
      ),
    );
  } else if (file.notes.trim()) {
    cells.push(markdown('## Workshop notes', '', plain(file.notes.trim())));
  }
  return cells;
}
