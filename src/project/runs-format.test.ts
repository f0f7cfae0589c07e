import { describe, expect, it } from 'vitest';
import { updateParams } from '../graph/operations';
import { createProject, toDocument } from './create';
import { ProjectFormatError } from './errors';
import { parseProject } from './parse';
import { duplicateRun, listRuns } from './runs';
import { serializeProject } from './serialize';
import type { MlpFile } from './types';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke at raw JSON

/** A project of two runs, B active with a tanh hidden layer. */
function twoRuns(): MlpFile {
  const file = createProject({ meta: { created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' } });
  const doc = duplicateRun(toDocument(file));
  return { ...file, ...doc, graph: updateParams(doc.graph, 'activation-1', { activation: 'tanh' }) };
}

function refusal(json: Json): ProjectFormatError {
  try {
    parseProject(JSON.stringify(json));
  } catch (error) {
    if (error instanceof ProjectFormatError) return error;
    throw error;
  }
  throw new Error('parseProject accepted the file');
}

describe('.mlp runs field', () => {
  it('round-trips a project of two runs exactly, each run with its own network', () => {
    const file = twoRuns();
    const text = serializeProject(file);
    const parsed = parseProject(text);
    expect(parsed).toEqual(file);
    expect(serializeProject(parsed)).toBe(text);
    const runs = listRuns(toDocument(parsed));
    expect(runs.map((r) => r.name)).toEqual(['A', 'B']);
    const act = (i: number) => runs[i].content.graph.nodes.find((n) => n.id === 'activation-1')?.params;
    expect(act(0)).toMatchObject({ activation: 'relu' });
    expect(act(1)).toMatchObject({ activation: 'tanh' });
  });

  it('opens a file without runs unchanged, as one run', () => {
    const file = createProject();
    const parsed = parseProject(serializeProject(file));
    expect('runs' in parsed).toBe(false);
    expect(toDocument(parsed).runs).toBeUndefined();
  });

  it('refuses a run other than the active one without its network, naming the run and the fix', () => {
    const json: Json = JSON.parse(serializeProject(twoRuns()));
    delete json.runs.list[0].graph;
    const error = refusal(json);
    expect(error.path).toBe('runs.list[0].graph');
    expect(error.message).toMatch(/runs\.list\[0\]\.graph is missing.*Add graph to run "A", or remove the run/);
  });

  it('refuses an active run that also carries content, an unknown active id, duplicate names and a single run', () => {
    const base = () => JSON.parse(serializeProject(twoRuns())) as Json;
    const withContent = base();
    withContent.runs.list[1].data = withContent.data;
    expect(refusal(withContent).message).toMatch(/runs\.list\[1\] is the active run.*Remove data/);

    const unknown = base();
    unknown.runs.active = 'run-9';
    expect(refusal(unknown).message).toMatch(/runs\.active is "run-9", which is the id of no run/);

    const sameName = base();
    sameName.runs.list[1].name = 'A';
    const named = refusal(sameName);
    expect(named.path).toBe('runs.list[1].name');
    expect(named.message).toMatch(/already uses; run names must be unique/);

    const single = base();
    single.runs.list = [single.runs.list[1]];
    expect(refusal(single).message).toMatch(/at least two runs/);
  });

  it("refuses an edge of another run that points at no node, at that run's path", () => {
    const json: Json = JSON.parse(serializeProject(twoRuns()));
    json.runs.list[0].graph.edges[0].target = 'nowhere';
    const error = refusal(json);
    expect(error.path).toBe('runs.list[0].graph.edges[0].target');
    expect(error.message).toContain('"nowhere"');
  });
});
