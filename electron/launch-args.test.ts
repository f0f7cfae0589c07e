import { describe, expect, it } from 'vitest';
import { projectPathsFromArgv } from './launch-args';

describe('projectPathsFromArgv', () => {
  it('finds .mlp files after the program, resolved against the working folder', () => {
    expect(projectPathsFromArgv(['/opt/mlp/mlp-studio', 'talk/moons.mlp', '/abs/XOR.MLP'], '/home/me')).toEqual([
      '/home/me/talk/moons.mlp',
      '/abs/XOR.MLP',
    ]);
  });

  it('finds notebooks exported by the app too, which open as their project', () => {
    expect(projectPathsFromArgv(['/opt/mlp/mlp-studio', 'moons_numpy.ipynb', 'notes.ipynb.txt'], '/w')).toEqual([
      '/w/moons_numpy.ipynb',
    ]);
  });

  it('skips the program, the app folder, switches, other files and repeats', () => {
    const argv = [
      '/usr/bin/electron',
      '.',
      '--allow-file-access-from-files',
      '-psn_0_1234',
      '--inspect=9229',
      'notes.txt',
      'a.mlp',
      './a.mlp',
      'weird.mlp.bak',
    ];
    expect(projectPathsFromArgv(argv, '/w')).toEqual(['/w/a.mlp']);
    expect(projectPathsFromArgv(['/program.mlp'], '/w')).toEqual([]);
  });

  it('accepts file:// URLs from file managers', () => {
    expect(projectPathsFromArgv(['app', 'file:///home/me/My%20Net.mlp', 'file://bad host/x.mlp'], '/w')).toEqual([
      '/home/me/My Net.mlp',
    ]);
  });
});
