import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject, ProjectFormatError } from '../../project/index';
import type { MlpFile } from '../../project/types';
import type { WeightValues } from '../../project/weights';
import { BatchSchedule } from '../../training/batches';
import { expectedWeights } from '../expected-weights';
import { planNetwork } from '../network-plan';
import { orderedNodes, TORCH_ACTIVATION } from '../test-support/expected-layers';
import { pythonSyntaxErrors } from '../test-support/python-check';
import { torchLayers } from '../test-support/read-scripts';
import { batchOrderLines } from './batch-order';
import { codeOf, toNotebook, type NotebookFlavour } from './index';
import type { NotebookCell } from './nbformat';
import { runNotebooks } from './test-support/run-notebooks';

const EXAMPLES = new URL('../../../assets/examples/', import.meta.url);

function lesson(name: string): MlpFile {
  return parseProject(readFileSync(new URL(`${name}.mlp`, EXAMPLES), 'utf8'));
}

/** Weights of the right shapes with distinct values (the notebook only embeds them). */
function weightsOf(file: MlpFile): WeightValues[] {
  return planNetwork(file.graph).nodes.flatMap((planned) =>
    expectedWeights(planned).map(({ name, shape }) => ({
      nodeId: planned.node.id,
      name,
      shape,
      values: Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => (i % 7) / 10),
    })),
  );
}

interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: { kernelspec: { name: string; language: string }; mlp_studio: { flavour: string; project: unknown } };
  cells: NotebookCell[];
}

function exported(name: string, flavour: NotebookFlavour): { text: string; notebook: Notebook; file: MlpFile } {
  const file = lesson(name);
  const { code: text } = toNotebook({ file, title: file.meta.title, initialWeights: weightsOf(file) }, flavour);
  return { text, notebook: JSON.parse(text) as Notebook, file };
}

/** The PyTorch modules the graph needs, in topological order, as `ident=Class(args)` would show them. */
function expectedTorchModules(file: MlpFile): string[] {
  return orderedNodes(file.graph).flatMap(({ node, inputWidths, width }) => {
    if (node.kind === 'dense')
      return [`Linear(${inputWidths[0]}, ${width}${node.params.useBias ? '' : ', bias=False'})`];
    if (node.kind === 'activation') return [TORCH_ACTIVATION[node.params.activation]];
    if (node.kind === 'batchNorm') return [`BatchNorm1d(${width}`];
    if (node.kind === 'dropout') return ['Dropout'];
    return [];
  });
}

const CASES: [string, NotebookFlavour][] = [
  ['moons-2-10-1', 'numpy'],
  ['moons-2-10-1', 'pytorch'],
  ['deep-sigmoid', 'numpy'],
  ['deep-sigmoid', 'pytorch'],
  ['deep-sigmoid-skip', 'pytorch'],
  ['deep-sigmoid-batchnorm', 'pytorch'],
  ['spiral-softmax', 'numpy'],
];

