// Layer groups in the .mlp file: optional, kept through save and open exactly, and refused with a
// message naming the path, the value and the fix when they do not describe the network.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject } from './parse';
import { serializeProject } from './serialize';

const lesson = () =>
  parseProject(readFileSync(new URL('../../assets/examples/deep-sigmoid.mlp', import.meta.url), 'utf8'));
const hidden = Array.from({ length: 8 }, (_, i) => [`dense-${i + 1}`, `activation-${i + 1}`]).flat();

describe('graph.groups in the file', () => {
  it('round-trips a collapsed group exactly, the real graph intact beside it', () => {
    const file = lesson();
    file.graph.groups = [{ id: 'group-1', nodeIds: hidden, repeats: 8, collapsed: true }];
    const text = serializeProject(file);
    const reopened = parseProject(text);
    expect(reopened.graph.groups).toEqual(file.graph.groups);
    expect(reopened.graph.nodes).toEqual(file.graph.nodes);
    expect(reopened.graph.edges).toEqual(file.graph.edges);
    expect(serializeProject(reopened)).toBe(text);
  });

  it('stays out of files without groups', () => {
    const file = lesson();
    delete file.graph.groups;
    expect(serializeProject(file)).not.toContain('"groups"');
  });

  it('refuses a group that is not a repeat of the network, naming the path and the fix', () => {
    const file = lesson();
    file.graph.groups = [{ id: 'group-1', nodeIds: hidden, repeats: 3, collapsed: false }];
    expect(() => parseProject(serializeProject(file))).toThrow(/graph\.groups\[0\].*Set repeats to 8/);
  });

  it('refuses a node in two groups and an unknown node id', () => {
    const file = lesson();
    file.graph.groups = [
      { id: 'a', nodeIds: hidden.slice(0, 4), repeats: 2, collapsed: true },
      { id: 'b', nodeIds: hidden.slice(2, 6), repeats: 2, collapsed: true },
    ];
    expect(() => parseProject(serializeProject(file))).toThrow(/already holds; a layer sits in one group at most/);
    file.graph.groups = [{ id: 'a', nodeIds: ['dense-1', 'dense-99'], repeats: 2, collapsed: true }];
    expect(() => parseProject(serializeProject(file))).toThrow(/"dense-99" is not in the network/);
  });

  it('refuses a group with a wrong field type through the schema', () => {
    const json = JSON.parse(serializeProject(lesson()));
    json.graph.groups = [{ id: 'g', nodeIds: hidden, repeats: 1, collapsed: 'yes' }];
    expect(() => parseProject(JSON.stringify(json))).toThrow(/repeats|collapsed/);
  });
});
