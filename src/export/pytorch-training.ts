/** The training half of the PyTorch script: targets, loss, optimizer, penalty, evaluation and the epoch loop. */
import type { Task } from '../data/types';
import type { OptimizerConfig, TrainingConfig } from '../training/config';
import type { NetworkPlan } from './network-plan';
import { numberLiteral } from './python';

/** The torch.optim call of an optimizer with every setting the app uses. */
export function torchOptimizer(config: OptimizerConfig): string {
  const lr = numberLiteral(config.learningRate);
  switch (config.name) {
    case 'sgd':
      return `torch.optim.SGD(model.parameters(), lr=${lr})`;
    case 'momentum':
      return `torch.optim.SGD(model.parameters(), lr=${lr}, momentum=${numberLiteral(config.momentum)})`;
    case 'nesterov':
      return `torch.optim.SGD(model.parameters(), lr=${lr}, momentum=${numberLiteral(config.momentum)}, nesterov=True)`;
    case 'adam':
      return (
        `torch.optim.Adam(model.parameters(), lr=${lr}, betas=(${numberLiteral(config.beta1)}, ` +
        `${numberLiteral(config.beta2)}), eps=${numberLiteral(config.epsilon)})`
      );
    case 'rmsprop':
      return (
        `torch.optim.RMSprop(model.parameters(), lr=${lr}, alpha=${numberLiteral(config.rho)}, ` +
        `eps=${numberLiteral(config.epsilon)}, momentum=${numberLiteral(config.momentum)})`
      );
    case 'adagrad':
      return (
        `torch.optim.Adagrad(model.parameters(), lr=${lr}, ` +
        `initial_accumulator_value=${numberLiteral(config.initialAccumulatorValue)})`
      );
    default: {
      const unknown: never = config.name;
      throw new Error(`Unknown optimizer '${String(unknown)}'.`);
    }
  }
}

/** The target expression of `labels` and the loss function's lines, from the logits where the app computes it so. */
export function lossLines(plan: NetworkPlan): { targets: string; loss: string[] } {
  const logits = plan.head.kind === 'logits';
  const oneHot = `nn.functional.one_hot(labels.long(), num_classes=${plan.outputWidth}).float()`;
  const column = 'labels.unsqueeze(1)';
  switch (plan.loss) {
    case 'binaryCrossentropy':
      return logits
        ? {
            targets: column,
            loss: ['loss_fn = nn.BCEWithLogitsLoss()  # mean over samples and outputs, from the logits'],
          }
        : {
            targets: plan.outputWidth === 1 ? column : oneHot,
            loss: [
              'def loss_fn(output, target):',
              '    """Binary cross-entropy of probabilities clipped to [1e-7, 1 − 1e-7], as the app computes it."""',
              '    return nn.functional.binary_cross_entropy(output.clamp(1e-7, 1 - 1e-7), target)',
            ],
          };
    case 'categoricalCrossentropy':
      return logits
        ? {
            targets: 'labels.long()',
            loss: ['loss_fn = nn.CrossEntropyLoss()  # log-softmax of the logits, mean over samples'],
          }
        : {
            targets: oneHot,
            loss: [
              'def loss_fn(output, target):',
              '    """Categorical cross-entropy of probabilities clipped to [1e-7, 1], as the app computes it."""',
              '    return -(target * output.clamp(1e-7, 1).log()).sum(dim=1).mean()',
            ],
          };
    case 'meanSquaredError':
      return {
        targets: plan.outputWidth === 1 ? column : oneHot,
        loss: ['loss_fn = nn.MSELoss()  # mean over samples and outputs'],
      };
    default: {
      const unknown: never = plan.loss;
      throw new Error(`Unknown loss '${String(unknown)}'.`);
    }
  }
}

/** The L1/L2 terms of the penalty, one Python expression per non-zero factor. */
export function penaltyTerms(plan: NetworkPlan, training: TrainingConfig): string[] {
  const terms: string[] = [];
  for (const { node, ident } of plan.nodes) {
    if (node.kind !== 'dense') continue;
    const l1 = node.params.l1 + training.l1;
    const l2 = node.params.l2 + training.l2;
    if (l1 !== 0) terms.push(`${numberLiteral(l1)} * model.${ident}.weight.abs().sum()`);
    if (l2 !== 0) terms.push(`${numberLiteral(l2)} * model.${ident}.weight.square().sum()`);
  }
  return terms;
}

