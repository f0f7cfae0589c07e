import { describe, expect, it } from 'vitest';
import { projectFileName } from './file-commands';

describe('projectFileName', () => {
  it('keeps a project file its name and handle', () => {
    expect(projectFileName({ name: 'Moons.mlp', handle: '/p/Moons.mlp' })).toEqual({
      name: 'Moons.mlp',
      handle: '/p/Moons.mlp',
    });
  });

  it('opens a notebook as a .mlp without its handle, so Save asks where instead of writing over the notebook', () => {
    expect(projectFileName({ name: 'moons_numpy.IPYNB', handle: '/p/moons_numpy.IPYNB' })).toEqual({
      name: 'moons_numpy.mlp',
      handle: undefined,
    });
  });
});
