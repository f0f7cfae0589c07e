/**
 * toPyTorch: a runnable, readable PyTorch script that rebuilds the project's network in
 * topological order, embeds the exact data the app trains on, sets up the loss (from the logits,
 * as the app does), the optimizer with all its settings, batch size, epochs and seed, and trains
 * with a loop that prints loss and accuracy per epoch; optionally it starts from the app's weights.
 */
import { LOSSES } from '../layers/index';
import { exportContext } from './export-context';
import { headerLines } from './header';
import { plannedNode, type ExportProject, type NetworkPlan } from './network-plan';
import { snakeCase } from './python';
import { torchInitLines, torchModule, torchModuleComment, torchWeightLines, torchForward } from './pytorch-layers';
import { torchTraining } from './pytorch-training';
import { scriptNotes, trainableParamsOf } from './script-notes';
import type { GeneratedScript } from './types';

/** Whether the network is a plain chain (no Add or Concat), printed as an nn.Sequential. */
export function isSequential(plan: NetworkPlan): boolean {
  return plan.nodes.every((n) => n.node.kind !== 'add' && n.node.kind !== 'concat');
}

/** The nn.Sequential of a chain, its modules named after the nodes. */
export function sequentialModel(plan: NetworkPlan): string[] {
  const entries = plan.nodes
    .map((planned) => ({ planned, module: torchModule(planned) }))
    .filter((e) => e.module !== null)
    .map(({ planned, module }) => `    ('${planned.ident}', ${module}),  # ${torchModuleComment(planned)}`);
  return [
    "# The graph is a chain, so an nn.Sequential holds it; the names are the nodes' names.",
    'model = nn.Sequential(OrderedDict([',
    ...entries,
    ']))',
  ];
}

/** An nn.Module spelling out the forward pass of a graph with joins (Add/Concat). */
export function moduleModel(plan: NetworkPlan): string[] {
  const modules = plan.nodes
    .map((planned) => ({ planned, module: torchModule(planned) }))
    .filter((e) => e.module !== null)
    .map(({ planned, module }) => `        self.${planned.ident} = ${module}  # ${torchModuleComment(planned)}`);
  const variable = (id: string) =>
    plannedNode(plan, id).node.kind === 'input' ? 'x' : `h_${plannedNode(plan, id).ident}`;
  const head = plan.head;
  const lastId = plan.nodes[plan.nodes.length - 2].node.id;
  const logitsEnd = head.kind === 'logits' ? head.logitsOf : lastId;
  const body: string[] = [];
  for (const planned of plan.nodes) {
    if (planned.node.kind === 'input' || planned.node.kind === 'output') continue;
    if (head.kind === 'logits' && planned.node.id === head.activation.id) continue;
    body.push(`        ${variable(planned.node.id)} = ${torchForward(planned, planned.inputs.map(variable), 'self')}`);
  }
  const finalLines =
    head.kind === 'logits'
      ? [
          '',
          '    def forward(self, x):',
          `        return self.${plannedNode(plan, head.activation.id).ident}(self.logits(x))`,
        ]
      : ['', '    def forward(self, x):', '        return self.logits(x)'];
  const logitsDoc =
    head.kind === 'logits'
      ? `The network up to its final ${head.activation.params.activation === 'sigmoid' ? 'Sigmoid' : 'Softmax'}: the logits the loss reads.`
      : 'The whole network (its last layer has no activation the loss could fold in).';
  return [
    '# The graph has joins (Add/Concat), so a module spells out its forward pass node by node.',
    'class Network(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    ...modules,
    '',
    '    def logits(self, x):',
    `        """${logitsDoc}"""`,
    ...body,
    `        return ${variable(logitsEnd)}`,
    ...finalLines,
    '',
    '',
    'model = Network()',
  ];
}

/** Generates the PyTorch script of `project`; throws ExportError for a network the app could not train, DataError for bad data. */
export function toPyTorch(project: ExportProject): GeneratedScript {
  const { plan, section, weights } = exportContext(project, 'torch');
  const { lines: data, data: prepared } = section;
  const sequential = isSequential(plan);
  const notes = scriptNotes(plan, project, 'pytorch', weights !== null, prepared.train.n);

  const lines = [
    ...headerLines({
      title: project.title,
      library: 'PyTorch',
      runWith: 'python3 <this file>  (needs torch: pip install torch)',
      plan,
      trainableParams: trainableParamsOf(plan),
      notes,
    }),
    ...(sequential ? ['from collections import OrderedDict'] : []),
    ...(weights ? ['import base64'] : []),
    'import torch',
    'from torch import nn',
    '',
    `SEED = ${project.training.seed}`,
    'torch.manual_seed(SEED)',
    '',
    ...data,
    'X_train, X_val = prepare(TRAIN_POINTS), prepare(VALIDATION_POINTS)',
    'labels_train = torch.tensor(TRAIN_LABELS, dtype=torch.float32)',
    'labels_val = torch.tensor(VALIDATION_LABELS, dtype=torch.float32)',
    '',
    '',
    '# ---------------------------------------------------------------------------',
    `# Model: ${plan.totalParams} parameters, loss ${LOSSES[plan.loss].label.toLowerCase()}`,
    '# ---------------------------------------------------------------------------',
    ...(sequential ? sequentialModel(plan) : moduleModel(plan)),
    '',
    '',
    "# The app's initialisers (TF.js fans: a kernel is [in, out]; a bias of n values has fan √n).",
    'with torch.no_grad():',
    ...plan.nodes.flatMap((planned) => torchInitLines(planned, 'model')).map((line) => `    ${line}`),
    ...(plan.nodes.some((n) => n.node.kind === 'dense') ? [] : ['    pass']),
    '',
  ];
  if (weights) {
    lines.push(
      '',
      `# Start from the app's ` +
        `weights${project.weightsStep !== undefined ? ` (read at step ${project.weightsStep})` : ''}: float32, little-endian, base64.`,
      'def weights_from_base64(text, shape):',
      '    return torch.frombuffer(bytearray(base64.b64decode(text)), dtype=torch.float32).reshape(shape)',
      '',
      '',
      'with torch.no_grad():',
      ...plan.nodes.flatMap((planned) => torchWeightLines(planned, weights, 'model')).map((line) => `    ${line}`),
      '',
    );
  }
  lines.push(...torchTraining(plan, project.training, sequential, prepared.task));
  return {
    code: `${lines.join('\n')}\n`,
    fileName: `${snakeCase(project.title, 'network')}_pytorch.py`,
    notes,
    language: 'python',
  };
}
