/** Tooltips of the Classic rules workspace: one sentence each, with the maths where it helps. */
export const CLASSIC_TIPS = {
  open:
    'Classic rules: train a single neuron with Rosenblatt’s perceptron rule or Widrow–Hoff’s Adaline rule ' +
    'and watch its decision line move.',
  close: 'Back to the network canvas; the Classic rules settings stay in the project.',
  rule:
    'Perceptron: ŷ = step(w·x + b), update Δw = η (y − ŷ) x only on mistakes. Adaline: gradient descent on ' +
    'MSE = (1/n) Σ (y − z)² of the linear output z = w·x + b, classifying by z ≥ 0.5.',
  datasetKind:
    'The two classes the neuron must separate; only linearly separable data lets the perceptron reach zero errors.',
  samples: 'Number of points generated; every one is trained on (there is no validation part here).',
  noise: 'Standard deviation of the Gaussian noise added to each point; enough of it makes the classes overlap.',
  spread: 'Standard deviation of each cluster around its centre.',
  factor: 'Radius of the inner circle relative to the outer one.',
  dataSeed: 'The same seed draws the same points.',
  standardize:
    'Replace each feature x by (x − mean) / std: Adaline then tolerates η up to about 1 instead of a tiny value, as the notebook shows.',
  learningRate: 'η, the size of each update: Δw = η (y − ŷ) x for the perceptron, Δw = (2η/m) Σ (y − z) x for Adaline.',
  epochs:
    'Passes over the data Play runs before it stops by itself (it also stops once every run has converged or diverged).',
  seed: 'Seed of the initial weights and of the shuffled order, so a run can be replayed exactly.',
  initialWeights:
    'Small random: w ~ N(0, 0.01²), b = 0, as the notebook. ' +
    'Zeros: w = 0, b = 0, where η only scales the weight vector and never turns it.',
  order:
    'Shuffled: a new seeded order every epoch (avoids cycles). Fixed: the samples in the order they were generated.',
  batchSize:
    'Adaline’s samples per update: 0 = full batch (one step per epoch, as AdalineGD), 1 = stochastic gradient ' +
    'descent, more = mini-batches.',
  compare:
    'Show two runs side by side on the same data: the perceptron against Adaline, or the chosen rule at two learning rates.',
  secondLearningRate:
    'η of the right-hand run when comparing two learning rates (the notebook compares 0.01 with 0.0001).',
  logCost: 'Draw the cost (MSE) on a logarithmic axis, which shows both a slow decline and a blow-up.',
  play: 'Run epoch after epoch until the epoch limit, zero errors (perceptron) or divergence (Adaline) (Space).',
  pause: 'Pause the runs (Space).',
  stepEpoch: 'Run the rest of the current epoch (a whole one at its start) and stop.',
  stepSample: 'Make one update and stop: one sample for the perceptron, one batch for mini-batch Adaline.',
  reset: 'Start again from the initial weights the seed gives.',
  speed: 'Epochs Play runs per second.',
  scatter:
    'The samples coloured by class, ringed when misclassified; the line is w1·x1 + w2·x2 + b = threshold and the ' +
    'arrow w points to the side called class 1.',
  errorsChart:
    'Per epoch: samples misclassified after the epoch, and updates made during it (the notebook’s errors_ for the perceptron).',
  costChart: 'Adaline’s mean squared error (1/n) Σ (y − z)² after each epoch (epoch 0: the initial weights).',
  readout: 'The neuron’s weights now and the last update with its numbers.',
} as const;
