import { useEffect } from 'react';
import { commandForKey, type AppCommand } from './commands';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Runs the command of each shortcut pressed anywhere in the window (editing shortcuts are left to text fields while one has focus). */
export function useKeyboardShortcuts(run: (command: AppCommand) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(event, isTextField(event.target));
      if (!command) return;
      event.preventDefault();
      // A held Space would flip training on and off with every auto-repeat.
      if (event.repeat && command === 'train') return;
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);
}
