/** What both generators start from: the data section, the plan validated against that data, and the checked weights. */
import type { NodeOf } from '../graph/types';
import type { WeightValues } from '../project/weights';
import { dataSection, type ArrayLibrary, type DataSection } from './dataset-code';
import { checkWeights } from './expected-weights';
import { planNetwork, type ExportProject, type NetworkPlan } from './network-plan';

/** A project ready to print. */
export interface ExportContext {
  plan: NetworkPlan;
  section: DataSection;
  /** The weights to start from, in plan order; null when the script initialises its own. */
  weights: WeightValues[] | null;
}

/**
 * Plans the network against its data (the checks training makes: widths, task, classes) and
 * checks the weights; throws ExportError or DataError with a sentence a person can act on.
 */
export function exportContext(project: ExportProject, lib: ArrayLibrary): ExportContext {
  const input = project.graph.nodes.find((n): n is NodeOf<'input'> => n.kind === 'input');
  // Without an Input there is no data mapping to print; planning reports what is missing.
  if (!input) planNetwork(project.graph);
  const section = dataSection(project.data, (input as NodeOf<'input'>).params, lib);
  const { inputWidth, task, classes } = section.data;
  const plan = planNetwork(project.graph, { inputWidth, task, classes });
  return { plan, section, weights: project.weights ? checkWeights(plan, project.weights) : null };
}
