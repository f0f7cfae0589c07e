/** The epoch loop both flavours print, and the batch settings it reads: the app's batches, metrics after every epoch. */
import type { Task } from '../../data/types';
import type { TrainingConfig } from '../../training/config';

/** Python lines of SEED, N_TRAIN, BATCH_SIZE and BATCHES_PER_EPOCH. */
export function batchSettingLines(training: TrainingConfig): string[] {
  const fullBatch = training.batchSize === 0;
  return [
    `SEED = ${training.seed}`,
    'N_TRAIN = len(X_train)',
    fullBatch
      ? "BATCH_SIZE = N_TRAIN  # full batch, in the data's order"
      : `BATCH_SIZE = min(${training.batchSize}, N_TRAIN)`,
    'BATCHES_PER_EPOCH = -(-N_TRAIN // BATCH_SIZE)  # the last batch of an epoch may be smaller',
  ];
}

/**
 * Python lines of `record(step)` and the loop; `stepLines` are the body of one step on the rows `rows`
 * (indented by eight spaces), `evaluate(x, labels)` returns (loss, accuracy).
 */
export function trainingLoopLines(training: TrainingConfig, task: Task, stepLines: string[]): string[] {
  const classify = task !== 'regression';
  const report = classify
    ? "    print(f'epoch {epoch:4d}  step {step:6d}  loss {loss:.6f}  accuracy {accuracy:.3f}  " +
      "val_loss {val_loss:.6f}  val_accuracy {val_accuracy:.3f}')"
    : "    print(f'epoch {epoch:4d}  step {step:6d}  loss {loss:.6f}  val_loss {val_loss:.6f}')";
  return [
    `EPOCHS = ${training.epochs}`,
    '# A whole number stops the run after that many steps (batches); None runs every epoch, as Train does in the app.',
    'STOP_AFTER_STEPS = None',
    'history = []',
    '',
    '',
    'def record(step):',
    '    """Evaluates both sets and prints what the app charts at this step."""',
    '    epoch = step // BATCHES_PER_EPOCH',
    '    loss, accuracy = evaluate(X_train, labels_train)',
    '    val_loss, val_accuracy = evaluate(X_val, labels_val)',
    '    history.append(dict(epoch=epoch, step=step, loss=loss, accuracy=accuracy, val_loss=val_loss, ' +
      'val_accuracy=val_accuracy))',
    report,
    '',
    '',
    'step = 0',
    'record(step)',
    'for epoch in range(EPOCHS):',
    '    order = epoch_order(epoch)',
    '    for start in range(0, N_TRAIN, BATCH_SIZE):',
    '        rows = order[start:start + BATCH_SIZE]',
    ...stepLines,
    '        step += 1',
    '        if step == STOP_AFTER_STEPS:',
    '            break',
    '    record(step)',
    '    if step == STOP_AFTER_STEPS:',
    '        break',
  ];
}