describe('toNotebook', () => {
  it.each(CASES)(
    '%s (%s) is an nbformat 4.5 notebook with ids, the Python 3 kernel and the lesson',
    (name, flavour) => {
      const { notebook, file } = exported(name, flavour);
      expect([notebook.nbformat, notebook.nbformat_minor]).toEqual([4, 5]);
      expect(notebook.metadata.kernelspec).toMatchObject({ name: 'python3', language: 'python' });
      const ids = notebook.cells.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const cell of notebook.cells) {
        expect(cell.id).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
        expect(cell.metadata).toEqual({});
        expect(cell.source.every((line) => typeof line === 'string')).toBe(true);
        expect(cell.source.slice(0, -1).every((line) => line.endsWith('\n'))).toBe(true);
        if (cell.cell_type === 'code') expect([cell.outputs, cell.execution_count]).toEqual([[], null]);
        else expect(cell.cell_type).toBe('markdown');
      }
      const opening = notebook.cells[0].source.join('');
      expect(opening).toContain(`# ${file.meta.title}`);
      expect(opening).toContain(file.meta.description.slice(0, 40));
      expect(notebook.cells[1].source.join('')).toMatch(/^## The lesson\n\n1\. /);
      expect(notebook.metadata.mlp_studio.flavour).toBe(flavour);
    },
  );

  it("parses every code cell of every case with Python's own ast module (one python3 run)", () => {
    const cells = CASES.flatMap(([name, flavour]) =>
      exported(name, flavour)
        .notebook.cells.filter((c) => c.cell_type === 'code')
        .map((c) => c.source.join('')),
    );
    expect(cells.length).toBeGreaterThan(CASES.length * 5);
    expect(pythonSyntaxErrors(cells)).toEqual([]);
  });

  it.each(['moons-2-10-1', 'deep-sigmoid', 'deep-sigmoid-skip', 'deep-sigmoid-batchnorm'])(
    "the PyTorch notebook of %s declares the graph's layers in order with their widths",
    (name) => {
      const { notebook, file } = exported(name, 'pytorch');
      const declared = torchLayers(codeOf(notebook.cells)).map((l) => `${l.className}(${l.args})`);
      const expected = expectedTorchModules(file);
      expect(declared).toHaveLength(expected.length);
      declared.forEach((d, i) => expect(d.startsWith(expected[i]), `${d} vs ${expected[i]}`).toBe(true));
    },
  );

  it('refuses the NumPy flavour for BatchNorm, naming the layers and the way out', () => {
    const file = lesson('deep-sigmoid-batchnorm');
    expect(() => toNotebook({ file, title: 't', initialWeights: weightsOf(file) }, 'numpy')).toThrow(
      /has none for 'BatchNorm 1' \(BatchNorm\).*Export the PyTorch notebook instead/s,
    );
  });

  it('embeds the project, so that the notebook opens as the lesson through parseProject', () => {
    const { text, file } = exported('deep-sigmoid', 'numpy');
    const reopened = parseProject(text);
    expect(reopened.graph).toEqual(file.graph);
    expect(reopened.data).toEqual(file.data);
    expect(reopened.training).toEqual(file.training);
    expect(reopened.meta).toEqual(file.meta);
    expect(reopened.notes).toEqual(file.notes);
  });

  it('refuses a hand-edited notebook whose project no longer validates, naming the field and the fix', () => {
    const { notebook } = exported('moons-2-10-1', 'pytorch');
    const project = notebook.metadata.mlp_studio.project as { graph: { nodes: { params: { units?: number } }[] } };
    project.graph.nodes[1].params.units = -3;
    let error: unknown = null;
    try {
      parseProject(JSON.stringify(notebook));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProjectFormatError);
    expect((error as ProjectFormatError).path).toBe('metadata.mlp_studio.project.graph.nodes[1].params.units');
    expect((error as Error).message).toMatch(/no longer validates.*-3.*export the notebook again/s);
  });

  it('refuses a notebook that carries no project, saying which notebooks open', () => {
    const { notebook } = exported('moons-2-10-1', 'numpy');
    const bare = { ...notebook, metadata: { kernelspec: notebook.metadata.kernelspec } };
    expect(() => parseProject(JSON.stringify(bare))).toThrow(/carries no MLP Studio project.*export it again/s);
  });

  it("orders the batches as the app's BatchSchedule does (the seeded shuffle reproduced in Python)", () => {
    const settings = [
      { seed: 42, batchSize: 8, n: 37 },
      { seed: 7, batchSize: 5, n: 12 },
      { seed: 4294967295, batchSize: 3, n: 10 },
    ];
    const sources = settings.map(({ seed, batchSize, n }) =>
      [
        'import numpy as np',
        `SEED, BATCH_SIZE, N_TRAIN = ${seed}, ${batchSize}, ${n}`,
        ...batchOrderLines({ batchSize, seed } as never, n),
        'RESULT = [epoch_order(e).tolist() for e in range(3)]',
      ].join('\n'),
    );
    const runs = runNotebooks(sources);
    settings.forEach(({ seed, batchSize, n }, i) => {
      const schedule = new BatchSchedule(n, batchSize, seed);
      expect(runs[i].result).toEqual([0, 1, 2].map((e) => Array.from(schedule.orderOf(e))));
    });
  });
});
