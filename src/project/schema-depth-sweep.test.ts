import { describe, expect, it } from 'vitest';
import { DEFAULT_SWEEP_SETTINGS, type DepthSweep } from '../training/depth-sweep/settings';
import { createProject, toDocument } from './create';
import { parseProject } from './parse';
import { serializeProject } from './serialize';

const sweep: DepthSweep = {
  settings: {
    ...DEFAULT_SWEEP_SETTINGS,
    minDepth: 2,
    maxDepth: 4,
    activations: ['relu', 'sigmoid'],
    initializer: 'heNormal',
    steps: 0,
  },
  results: [
    { activation: 'relu', depth: 2, firstGradNorm: 0.125, lastGradNorm: 0.25, trainLoss: 0.69 },
    { activation: 'sigmoid', depth: 2, firstGradNorm: 1.5e-7, lastGradNorm: 0.03, trainLoss: 0.6931 },
  ],
};

/** The text of a project whose depthSweep is replaced by `value`. */
function withSweep(value: unknown): string {
  const file = JSON.parse(serializeProject(createProject({ depthSweep: sweep }))) as Record<string, unknown>;
  return JSON.stringify({ ...file, depthSweep: value });
}

describe('the depthSweep field of a .mlp', () => {
  it('round-trips settings and results exactly, and reaches the document', () => {
    const file = createProject({ depthSweep: sweep });
    const reopened = parseProject(serializeProject(file));
    expect(reopened.depthSweep).toEqual(sweep);
    expect(toDocument(reopened).depthSweep).toEqual(sweep);
  });

  it('is left out of files that never used it, which still open', () => {
    const text = serializeProject(createProject());
    expect(text).not.toContain('depthSweep');
    expect(parseProject(text).depthSweep).toBeUndefined();
  });

  it('keeps "no results yet" as null', () => {
    expect(parseProject(withSweep({ settings: sweep.settings, results: null })).depthSweep?.results).toBeNull();
  });

  it.each([
    [{ ...sweep, settings: { ...sweep.settings, maxDepth: 31 } }, /depthSweep\.settings\.maxDepth.*31.*1 to 30/],
    [{ ...sweep, settings: { ...sweep.settings, activations: ['softmax'] } }, /activations\[0\].*softmax/],
    [{ ...sweep, settings: { ...sweep.settings, activations: ['relu', 'relu'] } }, /names each activation once/],
    [{ ...sweep, results: [{ ...sweep.results?.[0], firstGradNorm: -1 }] }, /results\[0\]\.firstGradNorm.*-1/],
  ])('refuses a bad sweep, naming the field and the value (%#)', (value, message) => {
    expect(() => parseProject(withSweep(value))).toThrow(message);
  });
});
