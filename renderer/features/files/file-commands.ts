/**
 * New, Open, Save and Save As: the store on one side, the platform adapter on the other. Every
 * failure becomes a toast that says what happened and that the current project is unchanged.
 */
import { createEmptyProject, createProject } from '../../../src/project/light';
import { loadProjectFormat } from '../../app/project-format';
import type { OpenedFile, Platform } from '../../bridge/platform';
import type { AppStore } from '../../store/app-store';
import { isDirty } from '../../store/view-slice';
import { trainedStateOf } from '../../training/trained-state';
import { unknownControlIds } from '../classroom/control-registry';
import { projectFileOf, withMlpExtension } from './project-file';

/** The file actions the toolbar, the keyboard and the native menus share. */
export interface FileCommands {
  /** Starts a new project: the starter network (the default) or an empty canvas. */
  newProject(template?: 'starter' | 'empty'): Promise<void>;
  open(): Promise<void>;
  /**
   * Opens already-read text: a file the host opened, a dropped file, a preset. `askFirst` asks
   * before unsaved changes are replaced (the host may have asked already); `arrange` lays a template
   * (a preset) out for the canvas. Returns whether it loaded.
   */
  openText(file: OpenedFile, options: { askFirst: boolean; arrange?: boolean }): Promise<boolean>;
  /** Reads and opens a file dropped onto the window. */
  openDropped(file: File): Promise<void>;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
}

/** What a save wrote besides the project, for its toast: the weights and their epoch, or why there are none. */
export function savedWhat(keep: boolean, trained: { epoch: number; step: number } | null): string {
  if (trained) return ` with weights at epoch ${trained.epoch} (step ${trained.step})`;
  return keep ? ' (not trained yet, so no weights)' : ' without trained weights';
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/[.\s]+$/, '');
}

/**
 * The name and handle a project opens under. A notebook exported by the app carries its project but is
 * not one: the project takes the notebook's name with .mlp and no handle, so Save asks where and never
 * writes over the notebook.
 */
export function projectFileName(file: Pick<OpenedFile, 'name' | 'handle'>): Pick<OpenedFile, 'name' | 'handle'> {
  if (!/\.ipynb$/i.test(file.name)) return { name: file.name, handle: file.handle };
  return { name: file.name.replace(/\.ipynb$/i, '.mlp'), handle: undefined };
}

/** Creates the file commands over a store and a platform. */
export function createFileCommands(store: AppStore, platform: Platform): FileCommands {
  const state = () => store.getState();
  const hostAsks = platform.asksBeforeDiscarding;

  /** Asks before unsaved work would be lost; true when there is none or the user agrees. */
  const mayDiscard = async (action: string): Promise<boolean> => {
    if (!isDirty(state())) return true;
    return state().requestConfirmation({
      title: 'Discard unsaved changes?',
      message: `'${state().view.file.name}' has changes that are not saved. ${action} anyway and lose them?`,
      confirmLabel: 'Discard changes',
    });
  };

  const openText: FileCommands['openText'] = async (file, { askFirst, arrange = false }) => {
    if (file.problem !== undefined) {
      state().showToast(
        'error',
        `Could not open '${file.name}': ${messageOf(file.problem)}. Your current project is unchanged.`,
      );
      return false;
    }
    try {
      const parsed = (await loadProjectFormat()).parseProject(file.text);
      if (askFirst && !(await mayDiscard(`Open '${file.name}'`))) return false;
      state().loadProject(parsed, { ...projectFileName(file), arrange });
      state().loadTrainedState(parsed.state ?? null);
      const unknown = unknownControlIds(parsed.classroom);
      if (unknown.length > 0) {
        const list = unknown.slice(0, 5).join(', ') + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : '');
        state().showToast(
          'info',
          `'${file.name}' locks, hides or points at ${unknown.length === 1 ? 'a control' : 'controls'} this ` +
            `version does not know (${list}). ${unknown.length === 1 ? 'It is' : 'They are'} kept and saved back ` +
            `unchanged; everything else applies.`,
        );
      }
      await platform.drafts.clear();
      return true;
    } catch (error) {
      state().showToast(
        'error',
        `Could not open '${file.name}': ${messageOf(error)}. Your current project is unchanged.`,
      );
      return false;
    }
  };

  const write = async (ask: boolean): Promise<boolean> => {
    const { view } = state();
    const name = withMlpExtension(view.file.name);
    try {
      // Trained weights and history go into saved files only (never drafts), unless the user unticks them; read at the step shown.
      if (state().training.keepTrainedState) await state().freshWeights();
      const trained = trainedStateOf(state().training);
      // Read back before anything is handed to the host, so a save never leaves a file that will not open.
      const { serializeForWrite } = await loadProjectFormat();
      const checked = serializeForWrite({ ...projectFileOf(state()), ...(trained ? { state: trained } : {}) });
      if (!checked.ok) {
        state().showToast(
          'error',
          `Could not save '${name}': ${checked.message}. Your project is still open and unchanged.`,
        );
        return false;
      }
      const { text } = checked;
      const saved = ask
        ? await platform.saveProjectAs(text, name)
        : await platform.saveProject(text, name, view.file.handle);
      if (!saved) return false;
      state().markSaved({ name: saved.name, handle: saved.handle });
      await platform.drafts.clear();
      state().showToast('info', `Saved '${saved.name}'${savedWhat(state().training.keepTrainedState, trained)}.`);
      return true;
    } catch (error) {
      state().showToast(
        'error',
        `Could not save '${name}': ${messageOf(error)}. Your project is still open; try Save As to pick another place.`,
      );
      return false;
    }
  };

  const guarded = async (what: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      state().showToast('error', `Could not ${what}: ${messageOf(error)}. Your current project is unchanged.`);
    }
  };

  return {
    newProject: (template = 'starter') =>
      guarded('start a new project', async () => {
        if (!hostAsks && !(await mayDiscard('Start a new project'))) return;
        if (!(await platform.newProject())) return;
        const starter = template === 'starter';
        state().loadProject(starter ? createProject() : createEmptyProject(), {
          name: 'Untitled.mlp',
          arrange: starter,
        });
        state().loadTrainedState(null);
        await platform.drafts.clear();
      }),
    open: () =>
      guarded('open the file', async () => {
        const file = await platform.openProject();
        if (file && (await openText(file, { askFirst: !hostAsks }))) platform.recentProjects?.remember(file);
      }),
    openDropped: (dropped) =>
      guarded(`open '${dropped.name}'`, async () => {
        const file = await platform.openDroppedFile(dropped);
        if (file && (await openText(file, { askFirst: !hostAsks }))) platform.recentProjects?.remember(file);
      }),
    openText,
    save: () => write(false),
    saveAs: () => write(true),
  };
}
