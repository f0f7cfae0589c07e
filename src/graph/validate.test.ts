import { describe, expect, it } from 'vitest';
import type { GraphIssue } from './issues';
import { connectNodes, removeNodes, updateParams } from './operations';
import { chain, place, twoTenOne, type Step } from './test-support';
import type { Graph } from './types';
import { activeSubgraph, isTrainable, validateGraph } from './validate';

const codes = (issues: GraphIssue[]) => issues.map((i) => i.code);
const find = (issues: GraphIssue[], code: string) => {
  const issue = issues.find((i) => i.code === code);
  if (!issue) throw new Error(`no '${code}' among ${JSON.stringify(codes(issues))}`);
  return issue;
};
const withEdge = (g: Graph, source: string, target: string): Graph => ({
  ...g,
  edges: [...g.edges, { id: `raw-${source}-${target}`, source, target }],
});
const net = (...steps: Step[]) => chain(steps).graph;

describe('validateGraph on a sound network', () => {
  it('finds nothing wrong with 2-10-1 ReLU/Sigmoid/BCE, with or without the data', () => {
    const { graph } = twoTenOne();
    expect(validateGraph(graph)).toEqual([]);
    expect(validateGraph(graph, { inputWidth: 2, task: 'binary', classes: 2 })).toEqual([]);
    expect(isTrainable(validateGraph(graph))).toBe(true);
  });

  it('accepts a multiclass softmax network and an MSE regression', () => {
    const multi = net(
      ['input'],
      ['dense', { units: 3 }],
      ['activation', { activation: 'softmax' }],
      ['output', { loss: 'categoricalCrossentropy' }],
    );
    expect(validateGraph(multi, { inputWidth: 2, task: 'multiclass', classes: 3 })).toEqual([]);
    const regression = net(
      ['input', { source: 'table', columns: 4 }],
      ['dense', { units: 1 }],
      ['output', { loss: 'meanSquaredError' }],
    );
    expect(validateGraph(regression, { inputWidth: 4, task: 'regression' })).toEqual([]);
  });
});

