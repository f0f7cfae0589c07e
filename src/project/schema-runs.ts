import type { z } from 'zod';
import { MAX_LENGTH, MAX_RUNS } from './limits';
import { list, record, text, token } from './schema-fields';

/** Run ids: short tokens, like node ids. */
export const RUN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/**
 * The optional `runs` field of a .mlp file, built from the schemas of a run's parts (passed in so
 * that schema.ts keeps them in one place). Which entry carries content is checked in references.ts.
 */
export function runSetSchema<G extends z.ZodType, D extends z.ZodType, T extends z.ZodType>(
  graph: G,
  data: D,
  training: T,
) {
  const id = (field: string) =>
    token(
      field,
      MAX_LENGTH.id,
      RUN_ID_PATTERN,
      'letters, digits, "-", "_", "." or ":" starting with a letter or digit',
      'a run has an id',
    );
  const entry = record(
    {
      id: id('id'),
      name: text('name', MAX_LENGTH.runName, 'a run has a name of its own, shown in the switcher and the legends', 1),
      graph: graph.optional(),
      data: data.optional(),
      training: training.optional(),
    },
    'each run is an object',
  );
  return record(
    {
      active: id('active'),
      list: list(entry, MAX_RUNS, `runs.list lists the side-by-side runs, at most ${MAX_RUNS}`).min(2, {
        error:
          'runs.list holds at least two runs (a project with one run has no runs field). Remove the runs field or add a run.',
      }),
    },
    'runs holds the side-by-side runs of the project',
  );
}
