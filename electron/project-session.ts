/**
 * The document side of main: what the open project is called, whether it has unsaved changes,
 * which files the person chose, and the flows of New, Open, Save and Close with the "save
 * changes?" question in front of anything that would lose work.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Draft, MenuCommand, OpenedProject, SavedProject } from '../src/ipc/contract';
import type { ProjectDialogs } from './dialogs';
import type { DraftStore } from './drafts';
import type { LinkedProject } from './project-links';
import { isOpenableFile, type ProjectParser, readProjectFile, writeProjectFile } from './files';
import { type RecentFilesStore, samePath } from './recent-files';

/** What runs once a save that the person asked for (via "Save" in the question) has succeeded. */
type PendingAction =
  | { kind: 'command'; command: MenuCommand }
  | { kind: 'open'; path: string }
  | { kind: 'link'; project: LinkedProject }
  | { kind: 'close' };

/** What the session needs from the rest of main. */
export interface SessionDeps {
  platform: NodeJS.Platform;
  parse: ProjectParser;
  dialogs: ProjectDialogs;
  recent: RecentFilesStore;
  drafts: DraftStore;
  sendMenuCommand(command: MenuCommand): void;
  sendOpenedProject(project: OpenedProject): void;
  /** Closes the window without asking again. */
  closeWindow(): void;
  /** Called when the title or the dirty flag changes, and when the recent list changes. */
  onChange(): void;
  /** Hears opens from outside that failed (shown in a dialog, so no IPC answer carries them to the log). */
  logOpenFailure?(message: string): void;
}

/** The state and flows of the one open document. */
export class ProjectSession {
  title = 'Untitled';
  dirty = false;
  /**
   * Files Save may write to. Only main adds to it, for files the person picked in a dialog or the
   * OS handed over (command line, second launch, file association, a drop): never for a path the
   * renderer merely names, such as a draft's.
   */
  private readonly chosenPaths: string[] = [];
  /** The file a recovered draft belonged to: Save offers it in the save dialog, since drafts grant nothing. */
  private draftPath: string | null = null;
  private pending: PendingAction | null = null;
  private asking = false;

  constructor(private readonly deps: SessionDeps) {}

  /** Records a file the person chose outside a dialog (command line, OS, drop), so Save may write to it. */
  allowPath(filePath: string): void {
    if (!this.isAllowed(filePath)) this.chosenPaths.push(path.resolve(filePath));
  }

  private isAllowed(filePath: string): boolean {
    return this.chosenPaths.some((p) => samePath(p, path.resolve(filePath), this.deps.platform));
  }

  /** Sets the title and the unsaved-changes flag reported by the renderer. */
  setDirty(title: string, dirty: boolean): void {
    this.title = title;
    this.dirty = dirty;
    this.deps.onChange();
  }

  /**
   * Asks "save changes?" when there are unsaved changes: true to go ahead now; false when the
   * person cancelled or chose Save (the renderer is told to save, and `then` runs after it).
   */
  private async mayDiscard(then: PendingAction, action: string): Promise<boolean> {
    if (!this.dirty) return true;
    if (this.asking) return false;
    this.asking = true;
    try {
      const choice = await this.deps.dialogs.askAboutUnsavedChanges(this.title, action);
      if (choice === 'discard') return true;
      if (choice === 'save') {
        this.pending = then;
        this.deps.sendMenuCommand('save');
      }
      return false;
    } finally {
      this.asking = false;
    }
  }

  /** Whether the renderer may start a new project now. */
  newProject(): Promise<boolean> {
    return this.mayDiscard({ kind: 'command', command: 'new' }, 'starting a new project');
  }

  /** Asks for a project and reads it; null when cancelled. */
  async openProject(): Promise<OpenedProject | null> {
    if (!(await this.mayDiscard({ kind: 'command', command: 'open' }, 'opening another project'))) return null;
    const chosen = await this.deps.dialogs.chooseProjectToOpen();
    return chosen ? this.load(chosen) : null;
  }

  /** Opens an entry of the recent list (only those: the renderer cannot name arbitrary files). */
  async openRecent(filePath: string): Promise<OpenedProject | null> {
    if (!this.deps.recent.has(filePath)) {
      throw new Error(`"${filePath}" is not in the recent projects list. Open it with File › Open… instead.`);
    }
    if (!(await this.mayDiscard({ kind: 'open', path: filePath }, 'opening another project'))) return null;
    try {
      return await this.load(filePath);
    } catch (error) {
      // A recent entry whose file is gone only misleads; drop it.
      if (!(await fs.stat(filePath).catch(() => null))) {
        await this.deps.recent.remove(filePath);
        this.deps.onChange();
      }
      throw error;
    }
  }

