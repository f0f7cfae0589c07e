/**
 * The example projects bundled from assets/examples/, offered under Presets. Vite inlines each
 * file's text at build time, so presets work offline and from file:// alike.
 */
import { parseProject } from '../../../src/project/index';

/** One bundled example: its file name, title and text, or why it cannot be opened. */
export interface Preset {
  fileName: string;
  title: string;
  description: string;
  text: string;
  error: string | null;
}

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
        return { fileName, title: fileName, description: '', text, error: error instanceof Error ? error.message : String(error) };
      }
    })
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
}
