// The desktop app end to end: launches the built Electron app (dist/electron + dist/renderer)
// with Playwright, checks the window, the sandboxed bridge, and projects opened by the main
// process from the command line and from the OS. Runs wherever an Electron binary is installed;
// elsewhere it says so in one line and is skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';

const NOT_RUN = 'Electron e2e not run: no Electron binary installed (see ENVIRONMENT.md)';
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The executable `require('electron')` would name, or null when it is not on disk. Looked up the
 * way the electron package does, because requiring it would start a download from GitHub.
 */
function installedElectron(): string | null {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override)
    return existsSync(path.join(override, relative || 'electron')) ? path.join(override, relative || 'electron') : null;
  const binary = relative ? path.join(packageDir, 'dist', relative) : '';
  return binary && existsSync(binary) ? binary : null;
}

/** Writes a copy of a bundled example project, retitled `title`, and returns its path. */
function fixtureProject(file: string, title: string): string {
  const project = JSON.parse(readFileSync(path.join(root, 'assets', 'examples', 'moons-2-10-1.mlp'), 'utf8')) as {
    meta: { title: string };
  };
  project.meta.title = title;
  writeFileSync(file, JSON.stringify(project, null, 2));
  return file;
}

test('desktop app: opens, shows the canvas, and opens projects given by the command line and the OS', async () => {
  const testInfo = test.info();
  const executablePath = installedElectron();
  if (!executablePath) {
    console.log(NOT_RUN);
    test.skip(true, NOT_RUN);
    return;
  }
  test.setTimeout(90_000);
  if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    throw new Error('dist/renderer/index.html is missing: run `npm run build:renderer` (or `npm run build`) first.');
  }
  const built = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: root, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);

  const launched = fixtureProject(testInfo.outputPath('launched.mlp'), 'Launched from the command line');
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const app = await electron.launch({
    executablePath,
    cwd: root,
    args: [
      ...(runningAsRoot ? ['--no-sandbox'] : []),
      `--user-data-dir=${testInfo.outputPath('user-data')}`,
      '.',
      launched,
    ],
    env: { ...process.env, MLP_DEV_URL: '' },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('canvas')).toBeVisible({ timeout: 30_000 });

    await test.step('the renderer gets the bridge and nothing of Node', async () => {
      const globals = await page.evaluate(() => ({
        bridge: typeof (window as { mlp?: { openProject?: unknown } }).mlp?.openProject,
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      expect(globals).toEqual({ bridge: 'function', require: 'undefined', process: 'undefined' });
    });

    const windowTitle = () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
    await test.step('the project named on the command line is open', async () => {
      await expect.poll(windowTitle, { timeout: 15_000 }).toContain('Launched from the command line');
    });

    await test.step('a project the OS asks to open (macOS open-file) replaces it', async () => {
      const fromOs = fixtureProject(testInfo.outputPath('from-os.mlp'), 'Opened by the OS');
      await app.evaluate(({ app: electronApp }, file) => {
        electronApp.emit('open-file', { preventDefault: () => undefined }, file);
      }, fromOs);
      await expect.poll(windowTitle, { timeout: 15_000 }).toContain('Opened by the OS');
      await expect(page.getByTestId('canvas')).toBeVisible();
    });
  } finally {
    await app.close();
  }
});
