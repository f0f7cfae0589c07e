/**
 * The one project window: created with the hardened options, loads the renderer, keeps its
 * title in step with the document, asks before closing, and holds messages for the renderer
 * until its page has loaded (so a file given at launch is not lost).
 */
import { BrowserWindow } from 'electron';
import { type MenuCommand, type OpenedProject, PUSH_CHANNELS } from '../src/ipc/contract';
import type { RendererSource } from './app-url';
import { openInSystemBrowser } from './open-external';
import { createMainBrowserWindow, guardWebContents, windowTitle } from './window';
import type { Rect } from './window-state';

const MAX_CRASH_RELOADS = 2;

/** What the window needs from the rest of main. */
export interface MainWindowOptions {
  source: RendererSource;
  preloadPath: string;
  isAppUrl(url: string): boolean;
  devTools: boolean;
  /** Where the window opens (remembered from the last run), or null for the default place. */
  bounds?: Rect | null;
  /** Asked when the person closes the window; resolves true when it may close. */
  confirmClose(): Promise<boolean>;
  onClosed(): void;
}

/** The project window and the renderer behind it. */
export class MainWindow {
  readonly window: BrowserWindow;
  private pageReady = false;
  private crashReloads = 0;
  private closeConfirmed = false;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly options: MainWindowOptions) {
    this.window = createMainBrowserWindow(BrowserWindow, options.preloadPath, {
      devTools: options.devTools,
      bounds: options.bounds,
    });
    const contents = this.window.webContents;
    guardWebContents(contents, options.isAppUrl, (url) => void openInSystemBrowser(url));
    // The title belongs to main (document name and unsaved marker), not to the page's <title>.
    this.window.on('page-title-updated', (event) => event.preventDefault());
    this.window.once('ready-to-show', () => this.window.show());
    contents.on('did-start-loading', () => (this.pageReady = false));
    contents.on('did-finish-load', () => {
      this.pageReady = true;
      for (const send of this.waiting.splice(0)) send();
    });
    contents.on('render-process-gone', (_event, details) => {
      // The draft on disk holds the work; reloading brings the app back and offers it. Bounded,
      // so a renderer that crashes while loading does not spin.
      if (details.reason !== 'clean-exit' && this.crashReloads < MAX_CRASH_RELOADS) {
        this.crashReloads += 1;
        void this.load();
      }
    });
    this.window.on('close', (event) => {
      if (this.closeConfirmed) return;
      event.preventDefault();
      void this.options.confirmClose().then((mayClose) => mayClose && this.closeWithoutAsking());
    });
    this.window.on('closed', () => options.onClosed());
  }

  /** Loads the renderer: the built index.html, or the dev server. */
  load(): Promise<void> {
    const { source } = this.options;
    return source.kind === 'file' ? this.window.loadFile(source.indexPath) : this.window.loadURL(source.url);
  }

  /** Closes the window; the unsaved-changes question has already been answered. */
  closeWithoutAsking(): void {
    this.closeConfirmed = true;
    this.window.close();
  }

  /** Brings the window to the front (a second launch or the OS opened a file). */
  focus(): void {
    if (this.window.isMinimized()) this.window.restore();
    this.window.show();
    this.window.focus();
  }

  /** Shows the document title and its unsaved marker. */
  setDocumentState(title: string, dirty: boolean): void {
    this.window.setTitle(windowTitle(title, dirty, process.platform));
    if (process.platform === 'darwin') this.window.setDocumentEdited(dirty);
  }

  /** Sends a menu command to the renderer once its page is ready. */
  sendMenuCommand(command: MenuCommand): void {
    this.whenReady(() => this.window.webContents.send(PUSH_CHANNELS.menuCommand, command));
  }

  /** Hands an opened project to the renderer once its page is ready. */
  sendOpenedProject(project: OpenedProject): void {
    this.whenReady(() => this.window.webContents.send(PUSH_CHANNELS.openFile, project));
  }

  private whenReady(send: () => void): void {
    if (this.window.isDestroyed()) return;
    if (this.pageReady) send();
    else this.waiting.push(send);
  }
}
