import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { fitViewOptions } from '../features/canvas/fit-view';
import { controlOfCommand } from '../features/classroom/command-controls';
import { togglePresenterView } from '../features/presenter/presenter-setting';
import { setShareDialog } from '../features/share/dialog-state';
import { controlAccess, LOCKED_NOTE } from '../store/classroom-access';
import { useEffectiveTheme } from './use-effective-theme';
import { useServices } from './use-services';
import { motionDuration } from '../ui/reduced-motion';
import type { AppCommand } from './commands';

/** Time for the canvas to report its new size after the presenter view resizes the columns. */
const PRESENTER_REFIT_MS = 80;

/** How long the view takes to glide to fit the graph. */
const FIT_DURATION_MS = 300;

/** Returns the function that runs a command by name (toolbar, keyboard and menus all go through it). */
export function useCommandRunner(): (command: AppCommand) => void {
  const { store, files } = useServices();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const theme = useEffectiveTheme();

  return useCallback(
    (command: AppCommand) => {
      const state = store.getState();
      const running = state.training.status === 'running' || state.training.status === 'starting';
      const control = controlOfCommand(command, running);
      if (control && controlAccess(state.document.classroom, state.view.instructorMode, control.id) !== 'open') {
        return state.showToast('info', `${LOCKED_NOTE}: ${control.name} is turned off in this lesson.`);
      }
      const fit = () => void flow.fitView({ ...fitViewOptions(), duration: motionDuration(FIT_DURATION_MS) });
      switch (command) {
        case 'new':
          return void files.newProject();
        case 'open':
          return void files.open();
        case 'save':
          return void files.save();
        case 'saveAs':
          return void files.saveAs();
        case 'undo':
          return state.undo();
        case 'redo':
          return state.redo();
        case 'copy':
          return state.copySelection();
        case 'paste':
          return state.paste();
        case 'duplicate':
          return state.duplicateSelection();
        case 'selectAll':
          return state.selectAll();
        case 'delete':
          return state.deleteSelection();
        case 'autoLayout':
          // Fit once the moved nodes have rendered at their new places.
          return void state
            .autoLayout({ width: flowStore.getState().width, height: flowStore.getState().height })
            .then(() => requestAnimationFrame(fit));
        case 'zoomToFit':
          return fit();
        case 'toggleTheme':
          return state.setTheme(theme === 'dark' ? 'light' : 'dark');
        case 'presets':
          return state.togglePanel('presets');
        case 'shortcuts':
          return state.togglePanel('shortcuts');
        case 'welcome':
          return state.togglePanel('welcome', true);
        case 'tour':
          return state.togglePanel('tour', true);
        case 'about':
          return state.togglePanel('about', true);
        case 'train':
          // One key and one menu item both start and pause.
          return state.training.status === 'running' || state.training.status === 'starting'
            ? state.pauseTraining()
            : state.startTraining();
        case 'step':
          return state.stepBatch();
        case 'stepEpoch':
          return state.stepEpoch();
        case 'reset':
          return state.resetTraining();
        case 'instructorMode':
          return state.setInstructorMode(!state.view.instructorMode);
        case 'copyLink':
          return setShareDialog('link');
        case 'openLink':
          return setShareDialog('openLink');
        case 'presenterView':
          togglePresenterView();
          // Refit once the columns have taken their presenter widths.
          return void setTimeout(fit, PRESENTER_REFIT_MS);
        default: {
          const unknown: never = command;
          return unknown;
        }
      }
    },
    [store, files, flow, flowStore, theme],
  );
}
