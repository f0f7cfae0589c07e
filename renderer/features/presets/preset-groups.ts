/**
 * The bundled examples' grouping: the Presets menu's headings and their order, from
 * assets/examples/catalog.json. Light enough for the page to import at start-up.
 */
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