describe('validateGraph on broken structure', () => {
  it('reports a missing Input and Output for the whole graph', () => {
    const issues = validateGraph(net(['dense'], ['activation']));
    expect(find(issues, 'no-input')).toMatchObject({ nodeId: null, severity: 'error' });
    expect(find(issues, 'no-output').message).toMatch(/no Output node/);
    expect(isTrainable(issues)).toBe(false);
  });

  it('flags every Input when there are two, naming both', () => {
    const { graph } = twoTenOne();
    const twice = place(graph, 'input').graph;
    const issues = validateGraph(twice).filter((i) => i.code === 'multiple-inputs');
    expect(issues.map((i) => i.nodeId)).toEqual(['input-1', 'input-2']);
    expect(issues[1].message).toBe(
      "Node 'Input 2': the network has 2 Input nodes ('Input 1' and 'Input 2') but takes exactly one. Delete all but one.",
    );
  });

  it('names the nodes of a loop', () => {
    const { graph, ids } = chain([
      ['input'],
      ['add'],
      ['dense', { units: 2 }],
      ['activation', { activation: 'sigmoid' }],
    ]);
    const looped = place(withEdge(graph, ids[3], ids[1]), 'output').graph;
    const issues = validateGraph(connectNodes(looped, ids[3], 'output-1'));
    const cycles = issues.filter((i) => i.code === 'cycle');
    expect(cycles.map((i) => i.nodeId)).toEqual([ids[1], ids[2], ids[3]]);
    expect(cycles[0].message).toContain("'Add 1' → 'Linear 1' → 'Sigmoid 1' → 'Add 1'");
  });

  it('reports a missing input, and the nodes downstream cut off from the Input, naming the break', () => {
    const { graph, ids } = twoTenOne();
    const cut = { ...graph, edges: graph.edges.filter((e) => e.target !== ids[2]) };
    const issues = validateGraph(cut);
    expect(find(issues, 'arity')).toMatchObject({ nodeId: ids[2], severity: 'error' });
    expect(find(issues, 'arity').message).toMatch(/^Node 'ReLU 1': has no input/);
    const cutOff = issues.filter((i) => i.code === 'unreachable-from-input');
    expect(cutOff.map((i) => i.nodeId)).toEqual([ids[3], ids[4], ids[5]]);
    expect(cutOff[0].message).toMatch(
      /^Node 'Linear 2': receives no data from the Input\. The path breaks at 'ReLU 1'/,
    );
    const leadNowhere = issues.filter((i) => i.code === 'not-on-output-path');
    expect(leadNowhere.map((i) => [i.nodeId, i.severity])).toEqual([
      [ids[0], 'warning'],
      [ids[1], 'warning'],
    ]);
  });

  it('only warns about a stray node that leads nowhere', () => {
    const { graph } = twoTenOne();
    const stray = place(graph, 'dense').graph;
    const issues = validateGraph(stray);
    expect(issues.map((i) => [i.code, i.nodeId, i.severity])).toEqual([
      ['arity', 'dense-3', 'warning'],
      ['not-on-output-path', 'dense-3', 'warning'],
    ]);
    expect(isTrainable(issues)).toBe(true);
  });

  it('reports an Add with one input and a one-input node with two', () => {
    const { graph, ids } = twoTenOne();
    const add = place(removeNodes(graph, [ids[2]]), 'add');
    let g = connectNodes(connectNodes(add.graph, ids[1], add.id), add.id, ids[3]);
    expect(find(validateGraph(g), 'arity').message).toBe(
      "Node 'Add 1': has 1 input but needs at least 2. Connect another layer into it, or delete it.",
    );
    g = withEdge(graph, ids[0], ids[2]);
    expect(find(validateGraph(g), 'arity').message).toMatch(
      /'ReLU 1': has 2 inputs \('Linear 1' and 'Input 1'\) but takes one/,
    );
  });

  it('reports an Add of unequal widths by the names of its inputs', () => {
    let g = net(
      ['input'],
      ['dense', { units: 8 }],
      ['add'],
      ['dense', { units: 1 }],
      ['activation', { activation: 'sigmoid' }],
      ['output'],
    );
    g = place(g, 'dense', { units: 4 }).graph;
    g = withEdge(connectNodes(g, 'input-1', 'dense-3'), 'dense-3', 'add-1');
    const issue = find(validateGraph(g), 'add-width-mismatch');
    expect(issue).toMatchObject({ nodeId: 'add-1', severity: 'error' });
    expect(issue.message).toMatch(
      /^Node 'Add 1': Add needs inputs of equal width; got 8 from 'Linear 1' and 4 from 'Linear 3'/,
    );
  });

  it('survives dangling edges, repeated ids and unknown kinds without throwing', () => {
    const { graph } = twoTenOne();
    const hostile = {
      nodes: [...graph.nodes, { ...graph.nodes[1] }, { ...graph.nodes[2], id: 'odd', kind: 'conv2d' }],
      edges: [...graph.edges, { id: 'x', source: 'ghost', target: 'dense-1' }, { ...graph.edges[0], id: 'again' }],
    } as unknown as Graph;
    const found = codes(validateGraph(hostile));
    expect(found).toEqual(
      expect.arrayContaining(['duplicate-node-id', 'unknown-kind', 'dangling-edge', 'duplicate-edge']),
    );
  });
});

describe('validateGraph on parameters', () => {
  const dense = (patch: object) => validateGraph(updateParams(twoTenOne().graph, 'dense-1', patch));

  it('names the value and the range of Linear units out of range', () => {
    expect(find(dense({ units: 2000 }), 'param-out-of-range').message).toBe(
      "Node 'Linear 1': units is 2000, outside the range 1 to 1024. Set units between 1 and 1024.",
    );
    expect(find(dense({ units: 2.5 }), 'param-not-integer').nodeId).toBe('dense-1');
    expect(find(dense({ units: Number.NaN }), 'param-not-finite').message).toMatch(/units is NaN/);
  });

  it('checks initializer scales, rates, alphas and features', () => {
    const scale = dense({ kernelInitializer: { name: 'randomNormal', stddev: 0, limit: 0.05 } });
    expect(find(scale, 'param-out-of-range').message).toMatch(/kernelInitializer\.stddev is 0/);
    const leaky = updateParams(twoTenOne().graph, 'activation-1', { activation: 'leakyRelu', alpha: -1 });
    expect(find(validateGraph(leaky), 'param-out-of-range').message).toMatch(/^Node 'Leaky ReLU 1': alpha is -1/);
    const relu = updateParams(twoTenOne().graph, 'activation-1', { alpha: -1 });
    expect(validateGraph(relu)).toEqual([]);
    const blind = updateParams(twoTenOne().graph, 'input-1', { features: [] });
    expect(find(validateGraph(blind), 'input-no-features').nodeId).toBe('input-1');
  });
});

