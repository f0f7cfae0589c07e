/**
 * The example projects bundled from assets/examples/, offered under Presets and on the welcome
 * screen, grouped and ordered by assets/examples/catalog.json. Vite inlines each file's text at
 * build time, so presets work offline and from file:// alike.
 */
import { parseProject } from '../../../src/project/index';
import bundledCatalog from '../../../assets/examples/catalog.json';

/** One bundled example: its file name, title and text, or why it cannot be opened. */
export interface Preset {
  fileName: string;
  title: string;
  description: string;
  text: string;
  error: string | null;
}

/** A heading of the Presets menu and the examples under it, in lesson order. */
export interface PresetGroup {
  title: string;
  presets: Preset[];
}

/** The table of contents make-examples writes: group titles and the file names under each. */
export interface PresetCatalog {
  groups: { title: string; files: string[] }[];
}

/** Heading for bundled files the catalog does not list, so none is ever hidden. */
export const OTHER_GROUP = 'More examples';

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

/**
 * Groups presets as the catalog orders them; files it does not list follow under OTHER_GROUP, and listed files that
 * are missing are skipped.
 */
export function groupPresets(presets: Preset[], catalog: PresetCatalog = bundledCatalog): PresetGroup[] {
  const byName = new Map(presets.map((p) => [p.fileName, p]));
  const listed = new Set<string>();
  const groups: PresetGroup[] = [];
  for (const group of catalog.groups) {
    const members = group.files.flatMap((name) => {
      const preset = byName.get(name);
      if (!preset || listed.has(name)) return [];
      listed.add(name);
      return [preset];
    });
    if (members.length > 0) groups.push({ title: group.title, presets: members });
  }
  const rest = presets.filter((p) => !listed.has(p.fileName));
  if (rest.length > 0) groups.push({ title: OTHER_GROUP, presets: rest });
  return groups;
}
