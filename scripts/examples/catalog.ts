/** The bundled lessons in the order and groups the Presets menu shows them. */
import type { MlpFile } from '../../src/project';
import { activations } from './activations';
import { backprop } from './backprop';
import { classic } from './classic';
import { firstNetworks } from './first-networks';
import { generalisation } from './generalisation';
import { losses } from './losses';
import { realData } from './real-data';
import { vanishing } from './vanishing';

/** One bundled example: the file it is written to and its content. */
export interface Example {
  fileName: string;
  file: MlpFile;
}

/** A heading of the Presets menu and the examples under it. */
export interface ExampleGroup {
  title: string;
  examples: Example[];
}

/** Every group, in menu order. */
export function exampleGroups(): ExampleGroup[] {
  return [firstNetworks, classic, backprop, activations, generalisation, losses, vanishing, realData];
}

/** The menu's table of contents, written beside the examples as catalog.json and read by the app. */
export function catalogOf(groups: ExampleGroup[]): { groups: { title: string; files: string[] }[] } {
  return { groups: groups.map((g) => ({ title: g.title, files: g.examples.map((e) => e.fileName) })) };
}