describe('validateGraph on the loss', () => {
  it('refuses categoricalCrossentropy without a Softmax', () => {
    const g = net(['input'], ['dense', { units: 3 }], ['output', { loss: 'categoricalCrossentropy' }]);
    expect(find(validateGraph(g), 'cce-needs-softmax').message).toMatch(
      /^Node 'Output 1': categoricalCrossentropy expects probabilities; add a Softmax before the Output/,
    );
  });

  it('refuses binaryCrossentropy without a Sigmoid, naming the last layer', () => {
    const g = net(['input'], ['dense', { units: 1 }], ['activation', { activation: 'tanh' }], ['output']);
    expect(find(validateGraph(g), 'bce-needs-sigmoid').message).toMatch(
      /the last layer is 'Tanh 1' \(tanh\)\. Add a Sigmoid before the Output/,
    );
  });

  it('refuses a Softmax over several units with binaryCrossentropy', () => {
    const g = net(['input'], ['dense', { units: 2 }], ['activation', { activation: 'softmax' }], ['output']);
    const found = codes(validateGraph(g));
    expect(found).toContain('softmax-with-bce');
    expect(found).toContain('bce-width');
  });

  it('asks for one unit with binaryCrossentropy, naming the Linear layer to change', () => {
    const g = net(['input'], ['dense', { units: 3 }], ['activation', { activation: 'sigmoid' }], ['output']);
    expect(find(validateGraph(g), 'bce-width').message).toMatch(
      /receives 3 from 'Sigmoid 1'\. Set units of 'Linear 1' to 1 unit\./,
    );
  });

  it('refuses a Softmax over a single unit and warns about two Linear layers in a row', () => {
    const g = net(
      ['input'],
      ['dense', { units: 4 }],
      ['dense', { units: 1 }],
      ['activation', { activation: 'softmax' }],
      ['output', { loss: 'meanSquaredError' }],
    );
    const issues = validateGraph(g);
    expect(find(issues, 'softmax-single-unit').nodeId).toBe('activation-1');
    expect(find(issues, 'stacked-linear')).toMatchObject({ nodeId: 'dense-2', severity: 'warning' });
  });

  it('warns about dropout between the probabilities and the loss', () => {
    const g = net(
      ['input'],
      ['dense', { units: 1 }],
      ['activation', { activation: 'sigmoid' }],
      ['dropout'],
      ['output'],
    );
    const issues = validateGraph(g);
    expect(codes(issues)).toEqual(['dropout-after-probabilities']);
  });
});

describe('validateGraph against the data', () => {
  it('compares table columns with the dataset and plane features with 2-D data', () => {
    const table = net(
      ['input', { source: 'table', columns: 3 }],
      ['dense', { units: 1 }],
      ['output', { loss: 'meanSquaredError' }],
    );
    expect(find(validateGraph(table, { inputWidth: 5 }), 'input-width-mismatch').message).toMatch(
      /reads 3 columns but the dataset has 5.*Set columns to 5/,
    );
    const { graph } = twoTenOne();
    expect(find(validateGraph(graph, { inputWidth: 5 }), 'input-width-mismatch').message).toMatch(
      /Set source to 'table' with 5 columns/,
    );
  });

  it('refuses cross-entropy on a regression and binary cross-entropy on three classes', () => {
    const { graph } = twoTenOne();
    expect(find(validateGraph(graph, { task: 'regression' }), 'loss-task-mismatch').message).toMatch(
      /Choose meanSquaredError/,
    );
    expect(find(validateGraph(graph, { task: 'multiclass', classes: 3 }), 'loss-task-mismatch').message).toMatch(
      /dataset has 3/,
    );
  });

  it('matches the output width with the class count for CCE and MSE', () => {
    const cce = net(
      ['input'],
      ['dense', { units: 2 }],
      ['activation', { activation: 'softmax' }],
      ['output', { loss: 'categoricalCrossentropy' }],
    );
    expect(find(validateGraph(cce, { task: 'multiclass', classes: 4 }), 'output-width-mismatch').message).toMatch(
      /Set units of 'Linear 1' to 4 units/,
    );
    const mse = net(['input'], ['dense', { units: 2 }], ['output', { loss: 'meanSquaredError' }]);
    expect(codes(validateGraph(mse, { task: 'multiclass', classes: 3 }))).toContain('output-width-mismatch');
    expect(codes(validateGraph(mse, { task: 'regression' }))).toContain('output-width-mismatch');
    expect(validateGraph(mse, { task: 'binary', classes: 2 })).toEqual([]);
  });
});

describe('activeSubgraph', () => {
  it('keeps only the nodes on a path from the Input to the Output', () => {
    const { graph, ids } = twoTenOne();
    const stray = place(graph, 'dense').graph;
    const active = activeSubgraph(connectNodes(stray, ids[0], 'dense-3'));
    expect(active.nodes.map((n) => n.id)).toEqual(ids);
    expect(active.edges).toEqual(graph.edges);
  });
});
