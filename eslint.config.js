// Lint rules, including the layering rules of the architecture: src/ is the headless core and
// may not reach the UI or Electron; tfjs stays inside src/training/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiAndShell = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/ is the headless core: no React.' },
  { group: ['electron', 'electron/*'], message: 'src/ is the headless core: no Electron.' },
  { group: ['@xyflow/*', 'zustand', 'zustand/*', 'recharts'], message: 'src/ is the headless core: no UI libraries.' },
  { group: ['**/renderer/**', '**/renderer', '**/electron/**', '**/electron'], message: 'src/ may not import from renderer/ or electron/.' },
];
const tfjs = { group: ['@tensorflow/*'], message: 'tfjs may only be imported inside src/training/.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
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
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'electron/*', '**/electron/**'], message: 'The renderer reaches Electron only through renderer/bridge and the preload API.' }] }],
    },
  },
);
