import { describe, expect, it } from 'vitest';
import { ProjectFormatError } from './errors';
import { MAX_DEPTH, MAX_EDGES, MAX_FILE_BYTES, MAX_NODES } from './limits';
import { parseProject } from './parse';
import { MAX_FAILING_ENTRIES } from './schema-fields';
import { serializeProject } from './serialize';
import { projectWithState } from './test-fixtures';
import { encodeFloat32 } from './weights';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke at raw JSON

/** A valid file as raw JSON, for tests to damage. */
const raw = (): Json => JSON.parse(serializeProject(projectWithState()));

function failure(text: string): ProjectFormatError {
  try {
    parseProject(text);
  } catch (error) {
    if (error instanceof ProjectFormatError) return error;
    throw error;
  }
  throw new Error('parseProject accepted the file');
}

/** Asserts that the damaged file is refused at `path`, and that the message names the path and shows `shown`. */
function expectRefused(file: Json | string, path: string, shown: string): ProjectFormatError {
  const error = failure(typeof file === 'string' ? file : JSON.stringify(file));
  expect(error.path).toBe(path);
  expect(error.message).toContain(shown);
  if (path !== '') expect(error.message).toContain(path);
  return error;
}

describe('parseProject accepts', () => {
  it('a valid file, returning it without changes', () => {
    expect(parseProject(serializeProject(projectWithState()))).toEqual(projectWithState());
  });

  it('a file just under the size limit holding 9 million trained floats', () => {
    const file = projectWithState();
    const values = new Float32Array(9_000_000).map((_, i) => i % 1000);
    const data = encodeFloat32(values);
    file.state = {
      step: 1,
      epoch: 1,
      weights: [{ nodeId: 'dense-1', name: 'kernel', shape: [2000, 4500], data }],
      history: [],
    };
    const text = serializeProject(file);
    expect(text.length).toBeGreaterThan(0.9 * MAX_FILE_BYTES);
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    const back = parseProject(text);
    expect(back.state?.weights[0].data).toBe(data);
  });
});

