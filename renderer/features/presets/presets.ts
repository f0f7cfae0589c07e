/**
 * The example projects bundled from assets/examples/, offered under Presets and on the welcome
 * screen, grouped and ordered by assets/examples/catalog.json. Vite inlines each file's text at
 * build time, so presets work offline and from file:// alike. The page loads this module on first use
 * (use-presets.ts): the texts and their checking stay off the start-up path.
 */
import { parseProject } from '../../../src/project/index';
import type { Preset } from './preset-groups';

export { groupPresets, OTHER_GROUP, type Preset, type PresetCatalog, type PresetGroup } from './preset-groups';

const files = import.meta.glob<string>('/assets/examples/*.mlp', { query: '?raw', import: 'default', eager: true });

function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Reads the title and description of each bundled example; a broken one is listed with its error instead of hiding it. */
export function loadPresets(sources: Record<string, string> = files): Preset[] {
  return Object.entries(sources)
    .map(([path, text]) => {
      const fileName = fileNameOf(path);
      try {
        const { meta } = parseProject(text);
        return { fileName, title: meta.title || fileName, description: meta.description, text, error: null };
      } catch (error) {
        return {
          fileName,
          title: fileName,
          description: '',
          text,
          error: error instanceof Error ? error.message : String(error),
        };
      }
    })
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
}
