/**
 * Every control an instructor can lock or hide, with a stable id (saved in .mlp files, so never
 * renamed), a human name and the area it belongs to. Controls take their id from here through
 * useControlAccess; the Access panel lists this table. The commands' locks come from the command table (src/commands).
 */
import { COMMAND_LIST, type CommandSpec } from '../../../src/commands/index';
import type { NodeKind } from '../../../src/graph/index';
import { LAYER_SPECS, type ParamField } from '../../../src/layers/index';
import type { Classroom } from '../../../src/project/light';
import { paletteControl, STRUCTURE_CONTROL } from '../../store/classroom-access';
import { DATASET_FIELDS } from '../../fields/dataset-fields';
import { DOCK_TABS } from '../dock/dock-views';
import { OPTIMIZER_FIELDS, RUN_FIELDS } from '../../fields/training-fields';

/** One lockable, hideable control. */
export interface ControlEntry {
  id: string;
  name: string;
  group: string;
}

const KINDS = Object.keys(LAYER_SPECS) as NodeKind[];

/** The id of an inspector field of a node kind. */
export const nodeFieldControl = (kind: NodeKind, key: string) => `node.${kind}.${key}`;

/** Toolbar controls that are not commands of the table (or that name a command's control differently), by id and name. */
const OTHER_TOOLBAR: ReadonlyMap<string, string> = new Map([
  ['toolbar.export', 'Export (code, model, images, metrics)'],
  ['toolbar.train', 'Train'],
  ['toolbar.pause', 'Pause'],
  ['toolbar.backend', 'Backend choice'],
  ['toolbar.keepTrainedState', 'Save weights with the project'],
  ['toolbar.speed', 'Training speed'],
]);

/** The toolbar's lockable controls: each command's control from the table (named by the command), then the others. */
function toolbarControls(): ControlEntry[] {
  const names = new Map<string, string>();
  for (const spec of COMMAND_LIST as readonly CommandSpec[]) {
    // Several commands may share a lock (Open and Open Link): the first names it.
    if (spec.control?.startsWith('toolbar.') && !names.has(spec.control))
      names.set(spec.control, OTHER_TOOLBAR.get(spec.control) ?? spec.label);
  }
  for (const [id, name] of OTHER_TOOLBAR) if (!names.has(id)) names.set(id, name);
  return [...names].map(([id, name]) => ({ id, name, group: 'Toolbar' }));
}

function build(): ControlEntry[] {
  const entries: ControlEntry[] = [
    { id: STRUCTURE_CONTROL, name: 'Network structure (add, delete, connect, paste nodes)', group: 'Network' },
    { id: 'edit.delete', name: 'Delete selected nodes and edges', group: 'Network' },
    { id: 'node.name', name: 'Node names', group: 'Network' },
  ];
  for (const kind of KINDS)
    entries.push({ id: paletteControl(kind), name: `${LAYER_SPECS[kind].title} node`, group: 'Palette' });
  for (const kind of KINDS) {
    const spec = LAYER_SPECS[kind];
    for (const field of spec.fields as ParamField<unknown>[]) {
      // The loss sits among the training settings, where the inspector shows it.
      if (kind === 'output' && field.key === 'loss') continue;
      entries.push({ id: nodeFieldControl(kind, field.key), name: field.label, group: `Inspector: ${spec.title}` });
    }
  }
  entries.push(
    { id: 'training.loss', name: 'Loss', group: 'Training' },
    { id: 'training.optimizer', name: 'Optimizer', group: 'Training' },
  );
  for (const field of [...OPTIMIZER_FIELDS, ...RUN_FIELDS])
    entries.push({ id: `training.${field.key}`, name: field.label, group: 'Training' });
  entries.push({ id: 'training.earlyStopping', name: 'Early stopping', group: 'Training' });
  entries.push({ id: 'dataset.kind', name: 'Dataset kind', group: 'Dataset' });
  for (const field of DATASET_FIELDS) entries.push({ id: `dataset.${field.key}`, name: field.label, group: 'Dataset' });
  entries.push(
    { id: 'dataset.validationSplit', name: 'Validation split', group: 'Dataset' },
    { id: 'dataset.seed', name: 'Dataset seed', group: 'Dataset' },
    { id: 'dataset.standardize', name: 'Standardise features', group: 'Dataset' },
    { id: 'dataset.regenerate', name: 'Regenerate', group: 'Dataset' },
    { id: 'dataset.csv', name: 'CSV import', group: 'Dataset' },
  );
  entries.push(...toolbarControls());
  for (const tab of DOCK_TABS) entries.push({ id: `dock.${tab.id}`, name: `${tab.title} tab`, group: 'Views' });
  entries.push({ id: 'notes', name: 'Project notes', group: 'Notes' });
  return entries;
}

/** Every registered control, grouped in the order the Access panel lists them. */
export const CONTROLS: readonly ControlEntry[] = build();

const BY_ID = new Map(CONTROLS.map((c) => [c.id, c]));

/** The registered control with this id, or undefined (an id from a newer version or a typo). */
export function controlById(id: string): ControlEntry | undefined {
  return BY_ID.get(id);
}

/** Whether this version of the app knows a control id. */
export function isRegisteredControl(id: string): boolean {
  return BY_ID.has(id);
}

/** The ids a file names (locks, hidden controls, step focus) that this version does not know, each once. */
export function unknownControlIds(classroom: Classroom | undefined): string[] {
  if (!classroom) return [];
  const named = [
    ...classroom.locked,
    ...classroom.hidden,
    ...classroom.steps.flatMap((s) => (s.focus ? [s.focus] : [])),
  ];
  return [...new Set(named)].filter((id) => !isRegisteredControl(id));
}
