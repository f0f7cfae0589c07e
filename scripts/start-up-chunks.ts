// How the page's start-up code is cut into files. Everything the page imports before its first
// render goes into two scripts: the libraries (React, React Flow, zustand, d3's zoom) and the page's
// entry with the app's own start-up code. Left to itself the bundler cut that code into thirty-odd
// small shared chunks, each a request the page's main thread issues and waits on before it can run
// anything; code loaded on demand (dialogs, dock tabs, tfjs, ELK) keeps its own chunks.
//
// Both files also start with V8's `//# allFunctionsCalledOnLoad` compile hint: most of their
// functions run during the first render, and compiling them all while the files stream in (off the
// main thread) beats compiling each one on the main thread the first time it is called. Measured
// with bench/startup.ts, the hint on both files started the page a little sooner than on the
// libraries alone, throttled or not (docs/performance.md). Chunks loaded later carry no hint.
import type { OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** The name of the start-up libraries' chunk. */
export const START_LIBRARIES = 'start-libraries';
/** The name of the app's own start-up chunk. */
export const START_APP = 'start-app';
/** V8's explicit compile hint for a whole script; it must be the file's first line. */
export const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';

/** A module of an installed library. */
export const LIBRARY_MODULE = /[\\/]node_modules[\\/]/;

/** The code-splitting groups: modules statically reachable from the page's entry, libraries apart from the app. */
export const startUpGroups = [
  { name: START_LIBRARIES, tags: ['$initial' as const], test: LIBRARY_MODULE, priority: 2 },
  { name: START_APP, tags: ['$initial' as const], priority: 1 },
];

/** Puts the compile hint on the first line of the page's entry and the start-up libraries, after every other plugin. */
export function compileAllHint(): Plugin {
  return {
    name: 'mlp-compile-all-hint',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk' || !(file.isEntry || file.name === START_LIBRARIES)) continue;
          const chunk = file as OutputChunk;
          if (chunk.code.startsWith(COMPILE_ALL_HINT)) continue;
          chunk.code = `${COMPILE_ALL_HINT}\n${chunk.code}`;
          // A source map, when one is written, moves down a line with the code.
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const parsed = JSON.parse(map.source) as { mappings: string };
            map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
          }
        }
      },
    },
  };
}
