/**
 * The tooltip of every control of the app, keyed by stable ids (`area.control`): one sentence a
 * student understands, with the maths where it helps and the shortcut where there is one. Node
 * kinds, activations, initialisers, losses, optimizers and datasets are in src/help/.
 */
import { MOD_KEY as MOD } from '../ui/format';

export const TIPS = {
  // Toolbar: files and editing.
  'toolbar.new': `Start a new project: the starter network (${MOD}N) or an empty canvas; asks first if there are unsaved changes.`,
  'toolbar.newStarter': `A ready network to train at once: Input → Linear 8 → ReLU → Linear 1 → Sigmoid → Output on two moons (${MOD}N).`,
  'toolbar.newEmpty': 'A blank canvas with the dataset and settings reset: build your own network from the palette.',
  'toolbar.open': `Open a .mlp project file (${MOD}O); a file that does not validate is refused and the open project stays as it is.`,
  'toolbar.save': `Save the project to its .mlp file (${MOD}S); the dot by the name means there are unsaved changes.`,
  'toolbar.saveAs': `Save the project to a new .mlp file (${MOD}Shift+S).`,
  'toolbar.undo': `Undo the last change to the network, dataset or settings (${MOD}Z); a whole drag or a burst of typing is one step.`,
  'toolbar.redo': `Redo the change just undone (${MOD}Shift+Z or ${MOD}Y).`,
  'toolbar.presets': 'Open one of the bundled example projects, each set up to show one lesson.',
  'toolbar.autoLayout': 'Arrange the nodes left to right in the order the data flows through them.',
  'toolbar.fit': 'Zoom and pan so the whole network fits the canvas.',
  'toolbar.fileName': 'The project’s name; a dot after it means there are changes not yet saved.',
  'toolbar.totalParams': 'Numbers the network holds: in·units + units per Linear layer, plus 4 per feature per BatchNorm (γ and β are trained, the two moving averages are not).',
  'toolbar.toggleLeft': 'Show or hide the left column (node palette and dataset), for more room on the canvas.',
  'toolbar.toggleRight': 'Show or hide the right column (inspector and training settings), for more room on the canvas.',
  'toolbar.theme': 'Switch between the light and the dark theme; until you pick one, the app follows the system’s setting.',
  'toolbar.preset': 'Open this example project (asks first if there are unsaved changes).',
  'toolbar.help': 'Help: the welcome screen, the 60-second tour, the keyboard shortcuts and About.',

  // The Help menu.
  'help.welcome': 'Show the welcome screen: the bundled examples, your recent projects and the tour.',
  'help.tour': 'A 60-second guided tour: the palette, the canvas, the inspector, Train and the gradient views.',
  'help.shortcuts': 'List every keyboard shortcut the editor answers.',
  'help.about': 'The version of MLP Studio and the licences of the libraries it bundles.',

  // The canvas.
  'canvas.handleIn': 'Input: drag a connection from another node’s output (right side) to here.',
  'canvas.handleInMany': 'Inputs: connect several nodes here; their order is the order their edges were drawn.',
  'canvas.handleOut': 'Output: drag from here to another node’s input (left side) to connect them.',

  // Toolbar: training.
  'training.train': 'Train until the set number of epochs, updating the charts live (Space starts and pauses).',
  'training.pause': 'Pause training, keeping the weights and the optimizer’s state, so Train or Step carries on where it stopped (Space).',
  'training.step': 'Run exactly one batch — one forward pass, one backward pass, one weight update — then pause.',
  'training.stepEpoch': 'Run to the end of the current epoch (one pass over the training set), then pause.',
  'training.reset': 'Throw the training away and start over with fresh weights drawn from the seed.',
  'training.epoch': 'Epochs completed: full passes over the training set.',
  'training.stepCounter': 'Training steps done: one step is one batch, i.e. one weight update.',
  'training.stepsPerSecond': 'Weight updates per second on this machine while training runs.',
  'training.backendSelect': 'Where training runs: Auto measures the candidates on this network and keeps the fastest; WebGPU and WebGL use the graphics card, WASM and CPU the processor.',
  'training.keepState': 'When ticked, Save also writes the trained weights and the training history into the .mlp, so a reopened project resumes where it stopped.',
} as const satisfies Record<string, string>;

/** The id of a control's tooltip in TIPS. */
export type TipId = keyof typeof TIPS;
