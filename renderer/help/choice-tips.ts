/**
 * The maths of the choice a drop-down currently holds, for the fields whose options each have
 * their own formula: activations (f and f′), initialisers, losses, optimizers, dataset kinds.
 */
import type { DatasetKind } from '../../src/data/index';
import type { ActivationName, InitializerName, LossName } from '../../src/graph/index';
import { activationTip, datasetKindTip, initializerTip, lossTip, optimizerTip } from '../../src/help/index';
import { ACTIVATIONS, INITIALIZERS, LOSSES } from '../../src/layers/index';
import { DATASET_KINDS, OPTIMIZER_NAMES } from '../../src/project/light';
import type { OptimizerName } from '../../src/training/light';

/** Explains one option of a drop-down; '' for a value it does not know. */
export type OptionTip = (value: string) => string;

const known = <T extends string>(names: Iterable<string>, explain: (name: T) => string): OptionTip => {
  const set = new Set(names);
  return (value) => (set.has(value) ? explain(value as T) : '');
};

/** The option explainers by the key of the parameter (or setting) the drop-down edits. */
const BY_KEY: Record<string, OptionTip> = {
  activation: known<ActivationName>(Object.keys(ACTIVATIONS), activationTip),
  kernelInitializer: known<InitializerName>(Object.keys(INITIALIZERS), initializerTip),
  biasInitializer: known<InitializerName>(Object.keys(INITIALIZERS), initializerTip),
  loss: known<LossName>(Object.keys(LOSSES), lossTip),
  optimizer: known<OptimizerName>(OPTIMIZER_NAMES, optimizerTip),
  datasetKind: known<DatasetKind>(DATASET_KINDS, datasetKindTip),
};

/** The explainer of a drop-down's options, if its choices each have their own maths. */
export function optionTipFor(key: string): OptionTip | undefined {
  return Object.hasOwn(BY_KEY, key) ? BY_KEY[key] : undefined;
}