describe('parseProject refuses, naming path and value', () => {
  it('an unknown node kind', () => {
    const file = raw();
    file.graph.nodes[2].kind = 'conv2d';
    const error = expectRefused(file, 'graph.nodes[2].kind', '"conv2d"');
    expect(error.message).toMatch(/"dense".*Set kind to one of them/);
  });

  it('a parameter out of range, with the rule and the fix', () => {
    const file = raw();
    file.graph.nodes[3].params.units = 0;
    const error = expectRefused(file, 'graph.nodes[3].params.units', 'is 0;');
    expect(error.message).toBe(
      'graph.nodes[3].params.units is 0; a Linear layer needs 1 to 4096 units. Set units to a whole number from 1 to 4096.',
    );
  });

  it('a parameter of the wrong type or missing', () => {
    const file = raw();
    file.graph.nodes[1].params.useBias = 'yes';
    expectRefused(file, 'graph.nodes[1].params.useBias', '"yes"');
    const missing = raw();
    delete missing.training.optimizer.learningRate;
    expectRefused(missing, 'training.optimizer.learningRate', 'is missing');
  });

  it('an unknown key, by name', () => {
    const file = raw();
    file.graph.nodes[1].params.unit = 8;
    expectRefused(file, 'graph.nodes[1].params.unit', 'is not a field of the .mlp format (its value is 8)');
  });

  it('a duplicate node id and a duplicate edge id', () => {
    const file = raw();
    file.graph.nodes[4].id = 'dense-1';
    file.graph.edges = file.graph.edges.filter(
      (e: Json) => !['activation-2'].includes(e.source) && e.target !== 'activation-2',
    );
    expectRefused(file, 'graph.nodes[4].id', '"dense-1", which graph.nodes[1] already uses');
    const edges = raw();
    edges.graph.edges[3].id = edges.graph.edges[0].id;
    expectRefused(edges, 'graph.edges[3].id', `"${edges.graph.edges[0].id}"`);
  });

  it('an edge pointing at no node', () => {
    const file = raw();
    file.graph.edges[2].target = 'dense-9';
    expectRefused(file, 'graph.edges[2].target', '"dense-9", which is the id of no node');
  });

  it('NaN-like and huge numbers (1e400 reads as Infinity)', () => {
    const text = serializeProject(projectWithState()).replace('"learningRate": 0.1', '"learningRate": 1e400');
    expectRefused(text, 'training.optimizer.learningRate', 'is Infinity');
    const huge = raw();
    huge.training.epochs = 1e12;
    expectRefused(huge, 'training.epochs', 'is 1000000000000');
    expectRefused(serializeProject(projectWithState()).replace('"step": 40,', '"step": NaN,'), '', 'not valid JSON');
  });

  it('a weight whose data does not fill its shape, or that belongs to no node', () => {
    const file = raw();
    file.state.weights[1].data = encodeFloat32(new Float32Array(7));
    expectRefused(file, 'state.weights[1].data', 'holds 7 float32 values, but shape [8] needs 8');
    const orphan = raw();
    orphan.state.weights[0].nodeId = 'dense-7';
    expectRefused(orphan, 'state.weights[0].nodeId', '"dense-7"');
    const notBase64 = raw();
    notBase64.state.weights[0].data = 'not base64!';
    expectRefused(notBase64, 'state.weights[0].data', '"not base64!"');
  });

  it('a history point with a non-number loss or an accuracy above 1', () => {
    const file = raw();
    file.state.history[0].trainLoss = null;
    expectRefused(file, 'state.history[0].trainLoss', 'is null');
    const accuracy = raw();
    accuracy.state.history[1].validationAccuracy = 1.5;
    expectRefused(accuracy, 'state.history[1].validationAccuracy', 'is 1.5');
  });

  it('a newer format version, asking for an update', () => {
    const file = raw();
    file.version = 7;
    const error = expectRefused(file, 'version', 'version 7');
    expect(error.message).toBe(
      'This file was written by MLP Studio format version 7; this app reads up to 1. Update MLP Studio to open it.',
    );
  });

  it('a version that is not a whole number, and a file that is not a project', () => {
    const file = raw();
    file.version = '1';
    expectRefused(file, 'version', 'version is "1"');
    expectRefused({ ...raw(), format: 'keras' }, 'format', '"keras"');
    expectRefused('[1, 2, 3]', '', 'a list');
  });

  it('invalid JSON, with line and column', () => {
    const text = serializeProject(projectWithState()).replace('"kind": "moons",', '"kind": "moons"');
    const line = text.split('\n').findIndex((l) => l.includes('"samples"')) + 1;
    expectRefused(text, '', `not valid JSON at line ${line}, column 5`);
  });

  it('nesting deeper than the limit, before parsing it', () => {
    const deep = `{"notes": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expectRefused(deep, '', `more than ${MAX_DEPTH} levels deep`);
  });

  it('a file over the size limit', () => {
    const text = `{"notes": "${'x'.repeat(MAX_FILE_BYTES)}"}`;
    expectRefused(text, '', `The file is 50.0 MB (${(MAX_FILE_BYTES + 13).toLocaleString('en-US')} bytes)`);
    // 27 million two-byte characters are 27 M UTF-16 units but over 50 MB once written as UTF-8.
    expectRefused(`"${'é'.repeat(27_000_000)}"`, '', 'The file is 51.5 MB');
  });

  it('more nodes or edges than the limits', () => {
    const file = raw();
    const template = file.graph.nodes[2];
    file.graph.nodes = Array.from({ length: MAX_NODES + 1 }, (_, i) => ({ ...template, id: `a-${i}` }));
    file.graph.edges = [];
    delete file.state;
    expectRefused(file, 'graph.nodes', `a list of at most ${MAX_NODES} entries`);
    const edges = raw();
    edges.graph.edges = Array.from({ length: MAX_EDGES + 1 }, (_, i) => ({
      id: `e${i}`,
      source: 'input-1',
      target: 'dense-1',
    }));
    expectRefused(edges, 'graph.edges', `a list of at most ${MAX_EDGES} entries`);
  });

  it('a long history of bad points, checking only the first few in detail so memory stays bounded', () => {
    const file = raw();
    file.state.history = Array.from({ length: 100_000 }, () => ({}));
    const error = expectRefused(file, 'state.history[0].step', 'is missing');
    // Six missing fields in each of the first MAX_FAILING_ENTRIES points, instead of 600,000 problems.
    expect(error.issueCount).toBe(6 * MAX_FAILING_ENTRIES);
  });

  it('an object with very many unknown keys, counting them all but describing a few', () => {
    const file = raw();
    for (let i = 0; i < 100_000; i++) file.meta[`extra${i}`] = i;
    const error = expectRefused(file, 'meta.extra0', 'is not a field of the .mlp format (its value is 0)');
    expect(error.issueCount).toBe(100_000);
    expect(error.issues).toHaveLength(5);
  });

  it('a csv dataset without its table', () => {
    const file = raw();
    file.data.kind = 'csv';
    expectRefused(file, 'data.csv', 'data.csv is missing');
  });

  it('several problems at once, listing the first few and counting the rest', () => {
    const file = raw();
    for (const node of file.graph.nodes) node.name = 42;
    const error = failure(JSON.stringify(file));
    expect(error.issueCount).toBe(file.graph.nodes.length);
    expect(error.issues).toHaveLength(5);
    expect(error.message.split('\n')).toHaveLength(6);
    expect(error.message).toMatch(/…and 1 more problem\.$/);
  });
});
