/**
 * The controls behind the commands that keys and menus can run, so that a shortcut or a native
 * menu item is refused exactly when its toolbar button is locked or hidden.
 */
import type { AppCommand } from '../../app/commands';
import { controlById } from './control-registry';

const CONTROL_OF: Partial<Record<AppCommand, string>> = {
  new: 'toolbar.new',
  open: 'toolbar.open',
  // Opening a link replaces the project just as Open does, so the same lock holds it.
  openLink: 'toolbar.open',
  save: 'toolbar.save',
  saveAs: 'toolbar.saveAs',
  undo: 'toolbar.undo',
  redo: 'toolbar.redo',
  presets: 'toolbar.presets',
  autoLayout: 'toolbar.autoLayout',
  zoomToFit: 'toolbar.fit',
  step: 'toolbar.step',
  stepEpoch: 'toolbar.stepEpoch',
  reset: 'toolbar.reset',
  delete: 'edit.delete',
};

/**
 * The control a command stands for (`running`: Space and the menu's Train pause a running network), with its name;
 * null when it has none.
 */
export function controlOfCommand(command: AppCommand, running: boolean): { id: string; name: string } | null {
  const id = command === 'train' ? (running ? 'toolbar.pause' : 'toolbar.train') : CONTROL_OF[command];
  if (!id) return null;
  return { id, name: controlById(id)?.name ?? id };
}
