// `mlp train` on a trained file resumes from its weights and history (issue: it used to restart
// from scratch, and its history then read steps 1,2,3,1,2); --fresh starts over deliberately.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProject } from '../project';
import { runCli } from './main';
import { captureIo } from './test-io';

const MOONS = 'assets/examples/moons-2-10-1.mlp';
let dir: string;
let trained: string;

function read(path: string) {
  return parseProject(readFileSync(path, 'utf8'));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlp-cli-resume-'));
  trained = join(dir, 'trained.mlp');
  // The moons example trains full-batch: one step per epoch.
  expect(await runCli(['train', MOONS, '--epochs', '2', '--out', trained], captureIo())).toBe(0);
});

describe('mlp train on a trained file', () => {
  it('resumes from its weights and counters, says so, and extends its history', async () => {
    const out = join(dir, 'resumed.mlp');
    const io = captureIo();
    expect(await runCli(['train', trained, '--epochs', '2', '--json', '--out', out], io)).toBe(0);
    const lines = io.stdout.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.epoch)).toEqual([3, 4]);
    const notes = io.stderr.map((l) => JSON.parse(l));
    expect(notes).toContainEqual(
      expect.objectContaining({
        level: 'note',
        message: expect.stringMatching(/^resuming from epoch 2 \(step 2\)/),
        resumedFrom: { epoch: 2, step: 2 },
      }),
    );
    const saved = read(out);
    expect(saved.state?.history.map((h) => h.step)).toEqual([1, 2, 3, 4]);
    expect(saved.state?.epoch).toBe(4);
    // The resumed run started from trained weights: its first loss is below the fresh run's first.
    expect(lines[0].trainLoss).toBeLessThan(read(trained).state?.history[0].trainLoss as number);
  });

  it('says it resumes in its table too', async () => {
    const io = captureIo();
    expect(await runCli(['train', trained, '--epochs', '1'], io)).toBe(0);
    expect(io.stdout[1]).toBe("resuming from epoch 2 (step 2) of the file's trained weights; --fresh starts over");
    expect(io.stdout[2]).toMatch(/^epoch +3 /);
  });

  it('trains only the epochs left to the project setting when --epochs is not given', async () => {
    const file = read(trained);
    const short = join(dir, 'three-epochs.mlp');
    writeFileSync(short, JSON.stringify({ ...file, training: { ...file.training, epochs: 3 } }));
    const io = captureIo();
    expect(await runCli(['train', short, '--json'], io)).toBe(0);
    expect(io.stdout.map((l) => JSON.parse(l).epoch)).toEqual([3]);
  });

  it('starts over with --fresh: new weights, a new history, and a note saying so', async () => {
    const out = join(dir, 'fresh.mlp');
    const io = captureIo();
    expect(await runCli(['train', trained, '--epochs', '2', '--fresh', '--out', out], io)).toBe(0);
    expect(io.stdout[1]).toMatch(
      /^starting fresh \(--fresh\): the file's weights at epoch 2 and its history are not used$/,
    );
    const saved = read(out);
    expect(saved.state?.history.map((h) => h.step)).toEqual([1, 2]);
    expect(saved.state?.history.map((h) => h.trainLoss)).toEqual(read(trained).state?.history.map((h) => h.trainLoss));
  });

  it('says what it wrote: the epoch of the saved weights and the history length', async () => {
    const io = captureIo();
    expect(await runCli(['train', MOONS, '--epochs', '3', '--out', join(dir, 'said.mlp')], io)).toBe(0);
    expect(io.stdout.at(-1)).toBe(
      `saved trained project to ${join(dir, 'said.mlp')} with weights at epoch 3 (step 3) and 3 history points`,
    );
  });
});
