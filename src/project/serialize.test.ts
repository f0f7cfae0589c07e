import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProjectFormatError } from './errors';
import { parseProject } from './parse';
import { serializeProject } from './serialize';
import { validFile } from './test-arbitraries';
import { projectWithState, TRICKY_BITS } from './test-fixtures';
import { loadWeights } from './weights';

describe('serializeProject', () => {
  it('round-trips a project with trained state exactly, weights bit for bit', () => {
    const file = projectWithState();
    const text = serializeProject(file);
    const back = parseProject(text);
    expect(back).toEqual(file);
    const kernel = loadWeights(back.state?.weights ?? [])[0].values;
    expect(Array.from(new Uint32Array(kernel.buffer, kernel.byteOffset, TRICKY_BITS.length))).toEqual(TRICKY_BITS);
    expect(serializeProject(back)).toBe(text);
  });

  it('round-trips any valid file, and writing it again gives the same text', () => {
    fc.assert(
      fc.property(validFile, (file) => {
        const text = serializeProject(file);
        const back = parseProject(text);
        expect(back).toEqual(file);
        expect(serializeProject(back)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('writes keys in the fixed order whatever order the object was built in', () => {
    const file = projectWithState();
    const shuffled = JSON.parse(JSON.stringify(file), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    );
    expect(Object.keys(shuffled)[0]).toBe('state');
    const text = serializeProject(shuffled);
    expect(text).toBe(serializeProject(file));
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'app',
      'meta',
      'graph',
      'data',
      'training',
      'notes',
      'state',
    ]);
  });

  it('indents by two spaces, keeps short plain lists and objects on one line, and ends with a newline', () => {
    const text = serializeProject(projectWithState());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "mlp-project",\n');
    expect(text).toContain('"position": { "x": 220, "y": 0 }');
    expect(text).toContain('"shape": [2, 8]');
    expect(text).toMatch(
      /\n {6}\{ "step": 10, "epoch": 2, "trainLoss": 0\.69, "trainAccuracy": 0\.5, "validationLoss": null, "validationAccuracy": null \}/,
    );
    for (const line of text.split('\n'))
      expect(line.match(/^ */)?.[0].length ?? 0).toSatisfy((n: number) => n % 2 === 0);
  });

  it('refuses NaN and infinities, naming where they are, instead of writing a file that will not open', () => {
    const file = projectWithState();
    file.state?.history.push({
      step: 50,
      epoch: 8,
      trainLoss: Number.NaN,
      trainAccuracy: null,
      validationLoss: null,
      validationAccuracy: null,
    });
    expect(() => serializeProject(file)).toThrow(ProjectFormatError);
    expect(() => serializeProject(file)).toThrow(/state\.history\[2\]\.trainLoss is NaN/);
    const moved = projectWithState();
    moved.graph.nodes[0].position.x = Number.POSITIVE_INFINITY;
    expect(() => serializeProject(moved)).toThrow(/graph\.nodes\[0\]\.position\.x is Infinity/);
  });

  it('leaves out an absent state and keeps an embedded CSV table after its short fields', () => {
    const file = projectWithState();
    delete file.state;
    file.data = {
      ...file.data,
      kind: 'csv',
      csv: { fileName: 'iris.csv', text: 'a,b,y\n1,2,x\n', targetColumn: 'y', targetKind: 'class' },
    };
    const text = serializeProject(file);
    expect(text).not.toContain('"state"');
    expect(text.indexOf('"targetKind"')).toBeLessThan(text.indexOf('"text"'));
    expect(parseProject(text)).toEqual(file);
  });
});
