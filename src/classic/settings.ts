/** Defaults of the Classic rules workspace and the runs its settings ask for. */
import type { ClassicSettings, RuleConfig } from './types';

/** A new workspace: the perceptron on two linearly separable blobs (about ten epochs to zero errors), as the notebook starts. */
export const DEFAULT_CLASSIC_SETTINGS: ClassicSettings = {
  open: false,
  rule: 'perceptron',
  data: { kind: 'blobs', samples: 100, noise: 0, spread: 1, factor: 0.5, seed: 3, standardize: false },
  learningRate: 0.1,
  epochs: 30,
  seed: 1,
  initialWeights: 'small-random',
  order: 'shuffled',
  batchSize: 0,
  compare: 'none',
  secondLearningRate: 0.0001,
  logCost: false,
};

/** A labelled run of the workspace. */
export interface PlannedRun {
  /** Short title over the run's plot ("Perceptron, η = 0.1"). */
  title: string;
  config: RuleConfig;
}

function titleOf(config: RuleConfig): string {
  return `${config.rule === 'perceptron' ? 'Perceptron' : 'Adaline'}, η = ${config.learningRate}`;
}

/**
 * The runs the settings ask for: one; or the perceptron and Adaline on the same data and η
 * ('rules'); or the chosen rule with η and with the second η ('rates', the notebook's 0.01 vs 0.0001).
 */
export function plannedRuns(settings: ClassicSettings): PlannedRun[] {
  const base: RuleConfig = {
    rule: settings.rule,
    learningRate: settings.learningRate,
    initialWeights: settings.initialWeights,
    order: settings.order,
    batchSize: settings.batchSize,
    seed: settings.seed,
  };
  const configs: RuleConfig[] =
    settings.compare === 'rules'
      ? [
          { ...base, rule: 'perceptron' },
          { ...base, rule: 'adaline' },
        ]
      : settings.compare === 'rates'
        ? [base, { ...base, learningRate: settings.secondLearningRate }]
        : [base];
  return configs.map((config) => ({ title: titleOf(config), config }));
}
