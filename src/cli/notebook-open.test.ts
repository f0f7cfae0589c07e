import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedWeights, planNetwork } from '../export/index';
import { toNotebook } from '../export/notebook/index';
import { parseProject } from '../project';
import { runCli } from './main';
import { captureIo as capture } from './test-io';

/** The moons lesson exported as a NumPy notebook (weights of the right shapes; the CLI only reads the project). */
function moonsNotebook(): string {
  const file = parseProject(readFileSync('assets/examples/moons-2-10-1.mlp', 'utf8'));
  const initialWeights = planNetwork(file.graph).nodes.flatMap((planned) =>
    expectedWeights(planned).map(({ name, shape }) => ({
      nodeId: planned.node.id,
      name,
      shape,
      values: new Float32Array(shape.reduce((a, b) => a * b, 1)),
    })),
  );
  return toNotebook({ file, title: file.meta.title, initialWeights }, 'numpy').code;
}

describe('mlp with an exported notebook', () => {
  it('reads the project a notebook carries, as from a .mlp file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mlp-cli-')), 'moons_numpy.ipynb');
    writeFileSync(path, moonsNotebook());
    const io = capture();
    expect(await runCli(['info', path, '--json'], io)).toBe(0);
    const info = JSON.parse(io.stdout[0]) as { layers: { kind: string; outputShape: string }[] };
    expect(info.layers.map((l) => l.kind)).toEqual(['Input', 'Linear', 'Activation', 'Linear', 'Activation', 'Output']);
    expect(info.layers[1].outputShape).toBe('[B, 10]');
  });

  it('refuses a notebook whose project was edited until it no longer validates, naming the field', async () => {
    const notebook = JSON.parse(moonsNotebook());
    notebook.metadata.mlp_studio.project.training.batchSize = 'many';
    const path = join(mkdtempSync(join(tmpdir(), 'mlp-cli-')), 'edited.ipynb');
    writeFileSync(path, JSON.stringify(notebook));
    const io = capture();
    expect(await runCli(['validate', path], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/edited\.ipynb' is not a valid MLP Studio project.*no longer validates/s);
    expect(io.stderr.join('\n')).toContain('batchSize');
  });
});
