import { describe, expect, it } from 'vitest';
import {
  COMPILE_ALL_HINT,
  LIBRARY_MODULE,
  START_APP,
  START_LIBRARIES,
  compileAllHint,
  startUpGroups,
} from './start-up-chunks';

interface BundleFile {
  type: 'chunk' | 'asset';
  name: string;
  isEntry?: boolean;
  fileName?: string;
  code?: string;
  source?: string;
}
type Bundle = Record<string, BundleFile>;

function runHint(bundle: Bundle): void {
  const hook = compileAllHint().generateBundle as { order: string; handler: (o: unknown, b: Bundle) => void };
  expect(hook.order).toBe('post');
  hook.handler({}, bundle);
}

describe('the compile hint of the start-up code', () => {
  it('is the first line of the entry and the libraries chunk only, written once, their source maps moved down a line', () => {
    const map = JSON.stringify({ version: 3, mappings: 'AAAA;AACA' });
    const bundle: Bundle = {
      'lib.js': {
        type: 'chunk',
        name: START_LIBRARIES,
        fileName: 'lib.js',
        code: 'const __vite__mapDeps=1;\nexport{}',
      },
      'lib.js.map': { type: 'asset', name: 'lib.js.map', source: map },
      'index.js': { type: 'chunk', name: 'index', isEntry: true, fileName: 'index.js', code: 'import"./lib.js"' },
      'later.js': { type: 'chunk', name: 'AboutDialog', isEntry: false, fileName: 'later.js', code: 'export{}' },
      'later.js.map': { type: 'asset', name: 'later.js.map', source: map },
      'lib.css': { type: 'asset', name: START_LIBRARIES },
    };
    runHint(bundle);
    runHint(bundle);
    expect(bundle['lib.js'].code?.split('\n')).toEqual([COMPILE_ALL_HINT, 'const __vite__mapDeps=1;', 'export{}']);
    expect(bundle['index.js'].code?.split('\n')).toEqual([COMPILE_ALL_HINT, 'import"./lib.js"']);
    expect(bundle['later.js'].code).toBe('export{}');
    // A source map follows its code down one line (an empty first line of mappings), once; the others stay.
    expect(JSON.parse(bundle['lib.js.map'].source as string)).toEqual({ version: 3, mappings: ';AAAA;AACA' });
    expect(bundle['later.js.map'].source).toBe(map);
    expect(bundle['lib.css'].code).toBeUndefined();
  });
});

describe('the start-up groups', () => {
  const libraries = startUpGroups.find((g) => g.name === START_LIBRARIES);
  const app = startUpGroups.find((g) => g.name === START_APP);

  it('take only what the entry imports before its first render, libraries before the app', () => {
    expect(libraries?.tags).toEqual(['$initial']);
    expect(libraries && 'test' in libraries && libraries.test).toBe(LIBRARY_MODULE);
    expect(app?.tags).toEqual(['$initial']);
    expect(libraries!.priority).toBeGreaterThan(app!.priority);
  });

  it('tell library modules from the app’s on either path separator', () => {
    expect(LIBRARY_MODULE.test('/repo/node_modules/react-dom/index.js')).toBe(true);
    expect(LIBRARY_MODULE.test('C:\\repo\\node_modules\\@xyflow\\react\\dist\\esm\\index.js')).toBe(true);
    expect(LIBRARY_MODULE.test('/repo/renderer/App.tsx')).toBe(false);
  });
});
