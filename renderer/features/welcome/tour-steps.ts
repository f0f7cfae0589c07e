/**
 * The 60-second tour: five stops, each an element of the main window found by selector, with one
 * or two sentences on what it does. About twelve seconds of reading each.
 */

/** One stop of the tour. */
export interface TourStep {
  id: string;
  /** Selectors of the element to highlight, best first; when none is on screen the card stands alone. */
  targets: readonly string[];
  title: string;
  text: string;
  /** What to say when the target is hidden (a collapsed column). */
  hiddenHint: string;
}

/** The tour, in order. */
export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'canvas',
    targets: ['[data-testid="canvas"]'],
    title: 'The canvas: your network',
    text:
      'Each card is a layer with its output shape and parameter count; each edge is labelled with the tensor ' +
      'shape that flows along it. Drag from a handle to connect, press Delete to remove. A red badge says what is wrong and how to fix it.',
    hiddenHint: 'The canvas fills the middle of the window.',
  },
  {
    id: 'palette',
    targets: ['[data-testid="palette"]'],
    title: 'The palette: layers to add',
    text:
      'Drag a node onto the canvas: Input, Linear (y = xW + b), activations such as ReLU and sigmoid, ' +
      'Dropout, BatchNorm, and Add or Concat for skip connections. Below it, the Dataset panel picks the data.',
    hiddenHint: 'The left column is hidden: show it with the ◧ button at the right of the toolbar.',
  },
  {
    id: 'inspector',
    targets: ['[aria-label="Inspector"]'],
    title: 'The inspector: settings',
    text:
      'Select a node to change its units, activation, initialiser or dropout rate. Underneath are the ' +
      'training settings: loss, optimizer and learning rate, batch size, epochs and the seed.',
    hiddenHint: 'The right column is hidden: show it with the ◨ button at the right of the toolbar.',
  },
  {
    id: 'train',
    targets: ['[data-testid="btn-train"]'],
    title: 'Train, pause, step',
    text:
      'Train runs the network in the background on the fastest backend this machine has. Pause at any time, ' +
      'step one batch or one epoch, reset to the initial weights. Space starts and pauses.',
    hiddenHint: 'The training controls are in the toolbar.',
  },
  {
    id: 'gradients',
    targets: ['[data-testid="chart-gradients"]', '[data-testid="dock"]'],
    title: 'Watch the gradients',
    text:
      'The dock shows loss, the decision boundary and the gradient norm ‖∂L/∂W‖ of every Linear layer on a ' +
      'log scale. When the first layers sit orders of magnitude below the last, the gradient is vanishing: open ' +
      'the deep-sigmoid example, then deep-relu-he, and compare.',
    hiddenHint: 'The charts live in the dock under the canvas.',
  },
];
