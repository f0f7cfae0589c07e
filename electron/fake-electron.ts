/**
 * A stand-in for the parts of the 'electron' module that main.ts uses, for wiring tests in plain
 * Node (no Electron binary can run here). It records what main does: windows created and
 * loaded, messages sent to the renderer, IPC handlers, menus, dialogs shown.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fake web contents: records sends and keeps the guards main attaches. */
export class FakeWebContents extends EventEmitter {
  sent: [string, unknown][] = [];
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

/** A fake BrowserWindow: 'close' can be vetoed by a listener calling preventDefault, as in Electron. */
export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loaded: string | null = null;
  title = '';
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  async loadFile(file: string): Promise<void> {
    this.loaded = `file:${file}`;
  }
  async loadURL(url: string): Promise<void> {
    this.loaded = url;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  maximized = false;
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  getNormalBounds() {
    const {
      x = 0,
      y = 0,
      width = 1440,
      height = 900,
    } = this.options as Partial<Record<'x' | 'y' | 'width' | 'height', number>>;
    return { x, y, width, height };
  }
  restore(): void {}
  show(): void {}
  focus(): void {}
  close(): void {
    let vetoed = false;
    this.emit('close', { preventDefault: () => (vetoed = true) });
    if (vetoed) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

/** Builds a fresh fake 'electron' module; `userData` is where app.getPath('userData') points. */
export function createFakeElectron(userData: string) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    setName: () => undefined,
    requestSingleInstanceLock: () => true,
    isReady: () => true,
    whenReady: () => Promise.resolve(),
    getPath: (_name?: string) => userData,
    setAppLogsPath: () => undefined,
    addRecentDocument: () => undefined,
    /** The schemes registered with setAsDefaultProtocolClient. */
    protocolClients: [] as string[],
    setAsDefaultProtocolClient(scheme: string): boolean {
      this.protocolClients.push(scheme);
      return true;
    },
    quit: () => undefined,
    exit: () => undefined,
  });
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const permissionHandlers: { request?: unknown; check?: unknown } = {};
  const menus: unknown[][] = [];
  const messageBoxes: { message?: string; buttons?: string[] }[] = [];
  let messageBoxResponse = 2;
  const shownItems: string[] = [];
  const errorBoxes: { title: string; content: string }[] = [];
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    nativeTheme: { themeSource: 'system' as 'system' | 'light' | 'dark' },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 2560, height: 1400 } }] },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
        handlers.set(channel, listener),
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (menu: unknown[]) => menus.push(menu),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: unknown) => (permissionHandlers.request = handler),
        setPermissionCheckHandler: (handler: unknown) => (permissionHandlers.check = handler),
      },
    },
    shell: {
      openExternal: async () => undefined,
      showItemInFolder: (fullPath: string) => void shownItems.push(fullPath),
      openPath: async (fullPath: string) => {
        shownItems.push(fullPath);
        return '';
      },
    },
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      showMessageBox: async (_window: unknown, options: { message?: string; buttons?: string[] }) => {
        messageBoxes.push(options);
        return { response: messageBoxResponse };
      },
      showErrorBox: (title: string, content: string) => void errorBoxes.push({ title, content }),
    },
    /** What the test reads back or steers. */
    recorded: {
      handlers,
      permissionHandlers,
      menus,
      messageBoxes,
      /** Paths handed to shell.showItemInFolder or shell.openPath. */
      shownItems,
      /** Error boxes shown with dialog.showErrorBox. */
      errorBoxes,
      answerMessageBoxWith: (response: number) => (messageBoxResponse = response),
    },
  };
}

/** The one fake a test file's vi.mock('electron') returns, shared with the test that inspects it. */
export const fakeElectron = createFakeElectron(mkdtempSync(path.join(tmpdir(), 'mlp-user-data-')));
