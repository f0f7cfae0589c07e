import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from './args';

describe('parseCliArgs', () => {
  it('reads a train command with options', () => {
    const a = parseCliArgs([
      'train',
      'x.mlp',
      '--epochs',
      '20',
      '--backend',
      'wasm',
      '--engine',
      'fast',
      '--json',
      '--out',
      'y.mlp',
    ]);
    expect(a).toEqual({
      command: 'train',
      file: 'x.mlp',
      epochs: 20,
      backend: 'wasm',
      engine: 'fast',
      json: true,
      out: 'y.mlp',
      fresh: false,
    });
    expect(parseCliArgs(['train', '-', '--fresh', '--out', '-'])).toMatchObject({ file: '-', fresh: true, out: '-' });
    expect(parseCliArgs(['train', 'x.mlp']).engine).toBe('auto');
  });

  it('defaults to help without arguments', () => {
    expect(parseCliArgs([]).command).toBe('help');
  });

  it('reads --version without a file', () => {
    expect(parseCliArgs(['--version']).command).toBe('version');
  });

  it.each([
    [['frobnicate', 'x.mlp'], /Unknown command 'frobnicate'/],
    [['validate'], /needs a project file/],
    [['train', 'x.mlp', '--epochs', '0'], /--epochs '0'/],
    [['train', 'x.mlp', '--epochs', '2.5'], /--epochs '2.5'/],
    [['train', 'x.mlp', '--backend', 'webgl'], /--backend 'webgl'/],
    [['info', 'x.mlp', '--epochs', '3'], /only apply to 'mlp train'/],
    [['train', 'x.mlp', '--engine', 'gpu'], /--engine 'gpu' is not an engine; use auto, tfjs or fast/],
    [['info', 'x.mlp', '--engine', 'fast'], /only apply to 'mlp train'/],
    [['info', 'x.mlp', '--bogus'], /bogus/],
    [['info', 'a.mlp', 'b.mlp'], /Unexpected argument 'b.mlp'/],
    [
      ['train', 'x.mlp', '--out', ''],
      /--out needs a file name, e\.g\. '--out trained\.mlp', or '-' for standard output; it was empty/,
    ],
    [['validate', 'x.mlp', '--fresh'], /only apply to 'mlp train'/],
  ])('refuses %j with a usage error', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
