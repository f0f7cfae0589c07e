/**
 * toKeras: a runnable, readable Keras 3 script with the project's network in the functional API
 * (one layer per node, in topological order, named after the nodes), the exact data the app
 * trains on, the loss from the logits as the app computes it, the optimizer with all its settings,
 * and model.fit printing loss and accuracy per epoch; optionally it starts from the app's weights.
 */
import { LOSSES } from '../layers/index';
import type { TrainingConfig, OptimizerConfig } from '../training/config';
import { exportContext } from './export-context';
import { headerLines } from './header';
import { kerasLayer, kerasWeightLine } from './keras-layers';
import { plannedNode, type ExportProject, type NetworkPlan } from './network-plan';
import { numberLiteral, snakeCase, stringLiteral } from './python';
import { scriptNotes, trainableParamsOf } from './script-notes';
import type { GeneratedScript } from './types';

/** The keras.optimizers call of an optimizer with every setting the app uses. */
export function kerasOptimizer(config: OptimizerConfig): string {
  const lr = `learning_rate=${numberLiteral(config.learningRate)}`;
  switch (config.name) {
    case 'sgd':
      return `keras.optimizers.SGD(${lr})`;
    case 'momentum':
      return `keras.optimizers.SGD(${lr}, momentum=${numberLiteral(config.momentum)})`;
    case 'nesterov':
      return `keras.optimizers.SGD(${lr}, momentum=${numberLiteral(config.momentum)}, nesterov=True)`;
    case 'adam':
      return (
        `keras.optimizers.Adam(${lr}, beta_1=${numberLiteral(config.beta1)}, ` +
        `beta_2=${numberLiteral(config.beta2)}, epsilon=${numberLiteral(config.epsilon)})`
      );
    case 'rmsprop':
      return (
        `keras.optimizers.RMSprop(${lr}, rho=${numberLiteral(config.rho)}, ` +
        `momentum=${numberLiteral(config.momentum)}, epsilon=${numberLiteral(config.epsilon)})`
      );
    case 'adagrad':
      return `keras.optimizers.Adagrad(${lr}, initial_accumulator_value=${numberLiteral(config.initialAccumulatorValue)})`;
    default: {
      const unknown: never = config.name;
      throw new Error(`Unknown optimizer '${String(unknown)}'.`);
    }
  }
}

function modelLines(plan: NetworkPlan, training: TrainingConfig, title: string): string[] {
  const lines: string[] = [];
  for (const planned of plan.nodes) {
    const { node, ident } = planned;
    if (node.kind === 'input') {
      lines.push(`${ident} = keras.Input(shape=(${plan.inputWidth},), name='${ident}')`);
      continue;
    }
    if (node.kind === 'output') continue;
    const layer = kerasLayer(planned, training) as string;
    const inputs = planned.inputs.map((id) => plannedNode(plan, id).ident);
    const argument = node.kind === 'add' || node.kind === 'concat' ? `[${inputs.join(', ')}]` : inputs[0];
    lines.push(`${ident} = ${layer}(${argument})`);
  }
  const prediction = plannedNode(plan, plan.output.id).inputs[0];
  lines.push(
    `model = keras.Model(${plan.nodes[0].ident}, ${plannedNode(plan, prediction).ident}, ` +
      `name=${stringLiteral(snakeCase(title, 'network'))})`,
  );
  return lines;
}

function lossAndMetrics(plan: NetworkPlan, classify: boolean): { loss: string; metrics: string; targets: string } {
  const logits = plan.head.kind === 'logits';
  const fromLogits = logits ? 'from_logits=True' : '';
  const oneHot = `np.eye(${plan.outputWidth}, dtype=np.float32)[labels.astype(int)]`;
  const column = 'labels.reshape(-1, 1)';
  const targets = plan.outputWidth === 1 ? column : oneHot;
  let metrics = '[]';
  if (classify)
    metrics =
      plan.outputWidth === 1
        ? `[keras.metrics.BinaryAccuracy(threshold=${logits ? '0.0' : '0.5'}, name='accuracy')]`
        : "[keras.metrics.CategoricalAccuracy(name='accuracy')]";
  switch (plan.loss) {
    case 'binaryCrossentropy':
      return { loss: `keras.losses.BinaryCrossentropy(${fromLogits})`, metrics, targets };
    case 'categoricalCrossentropy':
      return { loss: `keras.losses.CategoricalCrossentropy(${fromLogits})`, metrics, targets };
    case 'meanSquaredError':
      return { loss: 'keras.losses.MeanSquaredError()', metrics, targets };
    default: {
      const unknown: never = plan.loss;
      throw new Error(`Unknown loss '${String(unknown)}'.`);
    }
  }
}

