import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainTo, startUpFiles, valueImportSpecifiers } from './start-up-path';

const ROOT = path.resolve(__dirname, '..');

/** Modules that must stay off the start-up path, and what each would cost it. */
const LATER = [
  ['src/project/zod.ts', 'zod and the schemas'],
  ['src/project/parse.ts', 'the project checks'],
  ['renderer/features/presets/presets.ts', "the bundled presets' texts"],
  ['renderer/features/share/open-link.ts', 'opening a link'],
  ['renderer/features/classic/ClassicWorkspace.tsx', 'the Classic rules workspace'],
  ['renderer/features/welcome/WelcomeScreen.tsx', 'the welcome screen'],
  ['renderer/features/about/AboutDialog.tsx', 'the About dialog'],
  ['renderer/features/backprop/BackpropView.tsx', 'the Backprop tab'],
  ['renderer/features/weights/WeightsPanel.tsx', 'the Weights tab'],
  ['renderer/features/lesson/LessonPanel.tsx', 'the Lesson tab'],
  ['renderer/features/runs/RunsPanel.tsx', 'the Compare tab'],
  ['renderer/features/classroom/StepsEditor.tsx', "the instructor's editors"],
] as const;

describe('reading value imports', () => {
  it('follows value imports and re-exports, but not type-only imports or import() calls', () => {
    const text = [
      "import { a, type B } from './a';",
      "import type { C } from './c';",
      "import { type D, type E } from './d';",
      "export { f } from './f';",
      "export type { G } from './g';",
      "import './h.css';",
      "const I = lazy(() => import('./i'));",
    ].join('\n');
    expect(valueImportSpecifiers(text).sort()).toEqual(['./a', './f', './h.css']);
  });
});

describe('the start-up path of the page', () => {
  const files = startUpFiles(ROOT, 'renderer/main.tsx');

  it('reaches the canvas, the palette and the first dock tab', () => {
    for (const file of [
      'renderer/features/canvas/GraphCanvas.tsx',
      'renderer/features/palette/Palette.tsx',
      'renderer/features/boundary/BoundaryView.tsx',
    ])
      expect(files.has(file), file).toBe(true);
  });

  it.each(LATER)('leaves out %s (%s)', (file) => {
    expect(files.has(file) ? chainTo(files, file) : null).toBeNull();
  });
});
