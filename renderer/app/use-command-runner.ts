import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { commandSpec } from '../../src/commands/index';
import { fitViewOptions } from '../features/canvas/fit-view';
import { motionDuration } from '../ui/reduced-motion';
import { controlById } from '../features/classroom/control-registry';
import { controlAccess, LOCKED_NOTE } from '../store/classroom-access';
import type { AppState } from '../store/types';
import { COMMAND_RUNNERS } from './command-runners';
import type { AppCommand } from './commands';
import { useEffectiveTheme } from './use-effective-theme';
import { useServices } from './use-services';

/** How long the view takes to glide to fit the graph. */
const FIT_DURATION_MS = 300;

/**
 * The control that holds a command now (Space and the menu's Train pause a running network, so Pause's lock holds
 * them then), with its name; null when no lock holds it.
 */
export function controlOfCommand(command: AppCommand, state: AppState): { id: string; name: string } | null {
  const id = COMMAND_RUNNERS[command].control?.(state) ?? commandSpec(command).control;
  if (!id) return null;
  return { id, name: controlById(id)?.name ?? id };
}

/**
 * Returns the function that runs a command by id (toolbar, keyboard and menus all go through it): a locked command
 * says so in a toast, a disabled one does nothing.
 */
export function useCommandRunner(): (command: AppCommand) => void {
  const { store, files } = useServices();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const theme = useEffectiveTheme();

  return useCallback(
    (command: AppCommand) => {
      const state = store.getState();
      const control = controlOfCommand(command, state);
      if (control && controlAccess(state.document.classroom, state.view.instructorMode, control.id) !== 'open') {
        return state.showToast('info', `${LOCKED_NOTE}: ${control.name} is turned off in this lesson.`);
      }
      const runner = COMMAND_RUNNERS[command];
      if (runner.enabled && !runner.enabled(state)) return;
      runner.run({
        state,
        files,
        theme,
        fit: () => void flow.fitView({ ...fitViewOptions(), duration: motionDuration(FIT_DURATION_MS) }),
        canvasSize: () => ({ width: flowStore.getState().width, height: flowStore.getState().height }),
      });
    },
    [store, files, flow, flowStore, theme],
  );
}
