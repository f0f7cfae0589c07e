import { describe, expect, it } from 'vitest';
import { selectAnalysis, selectDataPreview } from './analysis';
import { RESOURCE_BUDGETS } from '../../src/graph/budget';
import { buildChain, createProject } from '../../src/project/index';
import { createAppStore } from './app-store';

describe('app store: validation state', () => {
  it('reports the starting network as trainable with its parameter count', () => {
    const store = createAppStore();
    const analysis = selectAnalysis(store.getState());
    expect(analysis.trainable).toBe(true);
    expect(analysis.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // Input(2) → Linear 8 → ReLU → Linear 1 → Sigmoid: (2·8 + 8) + (8·1 + 1).
    expect(analysis.totalParams).toBe(2 * 8 + 8 + 8 * 1 + 1);
  });

  it('flags a dangling node on that node, and clears the flag when it is deleted', () => {
    const store = createAppStore();
    const id = store.getState().addNodeAt('dense', { x: 0, y: 300 });
    expect(selectAnalysis(store.getState()).issuesByNode.get(id)?.length).toBeGreaterThan(0);
    store.getState().deleteSelection();
    expect(selectAnalysis(store.getState()).issuesByNode.has(id)).toBe(false);
  });

  it('updates shapes and counts when a parameter changes', () => {
    const store = createAppStore();
    const first = store.getState().document.graph.nodes.find((n) => n.kind === 'dense')!;
    store.getState().updateNodeParams(first.id, { units: 4 });
    const analysis = selectAnalysis(store.getState());
    expect(analysis.shapes.get(first.id)?.width).toBe(4);
    expect(analysis.totalParams).toBe(2 * 4 + 4 + 4 * 1 + 1);
  });

  it('gives the same analysis object back until the document changes (stable for React selectors)', () => {
    const store = createAppStore();
    const a = selectAnalysis(store.getState());
    store.getState().setSelection([store.getState().document.graph.nodes[0].id]);
    expect(selectAnalysis(store.getState())).toBe(a);
    store.getState().setDataset({ noise: 0.2 });
    expect(selectAnalysis(store.getState())).not.toBe(a);
  });

  it('turns a bad dataset setting into a message instead of an exception', () => {
    const store = createAppStore();
    store.getState().setDataset({ samples: 3 });
    const preview = selectDataPreview(store.getState());
    expect(preview.split).toBeNull();
    expect(preview.error).toMatch(/Samples/);
    expect(preview.error).toMatch(/3/);
  });

  it('holds a table Input to the dataset width', () => {
    const store = createAppStore();
    const input = store.getState().document.graph.nodes.find((n) => n.kind === 'input')!;
    store.getState().updateNodeParams(input.id, { source: 'table', columns: 5 });
    const issues = selectAnalysis(store.getState()).issuesByNode.get(input.id) ?? [];
    expect(issues.some((i) => i.severity === 'error' && i.message.includes('5'))).toBe(true);
  });
});

describe('app store: the resource budget', () => {
  it("holds the network to the browser's budget (26 M weights: fine on the command line, not in a tab)", () => {
    const hidden = Array.from({ length: 26 }, () => [
      { kind: 'dense', units: 1024 } as const,
      { kind: 'activation', activation: 'relu' } as const,
    ]).flat();
    const graph = buildChain(
      ['x1', 'x2'],
      [...hidden, { kind: 'dense', units: 1 }, { kind: 'activation', activation: 'sigmoid' }],
      'binaryCrossentropy',
    );
    const store = createAppStore(createProject({ graph }));
    const analysis = selectAnalysis(store.getState());
    expect(analysis.totalParams).toBeGreaterThan(RESOURCE_BUDGETS.browser.maxParams);
    expect(analysis.totalParams).toBeLessThan(RESOURCE_BUDGETS.node.maxParams);
    expect(analysis.trainable).toBe(false);
    const issue = analysis.graphIssues.find((i) => i.code === 'too-many-parameters');
    expect(issue?.message).toContain(
      `${analysis.totalParams.toLocaleString('en-US')} parameters; the limit is 25,000,000 in a browser tab or the desktop window`,
    );
  });

  it('holds one step to the multiply-add budget with the batch size the document trains with', () => {
    const wide = { kind: 'dense', units: 1024 } as const;
    const relu = { kind: 'activation', activation: 'relu' } as const;
    const graph = buildChain(
      ['x1', 'x2'],
      [wide, relu, wide, relu, wide, relu, { kind: 'dense', units: 1 }, { kind: 'activation', activation: 'sigmoid' }],
      'binaryCrossentropy',
    );
    const store = createAppStore(createProject({ graph }));
    store.getState().setDataset({ samples: 3000, validationSplit: 0 });
    store.getState().setTraining({ batchSize: 32 });
    expect(selectAnalysis(store.getState()).issues.filter((i) => i.severity === 'error')).toEqual([]);
    store.getState().setTraining({ batchSize: 0 });
    const issue = selectAnalysis(store.getState()).graphIssues.find((i) => i.code === 'too-much-work-per-step');
    expect(issue?.message).toContain('× a batch of 3,000); the limit is 5,000,000,000');
  });
});

describe('app store: large CSV tables', () => {
  const big = {
    fileName: 'big.csv',
    text: `a,label\n${'1,0\n2,1\n'.repeat(130_000)}`,
    targetColumn: 'label',
    targetKind: 'class' as const,
  };

  it('never parses a large table on the page: the preview is pending until the off-thread parse is recorded', async () => {
    const { tableEntry, setTableEntry } = await import('./csv-tables');
    const { parseCsvDataset } = await import('../../src/data/index');
    const source = { ...big };
    const store = createAppStore();
    store.getState().setDataset({ kind: 'csv', csv: source });
    const pending = selectDataPreview(store.getState());
    expect(pending).toMatchObject({ pending: true, split: null, error: null });
    expect(tableEntry(source)).toBeUndefined();
    setTableEntry(source, {
      status: 'done',
      dataset: parseCsvDataset({ ...source, text: `a,label\n${'1,0\n2,1\n'.repeat(10)}` }),
    });
    store.getState().noteTableParsed();
    const ready = selectDataPreview(store.getState());
    expect(ready.pending).toBeFalsy();
    expect(ready.split!.train.n + ready.split!.validation.n).toBe(20);
  });

  it('shows the error of a failed off-thread parse', async () => {
    const { setTableEntry } = await import('./csv-tables');
    const source = { ...big };
    const store = createAppStore();
    store.getState().setDataset({ kind: 'csv', csv: source });
    setTableEntry(source, { status: 'failed', message: "'big.csv' has 260,000 data rows below its header" });
    store.getState().noteTableParsed();
    expect(selectDataPreview(store.getState())).toMatchObject({
      pending: false,
      error: "'big.csv' has 260,000 data rows below its header",
    });
  });
});