/** Generates the Keras script of `project`; throws ExportError for a network the app could not train, DataError for bad data. */
export function toKeras(project: ExportProject): GeneratedScript {
  const { plan, section, weights } = exportContext(project, 'numpy');
  const { lines: data, data: prepared } = section;
  const notes = scriptNotes(plan, project, 'keras', weights !== null, prepared.train.n);
  const classify = prepared.task !== 'regression';
  const { loss, metrics, targets } = lossAndMetrics(plan, classify);
  const logits = plan.head.kind === 'logits';
  const usesGelu = plan.nodes.some((n) => n.node.kind === 'activation' && n.node.params.activation === 'gelu');
  const fullBatch = project.training.batchSize === 0;

  const lines = [
    ...headerLines({
      title: project.title,
      library: 'Keras',
      runWith: 'python3 <this file>  (needs Keras 3 with a backend: pip install tensorflow)',
      plan,
      trainableParams: trainableParamsOf(plan),
      notes,
    }),
    ...(weights ? ['import base64', ''] : []),
    'import numpy as np',
    'import keras',
    'from keras import layers',
    '',
    `SEED = ${project.training.seed}`,
    'keras.utils.set_random_seed(SEED)',
    '',
    ...data,
    'X_train, X_val = prepare(TRAIN_POINTS), prepare(VALIDATION_POINTS)',
    'labels_train = np.asarray(TRAIN_LABELS, dtype=np.float32)',
    'labels_val = np.asarray(VALIDATION_LABELS, dtype=np.float32)',
    '',
    '',
    'def targets(labels):',
    `    return ${targets}`,
    '',
    '',
    'Y_train, Y_val = targets(labels_train), targets(labels_val)',
    '',
    '',
    '# ---------------------------------------------------------------------------',
    `# Model: ${plan.totalParams} parameters, loss ${LOSSES[plan.loss].label.toLowerCase()}`,
    '# ---------------------------------------------------------------------------',
    ...(usesGelu
      ? [
          'def gelu_tanh(z):',
          '    """GELU with the tanh approximation, as the app computes it."""',
          '    return keras.activations.gelu(z, approximate=True)',
          '',
          '',
        ]
      : []),
    ...modelLines(plan, project.training, project.title),
    'model.summary()',
  ];
  if (weights) {
    lines.push(
      '',
      `# Start from the app's ` +
        `weights${project.weightsStep !== undefined ? ` (read at step ${project.weightsStep})` : ''}: float32, little-endian, base64.`,
      'def weights_from_base64(text, shape):',
      "    return np.frombuffer(base64.b64decode(text), dtype='<f4').reshape(shape)",
      '',
      '',
      ...plan.nodes.map((planned) => kerasWeightLine(planned, weights)).filter((line): line is string => line !== null),
    );
  }
  const trainingModel = logits
    ? [
        '',
        `# The loss reads the logits under the final ` +
          `${plan.head.kind === 'logits' && plan.head.activation.params.activation === 'softmax' ? 'Softmax' : 'Sigmoid'} ` +
          `(exact, as in the app): a second`,
        '# model that shares every layer stops there; `model` gives the probabilities.',
        `training_model = keras.Model(${plan.nodes[0].ident}, ` +
          `${plan.head.kind === 'logits' ? plannedNode(plan, plan.head.logitsOf).ident : ''})`,
      ]
    : ['', 'training_model = model'];
  lines.push(
    ...trainingModel,
    `training_model.compile(optimizer=${kerasOptimizer(project.training.optimizer)}, loss=${loss}, metrics=${metrics})`,
    fullBatch
      ? "BATCH_SIZE = len(X_train)  # full batch, in the data's order"
      : `BATCH_SIZE = ${project.training.batchSize}`,
    `EPOCHS = ${project.training.epochs}`,
    '',
    '# One line per epoch: loss and accuracy on the training set and the validation set.',
    'training_model.fit(',
    '    X_train, Y_train,',
    '    batch_size=BATCH_SIZE,',
    '    epochs=EPOCHS,',
    `    shuffle=${fullBatch ? 'False' : 'True'},`,
    '    validation_data=(X_val, Y_val) if len(X_val) > 0 else None,',
    '    verbose=2,',
    ')',
  );
  return {
    code: `${lines.join('\n')}\n`,
    fileName: `${snakeCase(project.title, 'network')}_keras.py`,
    notes,
    language: 'python',
  };
}
