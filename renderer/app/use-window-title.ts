import { useEffect } from 'react';
import { displayName } from '../features/files/project-file';
import { useAppStore } from '../store/use-app-store';
import { isDirty } from '../store/view-slice';
import { useServices } from './use-services';

/** The window title: the project name, a "●" while there are unsaved changes, and the app name. */
export function windowTitle(fileName: string, dirty: boolean): string {
  return `${dirty ? '● ' : ''}${displayName(fileName)} — MLP Studio`;
}

/** Keeps the page title and the host's dirty marker in step with the store; on the web, warns before a tab with unsaved changes closes. */
export function useWindowTitle(): void {
  const { platform } = useServices();
  const dirty = useAppStore(isDirty);
  const name = useAppStore((s) => s.view.file.name);
  useEffect(() => {
    document.title = windowTitle(name, dirty);
    platform.setWindowState(displayName(name), dirty);
  }, [platform, name, dirty]);
  useEffect(() => {
    if (!dirty || platform.kind !== 'web') return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, platform]);
}
