// Lint rules, including the layering rules of the architecture: src/ is the headless core and
// may not reach the UI or Electron; tfjs stays inside src/training/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import electronSecurity from 'eslint-plugin-electron-security';
import globals from 'globals';

const uiAndShell = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/ is the headless core: no React.' },
  { group: ['electron', 'electron/*'], message: 'src/ is the headless core: no Electron.' },
  { group: ['@xyflow/*', 'zustand', 'zustand/*', 'recharts'], message: 'src/ is the headless core: no UI libraries.' },
  {
    group: ['**/renderer/**', '**/renderer', '**/electron/**', '**/electron'],
    message: 'src/ may not import from renderer/ or electron/.',
  },
];
const tfjs = { group: ['@tensorflow/*'], message: 'tfjs may only be imported inside src/training/.' };
const electronFromRenderer = {
  group: ['electron', 'electron/*', '**/electron/**'],
  message: 'The renderer reaches Electron only through renderer/bridge and the preload API.',
};
// The renderer reaches src/ only through module entry points: src/<module>/index.ts, or on the page's thread
// src/training/light.ts (the training module's index also loads the engine and tfjs) and src/project/light.ts (the
// project module's index also loads zod and the schemas; src/project/checks.ts is that part alone, loaded on demand).
// Tests may reach internals.
const srcEntryPoints = {
  group: [
    '**/src/*/**',
    '!**/src/*/index',
    '!**/src/training/light',
    '!**/src/project/light',
    '!**/src/project/checks',
  ],
  message:
    'Import src/ through its module entry point (src/<module>/index; on the page also src/training/light, ' +
    'src/project/light and src/project/checks): export the name from the entry instead of importing the file.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Prettier lays code out at 120 columns; what it cannot break (comments, long literals) stays under 140.
      'max-len': ['error', { code: 140, ignoreUrls: false }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/training/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...uiAndShell, tfjs] }] },
  },
  {
    files: ['src/training/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: uiAndShell }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: [electronFromRenderer, srcEntryPoints] }],
    },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}', 'renderer/**/test-*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronFromRenderer] }] },
  },
  // The shell: Electron's security checklist as lint rules (the strict set, so every finding is an
  // error), and the wrappers each risky API must go through: IPC only via ipc.ts's handle(), windows
  // only via MainWindow (secure options and guards), openExternal only behind the https-only check.
  {
    ...electronSecurity.configs.strict,
    files: ['electron/**/*.ts'],
    rules: {
      ...electronSecurity.configs.strict.rules,
      'electron-security/no-open-external-with-dynamic-url': ['error', { urlValidators: ['isSafeExternalUrl'] }],
      'electron-security/require-factory': [
        'error',
        {
          factories: [
            { api: 'ipcMain.handle', use: 'handle() from electron/ipc.ts', allowIn: ['electron/ipc.ts'] },
            { api: 'ipcMain.on', use: 'handle() from electron/ipc.ts', allowIn: [] },
            {
              api: 'BrowserWindow',
              use: 'MainWindow from electron/main-window.ts',
              allowIn: ['electron/main-window.ts', 'electron/fake-electron.ts'],
            },
            {
              api: 'shell.openExternal',
              use: 'openInSystemBrowser from electron/open-external.ts',
              allowIn: ['electron/open-external.ts'],
            },
          ],
        },
      ],
    },
  },
  // CommonJS hooks that electron-builder loads with require().
  { files: ['scripts/**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
