import { IS_MAC } from '../../app/commands';
import { useServices } from '../../app/use-services';
import { useAppStore } from '../../store/use-app-store';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { ModalDialog } from '../../ui/ModalDialog';
import { shortcutRows } from './shortcut-rows';

/** The keyboard shortcuts, listed from the command table the keyboard handler and the menus read. */
export function ShortcutsDialog() {
  const open = useAppStore((s) => s.view.panels.shortcuts);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const web = useServices().platform.kind === 'web';
  if (!open) return null;
  const close = () => togglePanel('shortcuts', false);
  return (
    <ModalDialog labelledBy="shortcuts-title" onClose={close} closeOnOutside>
      <div className="dialog" data-testid="shortcuts-dialog">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <table className="shortcuts">
          <tbody>
            {shortcutRows(IS_MAC, web).map((row) => (
              <tr key={row.command} data-testid={`shortcut-${row.command}`}>
                <td>
                  {row.label}
                  {row.browserNote && (
                    <span className="shortcuts__note" data-testid={`shortcut-note-${row.command}`}>
                      {' '}
                      ({row.browserNote})
                    </span>
                  )}
                </td>
                <td className="shortcuts__keys">
                  {row.keys.split(' or ').map((keys, i) => (
                    <span key={keys}>
                      {i > 0 && ' or '}
                      <kbd>{keys}</kbd>
                    </span>
                  ))}
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
