import { SHORTCUTS } from '../../app/commands';
import { useAppStore } from '../../store/use-app-store';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { ModalDialog } from './ModalDialog';

const NAMES: Record<string, string> = {
  new: 'New project',
  open: 'Open',
  save: 'Save',
  saveAs: 'Save As',
  undo: 'Undo',
  redo: 'Redo',
  copy: 'Copy nodes',
  paste: 'Paste nodes',
  duplicate: 'Duplicate nodes',
  selectAll: 'Select all',
  delete: 'Delete selection',
  train: 'Train / Pause',
  instructorMode: 'Instructor mode on / off',
  presenterView: 'Presenter view on / off',
  copyLink: 'Copy a link to the project',
};

function keysOf(s: (typeof SHORTCUTS)[number]): string {
  return [
    s.mod ? 'Ctrl/⌘' : '',
    s.shift ? 'Shift' : '',
    s.key === ' ' ? 'Space' : s.key.length === 1 ? s.key.toUpperCase() : s.key,
  ]
    .filter(Boolean)
    .join('+');
}

/** The keyboard shortcuts, listed from the same table the keyboard handler reads. */
export function ShortcutsDialog() {
  const open = useAppStore((s) => s.view.panels.shortcuts);
  const togglePanel = useAppStore((s) => s.togglePanel);
  if (!open) return null;
  const close = () => togglePanel('shortcuts', false);
  return (
    <ModalDialog labelledBy="shortcuts-title" onClose={close} closeOnOutside>
      <div className="dialog" data-testid="shortcuts-dialog">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={keysOf(s)}>
                <td>{NAMES[s.command] ?? s.command}</td>
                <td>
                  <kbd>{keysOf(s)}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="dialog__actions">
          <button type="button" className="button" data-autofocus {...tip(TIPS['dialog.close'])} onClick={close}>
            Close
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
