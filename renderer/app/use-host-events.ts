import { useEffect } from 'react';
import type { AppCommand } from './commands';
import { useServices } from './use-services';

/** Connects the host's pushes to the app: menu commands run, projects opened elsewhere load, .mlp files dropped on the window open. */
export function useHostEvents(run: (command: AppCommand) => void): void {
  const { platform, files, store } = useServices();
  useEffect(() => platform.onMenuCommand(run), [platform, run]);
  useEffect(
    () => platform.onProjectOpened((file) => void files.openText(file, { askFirst: !platform.asksBeforeDiscarding })),
    [platform, files],
  );
  useEffect(() => {
    const projectFile = (event: DragEvent) =>
      [...(event.dataTransfer?.items ?? [])].some((item) => item.kind === 'file');
    const onDragOver = (event: DragEvent) => {
      if (projectFile(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const dropped = [...(event.dataTransfer?.files ?? [])];
      if (dropped.length === 0) return;
      // Without this the browser would navigate away to show the dropped file.
      event.preventDefault();
      const file = dropped.find((f) => /\.mlp$/i.test(f.name));
      if (file) void files.openDropped(file);
      else {
        const names = dropped.map((f) => `'${f.name}'`).join(', ');
        store
          .getState()
          .showToast(
            'error',
            `Cannot open ${names} by dropping: only .mlp project files open this way. Import a CSV table from the Dataset panel.`,
          );
      }
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [files, store]);
}
