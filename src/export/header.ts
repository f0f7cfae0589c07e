/** The top of every generated script: what it is, the network in one line, how to run it, and what differs from the app. */
import { ACTIVATIONS, LOSSES } from '../layers/index';
import type { NetworkPlan, PlannedNode } from './network-plan';
import { commentText } from './python';

/** One line per node: its name, kind and width, as the header and the UI show the network. */
export function describeNode(planned: PlannedNode): string {
  const { node, width } = planned;
  switch (node.kind) {
    case 'input':
      return `${node.name} (${width})`;
    case 'dense':
      return `${node.name} (${width})`;
    case 'activation':
      return ACTIVATIONS[node.params.activation].usesAlpha ? `${node.name} (α=${node.params.alpha})` : node.name;
    case 'output':
      return `${node.name} (${LOSSES[node.params.loss].label.toLowerCase()})`;
    default:
      return node.name;
  }
}

/** What a generated script says about itself; `notes` are also shown in the export dialog. */
export interface ScriptHeader {
  title: string;
  library: string;
  runWith: string;
  plan: NetworkPlan;
  trainableParams: number;
  /** Where the script is not the app's training, one sentence each. */
  notes: string[];
}

/** The module docstring of a script. */
export function headerLines(header: ScriptHeader): string[] {
  const { plan } = header;
  const omitted =
    plan.omitted.length > 0
      ? [
          `Left out: ${plan.omitted.map((n) => `'${commentText(n.name)}'`).join(', ')} (not between the Input ` +
            `and the Output, so the app does not train ${plan.omitted.length === 1 ? 'it' : 'them'} either).`,
        ]
      : [];
  const notes = [...omitted, ...header.notes];
  const lines = [
    '"""',
    `${commentText(header.title)}: the network and training settings of an MLP Studio project, in ${header.library}.`,
    '',
    `Network: ${plan.nodes.map((n) => commentText(describeNode(n))).join(' -> ')}`,
    `Parameters: ${plan.totalParams} (${header.trainableParams} trainable)`,
    '',
    `Run it with: ${header.runWith}`,
  ];
  if (notes.length > 0) {
    lines.push('', 'Where this script differs from training in the app:');
    for (const note of notes) lines.push(`- ${commentText(note)}`);
  }
  // Inside the docstring a backslash would start an escape and three quotes would end it.
  const body = lines.slice(1).map((line) => line.replace(/\\/g, '\\\\').replace(/"""/g, "'''"));
  return ['"""', ...body, '"""'];
}
