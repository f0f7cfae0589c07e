/**
 * The PyTorch notebook (in the style of the workshop's notebooks 001 and 004): the app's data, the
 * network as an nn.Sequential (or a module for graphs with Add/Concat), the app's initial weights,
 * the same loss, optimizer and penalty, the app's batch order without a DataLoader, the metrics per
 * epoch and the plots.
 */
import { LOSSES } from '../../layers/index';
import type { TrainingConfig } from '../../training/config';
import type { ExportContext } from '../export-context';
import { moduleModel, isSequential, sequentialModel } from '../pytorch';
import { torchInitLines, torchWeightLines } from '../pytorch-layers';
import { lossLines, penaltyTerms, torchOptimizer } from '../pytorch-training';
import { batchOrderLines } from './batch-order';
import { code, markdown, type CellDraft } from './nbformat';
import { PLOT_IMPORT, plotCells } from './plots';
import { batchSettingLines, trainingLoopLines } from './training-loop';

function lossCell(context: ExportContext, training: TrainingConfig, sequential: boolean): string[] {
  const { plan, section } = context;
  const logits = plan.head.kind === 'logits';
  const { targets, loss } = lossLines(plan);
  const halve = training.halveSquaredError === true && plan.loss === 'meanSquaredError';
  const penalty = penaltyTerms(plan, training);
  const classify = section.data.task !== 'regression';
  const accuracy =
    plan.outputWidth === 1
      ? `((values.squeeze(1) >= ${logits ? '0.0' : '0.5'}).float() == labels).float().mean().item()`
      : '(values.argmax(dim=1) == labels.long()).float().mean().item()';
  return [
    'def head(x):',
    `    """What the loss reads: ${logits ? 'the logits under the final activation (exact, as in the app)' : 'its prediction'}."""`,
    `    return ${logits ? (sequential ? 'model[:-1](x)' : 'model.logits(x)') : 'model(x)'}`,
    '',
    '',
    'def targets(labels):',
    `    return ${targets}`,
    '',
    '',
    ...(halve
      ? [
          'def loss_fn(output, target):',
          '    """Half the mean squared error, ½·mean (p − y)², the convention this project trains with."""',
          '    return 0.5 * nn.functional.mse_loss(output, target)',
        ]
      : loss),
    'Y_train = targets(labels_train)',
    `optimizer = ${torchOptimizer(training.optimizer)}`,
    '',
    '',
    'def penalty():',
    '    """L1/L2 on the Linear weights, added to the training loss as the app does: λ₁·Σ|W| + λ₂·ΣW²."""',
    `    return ${penalty.length > 0 ? penalty.join(' + ') : '0.0'}`,
    '',
    '',
    'def evaluate(x, labels):',
    '    """Loss (without the penalty) and accuracy of a whole set, in inference mode, as the app charts them."""',
    '    if len(x) == 0:',
    "        return float('nan'), float('nan')",
    '    model.eval()',
    '    with torch.no_grad():',
    '        values = head(x)',
    `        return loss_fn(values, targets(labels)).item(), ${classify ? accuracy : "float('nan')"}`,
    '',
    '',
    'def predict(points):',
    '    """The prediction for raw rows, as the boundary view draws it."""',
    '    model.eval()',
    '    with torch.no_grad():',
    '        return model(prepare(points)).numpy()',
  ];
}

/** The code and markdown cells after the lesson's opening cells. */
export function torchCells(context: ExportContext, training: TrainingConfig): CellDraft[] {
  const { plan, section, weights } = context;
  const sequential = isSequential(plan);
  return [
    code(
      'import base64',
      ...(sequential ? ['from collections import OrderedDict'] : []),
      '',
      'import numpy as np',
      'import torch',
      'from torch import nn',
      '',
      ...PLOT_IMPORT,
    ),
    markdown(
      '## The data',
      '',
      "The rows the app generated and split, embedded as they are, then mapped to the network's input as the " +
        'Input node maps them.',
    ),
    code(
      ...section.lines,
      'X_train, X_val = prepare(TRAIN_POINTS), prepare(VALIDATION_POINTS)',
      'labels_train = torch.tensor(TRAIN_LABELS, dtype=torch.float32)',
      'labels_val = torch.tensor(VALIDATION_LABELS, dtype=torch.float32)',
      "print(f'{len(X_train)} training rows, {len(X_val)} validation rows, {X_train.shape[1]} inputs')",
    ),
    markdown(
      '## The network',
      '',
      `${plan.totalParams} parameters; loss ${LOSSES[plan.loss].label.toLowerCase()}. The initialisers are the ` +
        "app's, and then the app's own initial weights are copied in, bit for bit (PyTorch stores a Linear " +
        "weight as [out, in], the transpose of the app's kernel).",
    ),
    code(
      ...(sequential ? sequentialModel(plan) : moduleModel(plan)),
      '',
      '',
      'def weights_from_base64(text, shape):',
      '    return torch.frombuffer(bytearray(base64.b64decode(text)), dtype=torch.float32).reshape(shape)',
      '',
      '',
      'with torch.no_grad():',
      ...(weights
        ? plan.nodes.flatMap((planned) => torchWeightLines(planned, weights, 'model'))
        : plan.nodes.flatMap((planned) => torchInitLines(planned, 'model'))
      ).map((line) => `    ${line}`),
      '    pass',
      'print(model)',
    ),
    markdown(
      '## Loss, optimizer and penalty',
      '',
      'As the app trains: the same loss head, optimizer settings and L1/L2.',
    ),
    code(...lossCell(context, training, sequential)),
    markdown(
      "## The app's batch order",
      '',
      'Every epoch the app shuffles the training rows with its own seeded generator; this is that generator, so ' +
        'the notebook sees the same mini-batches in the same order (no DataLoader needed).',
    ),
    code(...batchSettingLines(training), '', '', ...batchOrderLines(training, section.data.train.n)),
    markdown('## Training', '', 'One step per mini-batch: forward, loss plus penalty, backward, update.'),
    code(
      ...trainingLoopLines(training, section.data.task, [
        '        model.train()',
        '        rows = torch.as_tensor(rows)',
        '        optimizer.zero_grad()',
        '        loss = loss_fn(head(X_train[rows]), Y_train[rows]) + penalty()',
        '        loss.backward()',
        '        optimizer.step()',
      ]),
    ),
    ...plotCells(section.data, plan.input.params.source === 'plane'),
  ];
}
