/**
 * The longer texts panels and views show inside them: what an empty view will show and how to fill it,
 * introductions and hints, kept out of the components so they can be read and edited in one place.
 */

/** Texts shown inside the panels, keyed by `panel.text`. */
export const PANEL_TEXTS = {
  'about.summary':
    'Build neural networks visually and watch them learn: live loss, decision boundary and per-layer ' + 'gradients.',
  'canvas.empty':
    'Drag an Input, a few Linear and Activation nodes and an Output here from the palette, then wire ' +
    "each node's right handle to the next one's left handle.",
  'classic.intro':
    'A single neuron z = w1·x1 + w2·x2 + b learns to separate two classes. This is not the network on ' +
    'the canvas: it has no layers, only three numbers.',
  'classroom.noSteps': 'No steps yet. A step tells students what to do next and can ring the control it is about.',
  'gradients.empty':
    "Each Linear layer's gradient norm appears here once training starts: watch whether it reaches the " +
    'first layer.',
  'lesson.noSteps':
    'This project has no lesson steps. Write them in the Notes as a numbered list (1. … 2. …), or as ' +
    'steps in instructor mode.',
  'neurons.empty':
    'What each hidden unit computes over the input plane appears here while training (for wider data, over ' +
    'the plane the Boundary view shows).',
  'runs.empty':
    'Duplicate the project into run B (above the canvas), change one thing, and the differences and both ' +
    "runs' curves appear here.",
  'runs.gradientsEmpty':
    "Each run's per-layer gradient norms appear here once the runs train: colour is the run, the dash is " +
    'the layer (first layer solid).',
  'runs.reference': 'The reference run: the others are compared with it and start from its initial weights.',
  'share.linkHint':
    'Whoever opens this link gets this project (network, data, settings, lesson steps and locks) in ' +
    'their browser. The project travels inside the link; nothing is uploaded.',
  'share.openHint': 'Paste a link to a project that was shared with you (mlp-studio://… or a web link ending in #p=…).',
  'sweep.empty':
    'Run the sweep: one network per depth and activation trains on this dataset, and the gradient ' +
    "reaching its first layer is plotted against depth. Sigmoid's falls by orders of magnitude; ReLU's " +
    'holds.',
  'weights.empty':
    'Weight heatmaps and histograms of weights, gradients and activations appear here once training ' + 'starts.',
  'welcome.browserRecent': 'A browser cannot reopen a file by itself: picking one asks you to choose it again.',
  'welcome.intro':
    'Build a neural network from blocks, train it on a dataset and watch it learn: the loss, the ' +
    'decision boundary and the gradient reaching every layer.',
} as const satisfies Record<string, string>;
