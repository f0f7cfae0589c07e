/**
 * Test and bench support: opens hostile text the way the Open button does and checks every promise
 * the app makes about it — it opens, every view derives from it and what a save writes opens again;
 * or it is refused with a ProjectFormatError whose message names its path, said in the usual toast,
 * with the open project untouched. Nothing else may be thrown, and Object.prototype stays as it was.
 */
import { ProjectFormatError } from '../../../src/project/errors';
import { createProject, parseProject } from '../../../src/project/index';
import { prototypeUnchanged } from '../../../src/project/test-hostile-inputs';
import { createAppStore } from '../../store/app-store';
import { createFakePlatform } from './fake-platform';
import { createFileCommands } from './file-commands';
import { deriveEveryView } from './test-derive-views';

/** Counts of what an opener saw. */
export interface HostileCounts {
  inputs: number;
  opened: number;
  refused: number;
}

/**
 * An opener over one store (each file opened over the last one opened, as in the app). `lastThrown`
 * says what the app's own parse threw for the latest file (a spy in tests; the bench parses again).
 */
export function createHostileOpener(lastThrown: (text: string) => unknown) {
  const store = createAppStore(createProject());
  const files = createFileCommands(store, createFakePlatform());
  const counts: HostileCounts = { inputs: 0, opened: 0, refused: 0 };

  /** Opens `text` and checks it; throws an Error that says which promise broke. */
  async function open(text: string): Promise<void> {
    counts.inputs++;
    const before = store.getState().document;
    const ok = await files.openText({ name: 'hostile.mlp', text, handle: null }, { askFirst: false });
    if (ok) {
      counts.opened++;
      const views = deriveEveryView(store);
      const shown = store.getState().document.graph.nodes.length;
      if (views.nodes !== shown) throw new Error(`The canvas derived ${views.nodes} of ${shown} nodes.`);
      try {
        parseProject(views.savedText);
      } catch (error) {
        throw new Error(`A save of an opened file would not open again: ${(error as Error).message}`);
      }
    } else {
      counts.refused++;
      const error = lastThrown(text);
      if (!(error instanceof ProjectFormatError))
        throw error instanceof Error ? error : new Error(`Refused without a ProjectFormatError: ${String(error)}`);
      if (error.path !== '' && !error.message.includes(error.path))
        throw new Error(`The message does not name its path ${error.path}: ${error.message}`);
      if (store.getState().document !== before) throw new Error('A refused file changed the open project.');
      const toast = store.getState().view.toast?.message ?? '';
      if (!/^Could not open 'hostile\.mlp': [\s\S]+\. Your current project is unchanged\.$/.test(toast))
        throw new Error(`Unexpected message: ${toast}`);
    }
    if (!prototypeUnchanged()) throw new Error('Object.prototype was changed.');
  }

  return { open, counts };
}
