import { describe, expect, it } from 'vitest';
import { createProject, serializeProject } from '../../../src/project/index';
import { groupPresets, loadPresets, OTHER_GROUP } from './presets';

describe('presets', () => {
  it('lists examples by file name with their titles, and a broken one with its error', () => {
    const good = serializeProject(
      createProject({ meta: { title: 'Vanishing gradients', description: 'Deep sigmoid net' } }),
    );
    const presets = loadPresets({ '/assets/examples/b-deep.mlp': good, '/assets/examples/a-broken.mlp': '{ nope' });
    expect(presets.map((p) => p.fileName)).toEqual(['a-broken.mlp', 'b-deep.mlp']);
    expect(presets[0].error).toBeTruthy();
    expect(presets[1]).toMatchObject({
      title: 'Vanishing gradients',
      description: 'Deep sigmoid net',
      error: null,
      text: good,
    });
  });

  it('finds the bundled examples in assets/examples, each of which opens', () => {
    const presets = loadPresets();
    expect(presets.length).toBeGreaterThan(0);
    for (const preset of presets) expect(preset.error, preset.fileName).toBeNull();
  });

  it('groups presets in catalog order, lists unlisted files last and skips missing ones', () => {
    const text = serializeProject(createProject());
    const presets = loadPresets({ '/a/x.mlp': text, '/a/y.mlp': text, '/a/z.mlp': text });
    const groups = groupPresets(presets, {
      groups: [
        { title: 'Second', files: ['y.mlp', 'gone.mlp'] },
        { title: 'First', files: ['x.mlp'] },
        { title: 'Empty', files: ['gone.mlp'] },
      ],
    });
    expect(groups.map((g) => [g.title, g.presets.map((p) => p.fileName)])).toEqual([
      ['Second', ['y.mlp']],
      ['First', ['x.mlp']],
      [OTHER_GROUP, ['z.mlp']],
    ]);
  });

  it('puts every bundled example under a lesson heading, none under the catch-all', () => {
    const groups = groupPresets(loadPresets());
    expect(groups.map((g) => g.title)).not.toContain(OTHER_GROUP);
    expect(groups.flatMap((g) => g.presets).length).toBe(loadPresets().length);
    expect(groups.map((g) => g.title)).toContain('Vanishing gradients');
  });
});
