/**
 * Side-by-side runs as operations on a project document. The active run's content lives in the
 * document's own graph, data and training (so every editor keeps editing `document.graph`); the
 * other runs carry theirs in `document.runs.list`. Every function returns a new document.
 */
import { MAX_LENGTH, MAX_RUNS } from './limits';
import type { ProjectDocument, RunContent, RunEntry, RunSet } from './types';

/** A run with its content resolved (the active one's from the document itself) and its position, which picks its colour. */
export interface RunView {
  id: string;
  name: string;
  index: number;
  active: boolean;
  content: RunContent;
}

/** The id and name of the only run of a project that has never been duplicated. */
export const FIRST_RUN = { id: 'run-1', name: 'A' } as const;

/** The runs of a document in order; a project without a runs field is the one run A. */
export function listRuns(document: ProjectDocument): RunView[] {
  const own: RunContent = { graph: document.graph, data: document.data, training: document.training };
  if (!document.runs) return [{ ...FIRST_RUN, index: 0, active: true, content: own }];
  const active = document.runs.active;
  return document.runs.list.map((run, index) => ({
    id: run.id,
    name: run.name,
    index,
    active: run.id === active,
    content: run.id === active ? own : { graph: run.graph!, data: run.data!, training: run.training! },
  }));
}

/** The run whose content the editors show. */
export function activeRun(document: ProjectDocument): RunView {
  return listRuns(document).find((r) => r.active)!;
}

function entriesOf(document: ProjectDocument): RunEntry[] {
  return document.runs?.list ?? [{ ...FIRST_RUN }];
}

/** The next name in A, B, C, ... not taken yet. */
function nextName(taken: string[]): string {
  for (let i = 0; ; i++) {
    const name = i < 26 ? String.fromCharCode(65 + i) : `Run ${i + 1}`;
    if (!taken.includes(name)) return name;
  }
}

/** The next run id, never one used before in this list (ids are run-1, run-2, ...). */
function nextId(taken: string[]): string {
  const numbers = taken.map((id) => Number(/^run-(\d+)$/.exec(id)?.[1] ?? 0));
  return `run-${Math.max(0, ...numbers) + 1}`;
}

/** Writes the active run's content into its entry and the named run's content into the document: the run `id` becomes the one edited. */
function withActive(document: ProjectDocument, list: RunEntry[], id: string): ProjectDocument {
  const views = listRuns(document);
  // Every run's content is in the document already (an entry being added brings its own).
  const content = (runId: string): RunContent =>
    views.find((v) => v.id === runId)?.content ?? (list.find((e) => e.id === runId) as RunContent);
  const target = content(id);
  const entries = list.map((entry): RunEntry => {
    if (entry.id === id) return { id: entry.id, name: entry.name };
    const { graph, data, training } = content(entry.id);
    return { id: entry.id, name: entry.name, graph, data, training };
  });
  if (entries.length < 2) {
    const { runs: _runs, ...single } = document;
    return { ...single, graph: target.graph, data: target.data, training: target.training };
  }
  const runs: RunSet = { active: id, list: entries };
  return { ...document, graph: target.graph, data: target.data, training: target.training, runs };
}

/** The name the next duplicate of this project's active run will get. */
export function nextRunName(document: ProjectDocument): string {
  return nextName(entriesOf(document).map((e) => e.name));
}

/** Why another run cannot be added now, or null when it can. */
export function duplicateRefusal(document: ProjectDocument): string | null {
  const count = entriesOf(document).length;
  return count >= MAX_RUNS
    ? `This project already has ${count} runs, the most that compare readably side by side. Remove a run before duplicating another.`
    : null;
}

/**
 * Copies the active run (network, data, training) into a new run named with the next free letter
 * and makes it the active one. Throws with the reason when the project already has MAX_RUNS runs.
 */
export function duplicateRun(document: ProjectDocument): ProjectDocument {
  const refusal = duplicateRefusal(document);
  if (refusal) throw new Error(refusal);
  const list = entriesOf(document);
  const current = activeRun(document);
  const copy: RunEntry = {
    id: nextId(list.map((e) => e.id)),
    name: nextName(list.map((e) => e.name)),
    ...structuredClone(current.content),
  };
  return withActive(document, [...list, copy], copy.id);
}

/** Makes run `id` the one the editors show (unchanged document when it already is, or when no run has that id). */
export function activateRun(document: ProjectDocument, id: string): ProjectDocument {
  if (!document.runs || document.runs.active === id || !document.runs.list.some((e) => e.id === id)) return document;
  return withActive(document, document.runs.list, id);
}

/** Why `name` cannot be run `id`'s new name, or null when it can. */
export function renameRefusal(document: ProjectDocument, id: string, name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0)
    return 'A run needs a name: the legends and the switcher show it. Type a name such as "B" or "ReLU".';
  if (trimmed.length > MAX_LENGTH.runName)
    return (
      `The name "${trimmed.slice(0, 20)}…" has ${trimmed.length} characters; a run name has at most ` +
      `${MAX_LENGTH.runName}. Type a shorter one.`
    );
  const other = listRuns(document).find((r) => r.id !== id && r.name === trimmed);
  if (other) return `Another run is already called "${trimmed}"; legends could not tell them apart. Pick another name.`;
  return null;
}

/** Renames run `id`. Throws with the reason for an empty, too long or already used name. */
export function renameRun(document: ProjectDocument, id: string, name: string): ProjectDocument {
  const refusal = renameRefusal(document, id, name);
  if (refusal) throw new Error(refusal);
  // A project of one run has no runs field to hold a name; the switcher offers renaming from two runs on.
  if (!document.runs) return document;
  const list = document.runs.list.map((e) => (e.id === id ? { ...e, name: name.trim() } : e));
  return { ...document, runs: { ...document.runs, list } };
}

/**
 * Removes run `id`. Removing the active run activates the run before it (or the new first one);
 * when one run is left the project goes back to a plain single-run document.
 */
export function removeRun(document: ProjectDocument, id: string): ProjectDocument {
  const runs = document.runs;
  if (!runs || !runs.list.some((e) => e.id === id)) return document;
  const index = runs.list.findIndex((e) => e.id === id);
  const remaining = runs.list.filter((e) => e.id !== id);
  const next = runs.active === id ? remaining[Math.max(0, index - 1)].id : runs.active;
  return withActive(document, remaining, next);
}
