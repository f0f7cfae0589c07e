/**
 * The renderer half of each command: when it is enabled and what it does. Keyed by command id with
 * a mapped type, so a command added to the table without a runner does not compile.
 */
import type { CommandId } from '../../src/commands/index';
import { togglePresenterView } from '../features/presenter/presenter-setting';
import { setShareDialog } from '../features/share/dialog-state';
import type { AppState } from '../store/types';
import type { AppServices } from './services';

/** Time for the canvas to report its new size after the presenter view resizes the columns. */
const PRESENTER_REFIT_MS = 80;

/** What a command may reach when it runs. */
export interface CommandContext {
  state: AppState;
  files: AppServices['files'];
  /** Glides the view to fit the graph. */
  fit(): void;
  /** The canvas's size in pixels, for auto-layout. */
  canvasSize(): { width: number; height: number };
  /** The theme now in effect (the system's when the setting is "system"). */
  theme: 'light' | 'dark';
}

/** The renderer half of one command. */
export interface CommandRunner {
  run(context: CommandContext): void;
  /** Whether it can run now; absent, always. A disabled command's button is greyed and its keys do nothing. */
  enabled?(state: AppState): boolean;
  /** The lock that holds it now, when that depends on the state (Train and Pause are two controls). */
  control?(state: AppState): string;
}

/** Whether the network trains now (or is starting to). */
export const isTraining = (state: AppState) =>
  state.training.status === 'running' || state.training.status === 'starting';

/** Whether Undo has something to undo: an earlier snapshot, or a change inside an open mark (a drag in progress). */
export const canUndo = (state: AppState) =>
  state.history.past.length > 0 || (state.history.markBase !== null && state.history.markBase !== state.document);

const idle = (state: AppState) => !isTraining(state);

/** Every command's runner. */
export const COMMAND_RUNNERS: { readonly [K in CommandId]: CommandRunner } = {
  new: { run: ({ files }) => void files.newProject() },
  open: { run: ({ files }) => void files.open() },
  openLink: { run: () => setShareDialog('openLink') },
  save: { run: ({ files }) => void files.save() },
  saveAs: { run: ({ files }) => void files.saveAs() },
  copyLink: { run: () => setShareDialog('link') },
  presets: { run: ({ state }) => state.togglePanel('presets') },
  undo: { run: ({ state }) => state.undo(), enabled: canUndo },
  redo: { run: ({ state }) => state.redo(), enabled: (state) => state.history.future.length > 0 },
  copy: { run: ({ state }) => state.copySelection() },
  paste: { run: ({ state }) => state.paste() },
  duplicate: { run: ({ state }) => state.duplicateSelection() },
  selectAll: { run: ({ state }) => state.selectAll() },
  delete: { run: ({ state }) => state.deleteSelection() },
  autoLayout: {
    // Fit once the moved nodes have rendered at their new places.
    run: ({ state, canvasSize, fit }) => void state.autoLayout(canvasSize()).then(() => requestAnimationFrame(fit)),
  },
  zoomToFit: { run: ({ fit }) => fit() },
  toggleTheme: { run: ({ state, theme }) => state.setTheme(theme === 'dark' ? 'light' : 'dark') },
  chartTables: { run: ({ state }) => state.togglePanel('chartTables') },
  presenterView: {
    run: ({ fit }) => {
      togglePresenterView();
      // Refit once the columns have taken their presenter widths.
      setTimeout(fit, PRESENTER_REFIT_MS);
    },
  },
  instructorMode: { run: ({ state }) => state.setInstructorMode(!state.view.instructorMode) },
  train: {
    // One key and one menu item both start and pause, so the lock is Pause's while it runs.
    run: ({ state }) => (isTraining(state) ? state.pauseTraining() : state.startTraining()),
    control: (state) => (isTraining(state) ? 'toolbar.pause' : 'toolbar.train'),
  },
  step: { run: ({ state }) => state.stepBatch(), enabled: idle },
  stepEpoch: { run: ({ state }) => state.stepEpoch(), enabled: idle },
  reset: { run: ({ state }) => state.resetTraining(), enabled: (state) => state.training.status !== 'starting' },
  welcome: { run: ({ state }) => state.togglePanel('welcome', true) },
  tour: { run: ({ state }) => state.togglePanel('tour', true) },
  shortcuts: { run: ({ state }) => state.togglePanel('shortcuts') },
  about: { run: ({ state }) => state.togglePanel('about', true) },
};

/** Whether a command can run in this state. */
export function isCommandEnabled(command: CommandId, state: AppState): boolean {
  return COMMAND_RUNNERS[command].enabled?.(state) ?? true;
}
