import { describe, expect, it } from 'vitest';
import { createProject, serializeProject } from '../../../src/project/index';
import { loadPresets } from './presets';

describe('presets', () => {
  it('lists examples by file name with their titles, and a broken one with its error', () => {
    const good = serializeProject(createProject({ meta: { title: 'Vanishing gradients', description: 'Deep sigmoid net' } }));
    const presets = loadPresets({ '/assets/examples/b-deep.mlp': good, '/assets/examples/a-broken.mlp': '{ nope' });
    expect(presets.map((p) => p.fileName)).toEqual(['a-broken.mlp', 'b-deep.mlp']);
    expect(presets[0].error).toBeTruthy();
    expect(presets[1]).toMatchObject({ title: 'Vanishing gradients', description: 'Deep sigmoid net', error: null, text: good });
  });

  it('finds the bundled examples in assets/examples, each of which opens', () => {
    const presets = loadPresets();
    expect(presets.length).toBeGreaterThan(0);
    for (const preset of presets) expect(preset.error, preset.fileName).toBeNull();
  });
});
