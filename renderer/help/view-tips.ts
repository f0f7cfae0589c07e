/**
 * The help texts of the live views and their controls (runs, depth sweep, weights, neurons, gradients,
 * activations) and of the canvas's group button, kept out of the components.
 */

/** Tooltips and help lines of the views, keyed by `view.control`. */
export const VIEW_TIPS = {
  'activations.histogramLayer':
    'Draw the histogram of this activation layer’s inputs z (from the latest training statistics) behind the curves.',
  'canvas.collapseGroup':
    'Show these identical consecutive layers as one card, e.g. 8 × [Linear 16 → Sigmoid]; every layer ' +
    'still trains and is charted on its own.',
  'gradients.ratio': '‖∂L/∂W‖ of the first Linear layer divided by that of the last one',
  'gradients.tint':
    "Colour nodes and edges by log10 of the gradient norm reaching them (a Linear layer's own kernel " +
    'gradient; other nodes take the nearest Linear layer downstream)',
  'neurons.moment':
    'The units shown follow the timeline scrubber of the Boundary view; at its right end they follow training live.',
  'runs.nameInput': "Type the run's new name (at most 40 characters, unique); Enter keeps it, Esc cancels",
  'runs.logLoss': 'Plot the loss on a logarithmic axis (shows slow late progress)',
  'runs.initialWeights':
    "Weights whose node id and shape match run A's start from A's values, so the runs differ only in what you changed",
  'runs.checksum': "FNV-1a checksum of the float32 values read back from the run's engine",
  'sweep.exportCsv':
    'Save every measured network (activation, depth, first- and last-layer gradient norms, loss) as CSV',
  'sweep.minDepth': 'The fewest hidden layers (Linear + activation) a network of the sweep has.',
  'sweep.maxDepth': 'The most hidden layers: one network is trained for every depth in between.',
  'sweep.steps':
    "Training steps per network (the project's optimizer, learning rate and batch size) before its " +
    'gradient is measured; 0 measures at initialisation.',
  'sweep.activations': 'One line per activation; each network uses it in every hidden layer.',
  'weights.saturated':
    "Outputs within 0.02 of the function's limits, where its slope (and so the gradient through it) is nearly 0",
  'weights.dead': 'Units never positive on the sampled batch: a dead ReLU outputs 0 everywhere and passes no gradient',
  'weights.moment':
    'The weights shown follow the timeline scrubber of the Boundary view; at its right end they follow training live.',
  'weights.kernelColours': 'Kernel colours: negative weights, zero, positive weights (symmetric around 0 per layer)',
} as const satisfies Record<string, string>;

/** The tooltip of a view's pop-out button. */
export function popoutTip(title: string): string {
  return `Open ${title.toLowerCase()} large, in front of everything (Esc closes it).`;
}

/** The help of the depth sweep's initialiser, whose rule (`rule`) is the one picked. */
export function sweepInitializerTip(rule: string): string {
  return `How every hidden Linear kernel starts: ${rule}. The output layer always starts Glorot-uniform.`;
}
