/**
 * The tooltip of every control of the app, keyed by stable ids (`area.control`): one sentence a
 * student understands, with the maths where it helps and the shortcut where there is one. Node
 * kinds, activations, initialisers, losses, optimizers and datasets are in src/help/.
 */
import { MOD_KEY as MOD } from '../ui/format';

export const TIPS = {
  // Toolbar: files and editing.
  'toolbar.new': `Start a new project: the starter network (${MOD}N) or an empty canvas; asks first if there are unsaved changes.`,
  'toolbar.newStarter':
    'A ready network to train at once: Input → Linear 8 → ReLU → Linear 1 → Sigmoid → Output ' +
    `on two moons (${MOD}N).`,
  'toolbar.newEmpty': 'A blank canvas with the dataset and settings reset: build your own network from the palette.',
  'toolbar.open': `Open a .mlp project file; a file that does not validate is refused and the open project stays as it is.`,
  'toolbar.save': `Save the project to its .mlp file; the dot by the name means there are unsaved changes.`,
  'toolbar.saveAs': 'Save the project to a new .mlp file.',
  'toolbar.undo': `Undo the last change to the network, dataset or settings; a whole drag or a burst of typing is one step.`,
  'toolbar.redo': 'Redo the change just undone.',
  'toolbar.presets': 'Open one of the bundled example projects, each set up to show one lesson.',
  'toolbar.autoLayout': 'Arrange the nodes left to right in the order the data flows through them.',
  'toolbar.fit': 'Zoom and pan so the whole network fits the canvas.',
  'toolbar.fileName': 'The project’s name; a dot after it means there are changes not yet saved.',
  'toolbar.totalParams':
    'Numbers the network holds: in·units + units per Linear layer, plus 4 per feature per BatchNorm (γ and β are ' +
    'trained, the two moving averages are not).',
  'toolbar.toggleLeft': 'Show or hide the left column (node palette and dataset), for more room on the canvas.',
  'toolbar.toggleRight':
    'Show or hide the right column (inspector and training settings), for more room on the canvas.',
  'toolbar.theme':
    'Switch between the light and the dark theme; until you pick one, the app follows the system’s setting.',
  'toolbar.preset': 'Open this example project (asks first if there are unsaved changes).',
  'toolbar.menu': 'The menu: every file, edit, view and training command, with its keyboard shortcut.',
  'toolbar.help': 'Help: the welcome screen, the 60-second tour, the keyboard shortcuts and About.',

  // The Help menu.
  'help.welcome': 'Show the welcome screen: the bundled examples, your recent projects and the tour.',
  'help.tour': 'A 60-second guided tour: the palette, the canvas, the inspector, Train and the gradient views.',
  'help.shortcuts': 'List every keyboard shortcut the editor answers.',
  'help.about': 'The version of MLP Studio and the licences of the libraries it bundles.',
  'help.instructorMode':
    `Instructor mode: every control usable, plus the Access and Steps ` +
    `editors; leave it to see what a student sees.`,
  'help.presenterView':
    `Presenter view: about 1.5× larger type and targets and a high-contrast ` +
    `palette for a projector; remembered on this computer.`,

  // The canvas.
  'canvas.handleIn': 'Input: drag a connection from another node’s output (right side) to here.',
  'canvas.handleInMany': 'Inputs: connect several nodes here; their order is the order their edges were drawn.',
  'canvas.handleOut': 'Output: drag from here to another node’s input (left side) to connect them.',

  // Toolbar: training.
  'training.train': 'Train until the set number of epochs, updating the charts live (Space starts and pauses).',
  'training.pause':
    'Pause training, keeping the weights and the optimizer’s state, so Train or Step carries on where it stopped (Space).',
  'training.step': 'Run exactly one batch — one forward pass, one backward pass, one weight update — then pause.',
  'training.stepEpoch': 'Run to the end of the current epoch (one pass over the training set), then pause.',
  'training.reset': 'Throw the training away and start over with fresh weights drawn from the seed.',
  'training.epoch': 'Epochs completed: full passes over the training set.',
  'training.stepCounter': 'Training steps done: one step is one batch, i.e. one weight update.',
  'training.stepsPerSecond': 'Weight updates per second on this machine while training runs.',
  'training.backendSelect':
    'Where training runs: Auto measures the candidates on this network and keeps the fastest; WebGPU and WebGL ' +
    'use the graphics card, WASM and CPU the processor.',
  'training.speed':
    'How fast a run plays: Full speed trains as fast as the machine can; a pace in epochs per second slows it so ' +
    'a room can watch the boundary bend and the loss fall, every shown epoch drawn. Saved with the project.',
  'training.keepState':
    'Ticked (the default), Save and Save As also write the trained weights and the training history into the ' +
    '.mlp, so a reopened project resumes at the same step and accuracy; untick it to save only the network, data and settings.',

  // The canvas's own controls (drawn by React Flow).
  'canvas.zoomIn': 'Zoom in on the canvas (the mouse wheel zooms too).',
  'canvas.zoomOut': 'Zoom out of the canvas (the mouse wheel zooms too).',
  'canvas.fitView': 'Zoom and pan so the whole network fits the canvas.',
  'canvas.minimap': 'The whole network in miniature: drag to pan the canvas, scroll to zoom.',
  'canvas.attribution': 'The canvas is drawn with React Flow, an open-source library; opens its website.',
  'canvas.tintToggle':
    'Tint each node by the size of its gradient while training, on a log scale, to see where learning happens.',

  // The dataset panel.
  'dataset.kind':
    'Which data the network learns from: a generated 2-D pattern, a regression curve, or your own CSV table.',
  'dataset.regenerate': 'Draw new points from a new seed, with the same settings.',
  'dataset.validationSplit':
    'Fraction of the samples held out from training to measure how well the network generalises (the validation curves).',
  'dataset.seed': 'The same seed draws the same points and the same train/validation split.',
  'dataset.standardize':
    'Shift and scale each feature to mean 0 and variance 1, x′ = (x − μ)/σ, with the training part’s μ and σ.',
  'dataset.csvImport':
    'Import a table from a CSV file (a header row, one sample per row); it is saved inside the project.',
  'dataset.targetColumn': 'The column the network learns to predict; every other column becomes an input.',
  'dataset.targetKind':
    'Class labels make it classification (accuracy, cross-entropy); numbers make it regression (mean squared error).',

  // The inspector.
  'inspector.name': 'The node’s name on the canvas and in the charts; Enter renames, Escape keeps the old name.',
  'inspector.stddev': 'Standard deviation σ of the normal distribution the values are drawn from: w ~ N(0, σ²).',
  'inspector.limit': 'The values are drawn uniformly between −limit and +limit: w ~ U(−limit, limit).',
  'inspector.loss': 'How the prediction ŷ is scored against the target y; it is the Output node’s setting.',
  'inspector.optimizer': 'How each training step turns the gradient g = ∂L/∂w into a change of the weights.',
  notes: 'Notes for the workshop, saved in the project: what to try, what to look for.',

  // The dock.
  'dock.collapse': 'Hide or show the training views below the canvas.',
  'dock.more':
    'The training views whose tabs do not fit in this width: pick one to open it (the tab strip also scrolls sideways).',
  'dock.popoutClose': 'Close the large view (Esc).',
  'dock.misclassified':
    'Plots how many samples the network gets wrong at each evaluation, in the training and the validation set, ' +
    'instead of the accuracy: the count a notebook prints per epoch. The metrics CSV has both columns.',
  'dock.smoothGradients':
    "Smooth each layer's line (a running average in log scale, weight 0.8), so mini-batch noise does not hide " +
    'the trend; on by default in the presenter view.',
  'dock.logLoss': 'Plot the loss on a logarithmic axis, where slow late progress still shows.',
  'dock.exportPngLoss': 'Save the loss chart as a PNG image.',
  'dock.exportPngAccuracy': 'Save the accuracy chart as a PNG image.',
  'dock.exportCsv': 'Save every metric point as a CSV table: step, epoch, training and validation loss and accuracy.',
  'dock.scrubber': 'Drag to see the decision boundary as it was at an earlier moment of training.',
  'dock.live': 'Follow training as it happens again, instead of the moment picked on the timeline.',
  'dock.discretise': 'Show hard regions (the predicted class, argmax) instead of the probability shading.',

  // Dialogs, banners, the welcome screen and the tour.
  'dialog.confirm': 'Go ahead and lose the unsaved changes.',
  'dialog.cancel': 'Keep the project as it is (Esc).',
  'dialog.close': 'Close this window (Esc).',
  'toast.close': 'Dismiss this message.',
  'banner.rollback': 'Carry on from the last state whose loss and weights were all finite numbers.',
  'banner.dismiss': 'Hide this message.',
  'banner.resetTrain':
    'Fresh weights from the seed, then train at once: the only way out of weights an explosion has ruined.',
  'banner.lowerRate':
    'Set the learning rate to a tenth of what it is (Ctrl+Z puts it back). The weights stay as they are until you reset.',
  'banner.retry': 'Reset training and try again from fresh weights.',
  'drafts.saveNow': 'Save the project to a file now, since this browser is not keeping a draft of your latest changes.',
  'drafts.restore': 'Open this draft as unsaved work in this tab.',
  'drafts.download': 'Download the draft as a .mlp file, to keep or to mend by hand.',
  'drafts.discard': 'Delete this draft from this browser (asks first).',
  'drafts.later': 'Hide these drafts for now; they are offered again next time.',
  'welcome.tour': 'A 60-second guided tour of the palette, the canvas, the inspector, Train and the gradient views.',
  'welcome.open': 'Open a .mlp project file, from a colleague or saved earlier.',
  'welcome.preset': 'Open this example project, ready to train.',
  'welcome.recent': 'Open this project again.',
  'welcome.showAtStart': 'Show the welcome screen every time the app starts.',
  'welcome.close': 'Close the welcome screen and start working (Esc).',
  'tour.next': 'The next stop of the tour.',
  'tour.back': 'The previous stop of the tour.',
  'tour.skip': 'End the tour now; Help → 60-second tour starts it again.',
  'tour.done': 'End the tour.',

  // Classroom: instructor mode and the lesson.
  'classroom.instructor':
    `Instructor mode: lock or hide controls for students and write the ` + `lesson's steps; a guide, not a lock.`,
  'classroom.leaveInstructor': 'Leave instructor mode and see the project as a student will.',
  'classroom.presenter':
    'Presenter view: about 1.5× larger type and targets and a high-contrast palette, for a projector.',
  'classroom.leavePresenter': 'Back to the normal view.',
  'classroom.studentPreview': 'Leave instructor mode and see the project as a student will.',
  'classroom.openInStudentView':
    'When ticked, the saved file opens with the restrictions applied and the lesson at step 1; otherwise it opens in instructor mode.',
  'classroom.accessTab': 'Lock or hide controls for students.',
  'classroom.stepsTab': "Write the lesson's steps.",
  'classroom.search': 'Filter the controls by name, area or id.',
  'classroom.lock': 'Lock: students see this control but cannot change it.',
  'classroom.hide': 'Hide: students do not see this control at all.',
  'classroom.lockGroup': 'Lock every control of this group, or unlock them all when all are locked.',
  'classroom.stepTitle': "The step's title, shown large to students (empty shows as “Step n”).",
  'classroom.stepText':
    'What to do and what to look for: a blank line starts a paragraph, **bold** is bold, lines starting with - or 1. make a list.',
  'classroom.stepFocus': "The control this step rings on the student's screen.",
  'classroom.stepUp': 'Move this step earlier.',
  'classroom.stepDown': 'Move this step later.',
  'classroom.stepDelete': 'Delete this step.',
  'classroom.stepAdd': 'Add a step at the end of the lesson.',
  'classroom.back': 'Back to the previous step of the lesson.',
  'classroom.next': 'On to the next step of the lesson.',
  'presenter.railSection': 'unfold the column at this section (the canvas gives up the width until you fold it again).',
  'presenter.more':
    'The commands the presenter view keeps out of its one-row toolbar: files, undo, layout, panels, theme and help.',
  'presenter.charts':
    'Presenting layout: the boundary, the loss and the gradient chart fill the screen (press again to bring the canvas back).',
  'dock.resize':
    'Drag to make the training views taller or shorter (arrow keys too; double-click for the default height).',
  'welcome.more': 'The list goes on below: scroll it, or press here to move down a page.',
  'lesson.goTo': 'Make this the current step of the lesson.',
  'lesson.fold': 'Fold the lesson strip to its Back and Next buttons, or unfold it to show the step.',

  // The Export menu and its dialog.
  'export.menu':
    'Export the network as code (PyTorch, Keras), as a TF.js model, or the charts and the decision boundary as images and tables.',
  'export.pytorch':
    'A runnable PyTorch script: the same layers in the same order, the exact data, the loss from the logits, the ' +
    'optimizer and its settings; preview it before saving.',
  'export.keras':
    'A runnable Keras 3 script with the network in the functional API, the exact data and model.fit with the ' +
    'app’s settings; preview it before saving.',
  'export.notebook':
    'A Jupyter notebook that replays the app’s run number for number: NumPy (every pass written out) or PyTorch; ' +
    'open the .ipynb in the app to get the lesson back.',
  'export.tfjs':
    'The model for TensorFlow.js: model.json (the layers) and a .bin of its float32 weights, loaded with tf.loadLayersModel.',
  'export.gif':
    'The decision boundary’s evolution as an animated GIF for slides: one frame per stored snapshot, with its step and loss.',
  'export.boundaryPng': 'The decision boundary as shown now, as a PNG image at twice the screen size.',
  'export.chartPng': 'Save this chart as a PNG image; it must be showing in the dock.',
  'export.metricsCsv': 'Every recorded metric point as CSV: step, epoch, training and validation loss and accuracy.',
  'export.withWeights':
    'Copy the app’s current weights into the script (bit-exact), so it starts where the app is; off, it draws ' +
    'fresh weights from the same initialisers.',
  'export.language': 'Which library the script is written for, or which notebook (NumPy or PyTorch) to write.',
  'export.copy': 'Copy the whole script to the clipboard.',
  'export.save':
    'Save the script as a .py file or the notebook as an .ipynb (a download in the browser, a save dialog in the desktop app).',
  'export.close': 'Close without saving (Escape).',
  'classes.trainingSet':
    'Count the training samples instead of the validation ones: a network that is far better on the training set ' +
    'than on the validation set is overfitting.',
  'boundary.projection':
    'The data has more than two columns, so its boundary is drawn over a plane through it: PCA (the two directions ' +
    'of greatest spread of the standardised inputs) or two columns of your choice with the others held at their means.',
  'boundary.axis': 'The column along this axis of the plane; every other column is held at its training mean.',
  'boundary.exportPng': 'Save the boundary as shown (this snapshot, discretised or not) as a PNG image.',
  'boundary.exportGif': 'Save the boundary’s evolution over every stored snapshot as an animated GIF.',
} as const satisfies Record<string, string>;

/** The id of a control's tooltip in TIPS. */
export type TipId = keyof typeof TIPS;

/** What each dock tab shows. */
const DOCK_TAB_TIPS: Record<string, string> = {
  overview: 'Loss, decision boundary and gradient norms side by side: the three views a lesson watches together.',
  metrics: 'Loss and accuracy per epoch, training (solid) and validation (dashed).',
  boundary: 'The decision boundary: the network’s prediction over the whole input plane, with the data on top.',
  gradients:
    'The gradient norm ‖∂L/∂W‖ of each Linear layer on a log scale: vanishing or exploding gradients show here.',
  weights: 'Each layer’s weight matrix as a heatmap, with histograms of its weights, gradients and activations.',
  neurons: 'What each hidden unit computes over the input plane.',
  lesson: 'The lesson’s steps as a checklist, the current one highlighted, with Back and Next.',
};

/** The tooltip of a dock tab: its own text, or for a tab without one, the views it shows. */
export function dockTabTip(tab: { id: string; title: string }, viewTitles: string[]): string {
  return DOCK_TAB_TIPS[tab.id] ?? `${tab.title}: ${viewTitles.join(', ')}.`;
}
