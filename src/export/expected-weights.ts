/** The weights each node of a plan holds, by TF.js name and shape, and the check that given weights match them. */
import type { WeightValues } from '../project/weights';
import { ExportError, type NetworkPlan, type PlannedNode } from './network-plan';

/** The TF.js weights of a node in the app's order: kernel [in, units] and bias [units]; γ, β, moving mean and variance [width]. */
export function expectedWeights(planned: PlannedNode): { name: string; shape: number[] }[] {
  const { node, inputWidths, width } = planned;
  if (node.kind === 'dense') {
    const kernel = { name: 'kernel', shape: [inputWidths[0], width] };
    return node.params.useBias ? [kernel, { name: 'bias', shape: [width] }] : [kernel];
  }
  if (node.kind === 'batchNorm')
    return ['gamma', 'beta', 'moving_mean', 'moving_variance'].map((name) => ({ name, shape: [width] }));
  return [];
}

/**
 * Throws ExportError unless `weights` hold exactly the weights of the plan with the right shapes
 * (the network may have changed since they were read); returns them in plan order otherwise.
 */
export function checkWeights(plan: NetworkPlan, weights: readonly WeightValues[]): WeightValues[] {
  const byKey = new Map(weights.map((w) => [`${w.nodeId}/${w.name}`, w]));
  const ordered: WeightValues[] = [];
  for (const planned of plan.nodes) {
    for (const expected of expectedWeights(planned)) {
      const given = byKey.get(`${planned.node.id}/${expected.name}`);
      const count = expected.shape.reduce((a, b) => a * b, 1);
      if (!given || given.shape.join(',') !== expected.shape.join(',') || given.values.length !== count) {
        const found = given ? `has shape [${given.shape.join(', ')}]` : 'is missing';
        throw new ExportError(
          `The weights do not fit the network: '${expected.name}' of '${planned.node.name}' ${found}, but the ` +
            `network needs [${expected.shape.join(', ')}]. ` +
            'The network changed since they were read: export without weights, or train (or reset) first.',
        );
      }
      ordered.push(given);
    }
  }
  return ordered;
}
