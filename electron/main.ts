/**
 * Entry point of the Electron main process: app lifecycle, the single-instance lock, files given
 * by the command line or the OS, the menu, and the wiring of IPC to the project session.
 * Bundled to dist/electron/main.cjs by scripts/build-electron.mjs.
 */
import { app, dialog, ipcMain, Menu, nativeTheme, screen, session as electronSession, shell } from 'electron';
import path from 'node:path';
import type { MenuCommand } from '../src/ipc/contract';
import { parseProject } from '../src/project';
import { type AppLog, createAppLog, showLogFile } from './app-log';
import { chooseRendererSource, createAppUrlCheck } from './app-url';
import { createDialogs, type DialogApi } from './dialogs';
import { saveExportFiles } from './export-files';
import { createDraftStore } from './drafts';
import { createIpcRegistry } from './ipc';
import { registerIpcHandlers } from './ipc-handlers';
import { projectPathsFromArgv } from './launch-args';
import { registerLinkScheme } from './link-scheme';
import { openInSystemBrowser } from './open-external';
import { MainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { linkFromArgv, readProjectLink } from './project-links';
import { ProjectSession } from './project-session';
import { loadRecentFiles, type RecentFilesStore } from './recent-files';
import { limitLog, logChildProcessTrouble, logMainProcessErrors, logPageTrouble } from './renderer-log';
import { createThemeKeeper } from './theme-keeper';
import { guardPermissions, guardWebContents, PRODUCT_NAME } from './window';
import {
  clampToDisplays,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  saveWindowState,
  type WindowState,
} from './window-state';

// main.cjs sits in dist/electron/ beside preload.cjs; the renderer build is in dist/renderer/.
const source = chooseRendererSource(
  path.join(__dirname, '..', 'renderer', 'index.html'),
  process.env.MLP_DEV_URL,
  app.isPackaged,
);
const isAppUrl = createAppUrlCheck(source);
const openExternal = (url: string) => void openInSystemBrowser(url);

let mainWindow: MainWindow | null = null;
let session: ProjectSession | null = null;
let recent: RecentFilesStore | null = null;
let quitting = false;
let menuKey = '';
/** Files named before the app was ready (the command line; macOS sends open-file that early too). */
const filesBeforeReady: string[] = [];
/** mlp-studio:// links given before the app was ready (the command line; macOS's open-url). */
const linksBeforeReady: string[] = [];
let appLog: AppLog | null = null;
/** The window bounds and theme remembered between runs, and where they are kept. */
let windowState: WindowState = DEFAULT_WINDOW_STATE;
let windowStateFile: string | null = null;
/** Writes run one after another: two at once would share the atomic write's temporary file. */
let windowStateWrite = Promise.resolve();

/** Writes the remembered window state; a failed write only costs the memory, so it is logged. */
function rememberWindowState(change: Partial<WindowState>): void {
  windowState = { ...windowState, ...change };
  const file = windowStateFile;
  if (!file) return;
  windowStateWrite = windowStateWrite
    .then(() => saveWindowState(file, windowState))
    .catch((error: unknown) =>
      log().warn(
        `Could not remember the window's size and theme in ${file}: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
}

/** The OS's log folder for the app (set explicitly, as some versions only know it once asked to). */
function logFolder(): string {
  try {
    app.setAppLogsPath();
    return app.getPath('logs');
  } catch {
    return path.join(app.getPath('userData'), 'logs');
  }
}

/** The app's log file, created on first use, after the app has its name. */
function log(): AppLog {
  appLog ??= createAppLog(path.join(logFolder(), 'main.log'));
  return appLog;
}

/** The project window, created (and loaded) when there is none. */
function ensureWindow(): MainWindow {
  if (mainWindow) return mainWindow;
  const window = new MainWindow({
    source,
    preloadPath: path.join(__dirname, 'preload.cjs'),
    isAppUrl,
    devTools: !app.isPackaged,
    bounds:
      windowState.bounds &&
      clampToDisplays(
        windowState.bounds,
        screen.getAllDisplays().map((display) => display.workArea),
      ),
    confirmClose: async () => {
      const mayClose = (await session?.confirmClose()) ?? true;
      // A cancelled close also cancels the quit that caused it.
      if (!mayClose) quitting = false;
      return mayClose;
    },
    onClosed: () => {
      mainWindow = null;
      refreshMenu();
    },
  });
  mainWindow = window;
  if (windowState.maximized) window.window.maximize();
  // Each close (asked or not) records where the window was; the normal bounds survive maximizing.
  window.window.on('close', () =>
    rememberWindowState({ bounds: window.window.getNormalBounds(), maximized: window.window.isMaximized() }),
  );
  logPageTrouble(window.window.webContents, log());
  void window.load();
  refreshMenu();
  return window;
}

/** Opens a project named by the OS, a second launch or the recent menu, in the one window. */
async function openFromOutside(filePath: string): Promise<void> {
  ensureWindow().focus();
  await session?.openFromOutside(filePath);
}

/**
 * Opens the project in an mlp-studio:// link (checked and parsed here first) in the one window; a bad link is
 * reported and changes nothing.
 */
async function openLink(link: string): Promise<void> {
  ensureWindow().focus();
  if (!session) return;
  let project;
  try {
    project = await readProjectLink(link);
  } catch (error) {
    session.reportLinkFailure(error);
    return;
  }
  await session.openLinkedProject(project);
}

/** Rebuilds the native menu when what it shows changed (not on every dirty-flag update). */
function refreshMenu(): void {
  if (!app.isReady()) return;
  const state = {
    platform: process.platform,
    appName: PRODUCT_NAME,
    hasWindow: mainWindow !== null,
    recentFiles: recent?.list() ?? [],
    isDevelopment: !app.isPackaged,
  };
  const key = JSON.stringify([state.hasWindow, state.recentFiles]);
  if (key === menuKey) return;
  menuKey = key;
  const actions = {
    command: (command: MenuCommand) => ensureWindow().sendMenuCommand(command),
    openRecent: (filePath: string) => void openFromOutside(filePath),
    clearRecent: () => void recent?.clear().then(refreshMenu),
    showLog: () =>
      void showLogFile(shell, log().file)
        .then((problem) => {
          if (problem) log().warn(`Could not show the log: ${problem}`);
        })
        .catch((error: unknown) =>
          log().warn(`Could not show the log: ${error instanceof Error ? error.message : String(error)}`),
        ),
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, actions)));
}

/** Electron's dialogs, attached to the project window when there is one. */
const dialogApi: DialogApi = {
  showOpenDialog: (options) =>
    mainWindow ? dialog.showOpenDialog(mainWindow.window, options) : dialog.showOpenDialog(options),
  showSaveDialog: (options) =>
    mainWindow ? dialog.showSaveDialog(mainWindow.window, options) : dialog.showSaveDialog(options),
  showMessageBox: (options) =>
    mainWindow ? dialog.showMessageBox(mainWindow.window, options) : dialog.showMessageBox(options),
  showErrorBox: (title, content) => dialog.showErrorBox(title, content),
};

/** Loads the user's recent list, wiring each addition to the OS's own recent documents too. */
async function loadRecent(userData: string): Promise<RecentFilesStore> {
  const store = await loadRecentFiles(path.join(userData, 'recent-projects.json'));
  return {
    ...store,
    add: async (filePath) => {
      await store.add(filePath);
      if (process.platform !== 'linux') app.addRecentDocument(filePath);
    },
  };
}

async function start(): Promise<void> {
  log().info(
    `MLP Studio started (${process.platform} ${process.arch}, Electron ${process.versions.electron ?? 'unknown'}).`,
  );
  logChildProcessTrouble(app, log());
  guardPermissions(electronSession.defaultSession, isAppUrl);
  // Every web contents, not only the main window's, gets the navigation and window-open guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isAppUrl, openExternal));

  const userData = app.getPath('userData');
  windowStateFile = path.join(userData, 'window-state.json');
  windowState = await loadWindowState(windowStateFile);
  const theme = createThemeKeeper(nativeTheme, windowState.theme, (chosen) => rememberWindowState({ theme: chosen }));
  const recentStore = await loadRecent(userData);
  recent = recentStore;
  const projectSession = new ProjectSession({
    platform: process.platform,
    parse: parseProject,
    dialogs: createDialogs(dialogApi),
    recent: recentStore,
    // Drafts live in the app's own folder; the path a draft names grants nothing (project-session.ts).
    drafts: createDraftStore(path.join(userData, 'drafts', 'unsaved-project.json'), parseProject, {
      onWriteError: (message) => log().warn(message),
    }),
    sendMenuCommand: (command) => ensureWindow().sendMenuCommand(command),
    sendOpenedProject: (project) => ensureWindow().sendOpenedProject(project),
    closeWindow: () => mainWindow?.closeWithoutAsking(),
    logOpenFailure: (message) => log().warn(message),
    onChange: () => {
      mainWindow?.setDocumentState(projectSession.title, projectSession.dirty);
      refreshMenu();
    },
  });
  session = projectSession;

  // A page can make calls fail at will, so their lines are rate-limited like its console errors.
  const logIpc = limitLog((message) => log().warn(message), 'refused or failed IPC calls', 60);
  registerIpcHandlers(createIpcRegistry(ipcMain, isAppUrl, logIpc), {
    session: projectSession,
    recent: recentStore,
    openExternal: async (url) => void (await openInSystemBrowser(url)),
    onRecentChange: refreshMenu,
    theme,
    exportFiles: (files) => saveExportFiles(files, { showSaveDialog: (options) => dialogApi.showSaveDialog(options) }),
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    // Windows and Linux start a second copy for a clicked link; the lock forwards its argv here.
    const link = linkFromArgv(argv);
    const [first] = projectPathsFromArgv(argv, workingDirectory);
    // One window holds one project: a link, else the first file named, wins.
    if (link) void openLink(link);
    else if (first) void openFromOutside(first);
    else ensureWindow().focus();
  });
  app.on('activate', () => ensureWindow());
  app.on('before-quit', () => (quitting = true));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });

  ensureWindow();
  if (!registerLinkScheme(app, process))
    log().warn('The OS did not make MLP Studio the handler of mlp-studio:// links.');
  const [first] = filesBeforeReady.splice(0);
  const [link] = linksBeforeReady.splice(0);
  if (link) await openLink(link);
  else if (first) await openFromOutside(first);
}

app.setName(PRODUCT_NAME);
if (!app.requestSingleInstanceLock()) {
  // Another instance is running; it receives this launch's argv through 'second-instance'.
  app.quit();
} else {
  logMainProcessErrors(process, log(), (title, content) => dialog.showErrorBox(title, content));
  filesBeforeReady.push(...projectPathsFromArgv(process.argv, process.cwd()));
  const launchLink = linkFromArgv(process.argv);
  if (launchLink) linksBeforeReady.push(launchLink);
  // macOS hands links to the running app (and at launch) as open-url, never in argv.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    if (session) void openLink(url);
    else linksBeforeReady.push(url);
  });
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (session) void openFromOutside(filePath);
    else filesBeforeReady.push(filePath);
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      log().error(`MLP Studio could not start: ${message}`);
      dialog.showErrorBox('MLP Studio could not start', message);
      app.exit(1);
    });
}