/** The lines from the loss to the end of the script. */
export function torchTraining(plan: NetworkPlan, training: TrainingConfig, sequential: boolean, task: Task): string[] {
  const { targets, loss } = lossLines(plan);
  const logits = plan.head.kind === 'logits';
  const headExpression = logits ? (sequential ? 'model[:-1](x)' : 'model.logits(x)') : 'model(x)';
  const headDoc = logits
    ? `What the loss reads: the logits under the final ` +
      `${plan.head.kind === 'logits' && plan.head.activation.params.activation === 'softmax' ? 'Softmax' : 'Sigmoid'} ` +
      `(exact, as in the app).`
    : "What the loss reads: the network's prediction.";
  const penalty = penaltyTerms(plan, training);
  const classify = task !== 'regression';
  const threshold = logits ? '0.0' : '0.5';
  const accuracy =
    plan.outputWidth === 1
      ? `((output.squeeze(1) >= ${threshold}).float() == labels).float().mean().item()`
      : '(output.argmax(dim=1) == labels.long()).float().mean().item()';
  const fullBatch = training.batchSize === 0;
  const report = classify
    ? "f'epoch {epoch:4d}  loss {train_loss:.4f}  accuracy {train_accuracy:.3f}  val_loss {val_loss:.4f}  val_accuracy {val_accuracy:.3f}'"
    : "f'epoch {epoch:4d}  loss {train_loss:.4f}  val_loss {val_loss:.4f}'";
  return [
    '',
    '# ---------------------------------------------------------------------------',
    '# Training',
    '# ---------------------------------------------------------------------------',
    'def head(x):',
    `    """${headDoc}"""`,
    `    return ${headExpression}`,
    '',
    '',
    'def targets(labels):',
    `    return ${targets}`,
    '',
    '',
    ...loss,
    'Y_train, Y_val = targets(labels_train), targets(labels_val)',
    `optimizer = ${torchOptimizer(training.optimizer)}`,
    fullBatch ? "BATCH_SIZE = len(X_train)  # full batch, in the data's order" : `BATCH_SIZE = ${training.batchSize}`,
    `EPOCHS = ${training.epochs}`,
    '',
    '',
    'def penalty():',
    '    """L1/L2 on the Linear weights, added to the training loss as the app does: λ₁·Σ|W| + λ₂·ΣW²."""',
    `    return ${penalty.length > 0 ? penalty.join(' + ') : '0.0'}`,
    '',
    '',
    'def evaluate(x, y, labels):',
    '    """Loss (without the penalty) and accuracy of a whole set, in inference mode: dropout off, BatchNorm on ' +
      'its running statistics."""',
    '    if len(x) == 0:',
    "        return float('nan'), float('nan')",
    '    model.eval()',
    '    with torch.no_grad():',
    '        output = head(x)',
    `        return loss_fn(output, y).item(), ${classify ? accuracy : "float('nan')"}`,
    '',
    '',
    'def report(epoch):',
    '    train_loss, train_accuracy = evaluate(X_train, Y_train, labels_train)',
    '    val_loss, val_accuracy = evaluate(X_val, Y_val, labels_val)',
    `    print(${report})`,
    '',
    '',
    'def parameter_count():',
    '    """Weights the model holds, counted as the app counts them: parameters plus BatchNorm\'s running mean and variance."""',
    "    running = [b for name, b in model.named_buffers() if name.endswith(('running_mean', 'running_var'))]",
    '    return sum(p.numel() for p in model.parameters()) + sum(b.numel() for b in running)',
    '',
    '',
    "print(f'{parameter_count()} parameters')",
    'report(0)',
    'shuffle = torch.Generator().manual_seed(SEED)',
    'for epoch in range(1, EPOCHS + 1):',
    '    model.train()',
    fullBatch || training.batchSize >= Number.MAX_SAFE_INTEGER
      ? '    order = torch.arange(len(X_train))'
      : '    order = torch.randperm(len(X_train), generator=shuffle) if BATCH_SIZE < len(X_train) else torch.arange(len(X_train))',
    '    for start in range(0, len(X_train), BATCH_SIZE):',
    '        rows = order[start:start + BATCH_SIZE]',
    '        optimizer.zero_grad()',
    '        loss = loss_fn(head(X_train[rows]), Y_train[rows]) + penalty()',
    '        loss.backward()',
    '        optimizer.step()',
    '    report(epoch)',
  ];
}
