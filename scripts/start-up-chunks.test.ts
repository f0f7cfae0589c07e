import { describe, expect, it } from 'vitest';
import {
  COMPILE_ALL_HINT,
  LIBRARY_MODULE,
  START_APP,
  START_LIBRARIES,
  compileAllHint,
  startUpGroups,
} from './start-up-chunks';

type Bundle = Record<
  string,
  { type: 'chunk' | 'asset'; name: string; fileName?: string; code?: string; source?: string }
>;

function runHint(bundle: Bundle): void {
  const hook = compileAllHint().generateBundle as { order: string; handler: (o: unknown, b: Bundle) => void };
  expect(hook.order).toBe('post');
  hook.handler({}, bundle);
}

describe('the compile hint of the start-up libraries', () => {
  it('is the first line of the libraries chunk only, written once, its source map moved down a line', () => {
    const bundle: Bundle = {
      'a.js': { type: 'chunk', name: START_LIBRARIES, fileName: 'a.js', code: 'const __vite__mapDeps=1;\nexport{}' },
      'a.js.map': { type: 'asset', name: 'a.js.map', source: JSON.stringify({ version: 3, mappings: 'AAAA;AACA' }) },
      'b.js': { type: 'chunk', name: 'index', code: 'import"./a.js"' },
      'c.css': { type: 'asset', name: START_LIBRARIES },
    };
    runHint(bundle);
    runHint(bundle);
    expect(bundle['a.js'].code?.split('\n')).toEqual([COMPILE_ALL_HINT, 'const __vite__mapDeps=1;', 'export{}']);
    expect(bundle['b.js'].code).toBe('import"./a.js"');
    // The source map follows the code down one line (an empty first line of mappings), once.
    expect(JSON.parse(bundle['a.js.map'].source as string)).toEqual({ version: 3, mappings: ';AAAA;AACA' });
    expect(bundle['c.css'].code).toBeUndefined();
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
