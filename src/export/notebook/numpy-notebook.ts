/**
 * The NumPy notebook (in the style of the workshop's notebook 003): the data the app trains on,
 * the network's forward and backward pass written out layer by layer, the loss and optimizer as
 * the app computes them, the app's batch order, a training loop that prints the app's metrics per
 * epoch, and the plots.
 */
import { LOSSES } from '../../layers/index';
import type { ExportContext } from '../export-context';
import { batchOrderLines } from './batch-order';
import { code, markdown, type CellDraft } from './nbformat';
import { backwardFunction, forwardLines, headIdents, parameterLines } from './numpy-network';
import { evaluationLines, lossLines, optimizerLines, penaltyLines } from './numpy-training';
import { PLOT_IMPORT, plotCells } from './plots';
import type { TrainingConfig } from '../../training/config';
import { batchSettingLines, trainingLoopLines } from './training-loop';

const FROM_LOGITS = ', computed from the logits under the final activation, as the app does (exact, no clipping)';

/** The code and markdown cells after the lesson's opening cells. */
export function numpyCells(context: ExportContext, training: TrainingConfig): CellDraft[] {
  const { plan, section, weights } = context;
  const data = section.data;
  const { prediction } = headIdents(plan);
  const usesEpsilon = plan.head.kind === 'prediction' && plan.loss !== 'meanSquaredError';
  return [
    code('import base64', '', 'import numpy as np', '', ...PLOT_IMPORT),
    markdown(
      '## The data',
      '',
      "The rows the app generated and split, embedded as they are, then mapped to the network's input as the " +
        'Input node maps them.',
    ),
    code(
      ...section.lines,
      'X_train = prepare(TRAIN_POINTS).astype(np.float64)',
      'X_val = prepare(VALIDATION_POINTS).astype(np.float64)',
      'labels_train = np.asarray(TRAIN_LABELS, dtype=np.float64)',
      'labels_val = np.asarray(VALIDATION_LABELS, dtype=np.float64)',
      "print(f'{len(X_train)} training rows, {len(X_val)} validation rows, {X_train.shape[1]} inputs')",
    ),
    markdown(
      '## The initial weights',
      '',
      "The app's starting weights, bit for bit. A kernel W is [inputs, units] as in the app, so a layer " +
        'computes z = x·W + b for a batch of rows x.',
    ),
    code(...(weights ? parameterLines(weights, plan) : ['params = {}'])),
    markdown('## The forward pass', '', 'Node by node, in the order the app computes them.'),
    code(...forwardLines(plan)),
    markdown('## The loss', '', `${LOSSES[plan.loss].label}${plan.head.kind === 'logits' ? FROM_LOGITS : ''}.`),
    code(
      ...(usesEpsilon ? ['EPSILON = 1e-7  # how far the app clips probabilities from 0 and 1', '', ''] : []),
      ...lossLines(plan, training.halveSquaredError === true),
      '',
      '',
      'Y_train = targets_of(labels_train)',
      ...evaluationLines(plan, data.task !== 'regression'),
      '',
      '',
      `PREDICTION = '${prediction}'  # the node that feeds the Output`,
      '',
      '',
      'def predict(points):',
      '    """The prediction for raw rows, as the boundary view draws it."""',
      '    return forward(prepare(points).astype(np.float64))[PREDICTION]',
    ),
    markdown(
      '## The backward pass',
      '',
      'The chain rule written out: each node turns the gradient of its output into the gradients of its weights ' +
        'and of its input.',
    ),
    code(...backwardFunction(plan), '', '', ...penaltyLines(plan, training)),
    markdown('## The optimizer', '', 'The update rule the app applies after every mini-batch.'),
    code(...optimizerLines(training.optimizer)),
    markdown(
      "## The app's batch order",
      '',
      'Every epoch the app shuffles the training rows with its own seeded generator; this is that generator, ' +
        'so the notebook sees the same mini-batches in the same order.',
    ),
    code(...batchSettingLines(training), '', '', ...batchOrderLines(training, data.train.n)),
    markdown('## Training', '', 'One step per mini-batch: forward, loss, backward, penalty, update.'),
    code(
      ...trainingLoopLines(training, data.task, [
        '        out = forward(X_train[rows])',
        '        _, d_head = loss_and_gradient(out[HEAD], Y_train[rows])',
        '        grads = backward(out, d_head)',
        '        add_penalty_gradients(grads)',
        '        update(grads)',
      ]),
    ),
    ...plotCells(data, plan.input.params.source === 'plane'),
  ];
}