  /** Opens a file dropped on the window (its path comes from the preload's webUtils). */
  async openDroppedFile(filePath: string): Promise<OpenedProject | null> {
    // Merely opening \\server\share\x.mlp makes Windows sign in to that server: never for a path
    // the renderer names. (POSIX reads a leading '//' as '/', so nothing real is refused there.)
    if (/^[\\/]{2}/.test(filePath)) {
      throw new Error(
        `"${filePath.split(/[\\/]/).pop()}" is on a network share, which cannot be dropped here. Open it with File › Open… instead.`,
      );
    }
    if (!path.isAbsolute(filePath) || !isOpenableFile(filePath)) {
      throw new Error(
        `Only MLP Studio projects (.mlp, or notebooks exported by the app) can be dropped here; ` +
          `"${path.basename(filePath)}" is not one. Import CSV data from the Dataset panel.`,
      );
    }
    if (!(await this.mayDiscard({ kind: 'open', path: filePath }, 'opening the dropped project'))) return null;
    return this.load(filePath);
  }

  /** Opens a file given from outside (command line, OS, recent menu) and hands it to the renderer; errors go to a dialog. */
  async openFromOutside(filePath: string): Promise<void> {
    try {
      if (!(await this.mayDiscard({ kind: 'open', path: filePath }, 'opening another project'))) return;
      this.deps.sendOpenedProject(await this.load(filePath));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.deps.logOpenFailure?.(message);
      this.deps.dialogs.showError('Could not open the project', message);
    }
  }

  /**
   * Opens a project that came in a link (already checked and parsed by readProjectLink), after the
   * unsaved-changes question. It has no file: Save asks where, and it joins no recent list.
   */
  async openLinkedProject(project: LinkedProject): Promise<void> {
    if (!(await this.mayDiscard({ kind: 'link', project }, 'opening the shared link'))) return;
    this.deps.sendOpenedProject({ path: '', name: project.name, text: project.text });
  }

  /** Reports a link that could not be opened, in a dialog and the log; the open project stays as it was. */
  reportLinkFailure(error: unknown): void {
    const message = `${error instanceof Error ? error.message : String(error)} Your current project is unchanged.`;
    this.deps.logOpenFailure?.(message);
    this.deps.dialogs.showError('Could not open the link', message);
  }

  private async load(filePath: string): Promise<OpenedProject> {
    const project = await readProjectFile(filePath, this.deps.parse);
    this.allowPath(project.path);
    await this.deps.recent.add(project.path);
    this.deps.onChange();
    return project;
  }

  /**
   * Saves to `filePath` when given (it must be a file this session opened or chose), otherwise asks
   * where; a recovered draft's file is offered in the save dialog rather than written unasked.
   */
  async saveProject(text: string, filePath?: string): Promise<SavedProject | null> {
    if (filePath === undefined) return this.saveProjectAs(text);
    if (
      !this.isAllowed(filePath) &&
      this.draftPath !== null &&
      samePath(this.draftPath, path.resolve(filePath), this.deps.platform)
    ) {
      return this.saveProjectAs(text, this.draftPath);
    }
    if (!this.isAllowed(filePath)) {
      this.pending = null;
      throw new Error(
        `Refused to save to "${filePath}": MLP Studio only writes to files opened or chosen in a dialog in this ` +
          `session. Use File › Save As… to choose a location.`,
      );
    }
    return this.write(filePath, text);
  }

  /** Asks where to save (suggesting `suggested`, else the title) and saves there; null when cancelled. */
  async saveProjectAs(text: string, suggested?: string): Promise<SavedProject | null> {
    const chosen = await this.deps.dialogs.chooseSaveLocation(suggested ?? (this.title.trim() || 'Untitled'));
    if (!chosen) {
      this.pending = null;
      return null;
    }
    this.allowPath(chosen);
    return this.write(chosen, text);
  }

  private async write(filePath: string, text: string): Promise<SavedProject> {
    let saved: SavedProject;
    try {
      saved = await writeProjectFile(filePath, text, this.deps.parse);
    } catch (error) {
      this.pending = null;
      throw error;
    }
    this.dirty = false;
    await this.deps.drafts.clear();
    await this.deps.recent.add(saved.path);
    this.deps.onChange();
    const next = this.pending;
    this.pending = null;
    if (next) this.runPending(next);
    return saved;
  }

  private runPending(action: PendingAction): void {
    if (action.kind === 'command') this.deps.sendMenuCommand(action.command);
    else if (action.kind === 'open') void this.openFromOutside(action.path);
    else if (action.kind === 'link') void this.openLinkedProject(action.project);
    else this.deps.closeWindow();
  }

  /** Whether the window may close now; asks about unsaved changes, and forgets the draft when the work is saved or discarded. */
  async confirmClose(): Promise<boolean> {
    const mayClose = await this.mayDiscard({ kind: 'close' }, 'closing');
    if (mayClose) await this.deps.drafts.clear();
    return mayClose;
  }

  /** Keeps the renderer's unsaved text as the crash-recovery draft. */
  saveDraft(text: string, filePath?: string): void {
    this.deps.drafts.save({ text, title: this.title, path: filePath ?? null });
  }

  /** Forgets the draft (the person declined to recover it). */
  clearDraft(): Promise<void> {
    return this.deps.drafts.clear();
  }

  /**
   * The draft a crash left behind. Its `path` is only what the renderer once said: it grants no
   * right to write there (the draft file in userData could name any file), so the first Save of a
   * recovered draft asks with that file suggested.
   */
  async getDraft(): Promise<Draft | null> {
    const draft = await this.deps.drafts.load();
    this.draftPath = draft?.path ? path.resolve(draft.path) : null;
    return draft;
  }
}
