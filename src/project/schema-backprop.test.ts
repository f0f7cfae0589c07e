// The optional `backprop` block: kept through a save and reopen, checked field by field, and
// projects without it still open.
import { describe, expect, it } from 'vitest';
import { createProject } from './create';
import { parseProject } from './parse';
import { serializeProject } from './serialize';

describe('backprop settings in a .mlp', () => {
  it('round-trips, and files without them open unchanged', () => {
    const file = createProject({ backprop: { sample: 7 } });
    expect(parseProject(serializeProject(file)).backprop).toEqual({ sample: 7 });
    expect(parseProject(serializeProject(createProject())).backprop).toBeUndefined();
  });

  it("moves an older file's ½(ŷ − y)² choice into the training settings, which train with it", () => {
    const older = parseProject(serializeProject(createProject({ backprop: { sample: 7, halveSquaredError: true } })));
    expect(older.backprop).toEqual({ sample: 7 });
    expect(older.training.halveSquaredError).toBe(true);
    const unticked = parseProject(
      serializeProject(createProject({ backprop: { sample: 2, halveSquaredError: false } })),
    );
    expect(unticked.training.halveSquaredError).toBeUndefined();
  });

  it('refuses a sample that is no index and a flag that is no boolean, naming the field', () => {
    const text = (backprop: unknown) => JSON.stringify({ ...JSON.parse(serializeProject(createProject())), backprop });
    expect(() => parseProject(text({ sample: -1, halveSquaredError: false }))).toThrow(/backprop\.sample/);
    expect(() => parseProject(text({ sample: 1.5, halveSquaredError: false }))).toThrow(/backprop\.sample/);
    expect(() => parseProject(text({ sample: 0, halveSquaredError: 'yes' }))).toThrow(/backprop\.halveSquaredError/);
  });
});
