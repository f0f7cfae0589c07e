import { describe, expect, it } from 'vitest';
import { prepareData } from '../data/index';
import { addNode, connectNodes, createNode } from '../graph/index';
import { createProject } from '../project/create';
import type { WeightValues } from '../project/weights';
import { ExportError, expectedWeights, planNetwork } from './index';
import { toPyTorch } from './pytorch';
import { numbersAssigned, torchLayers } from './test-support/read-scripts';

const starter = createProject({ meta: { title: 'Moons starter' } });
const project = { title: 'Moons starter', graph: starter.graph, data: starter.data, training: starter.training };

/** Weights for every weighted node of the starter, with distinct values so that a transposition shows. */
function starterWeights(): WeightValues[] {
  const plan = planNetwork(starter.graph);
  return plan.nodes.flatMap((planned) =>
    expectedWeights(planned).map(({ name, shape }) => {
      const count = shape.reduce((a, b) => a * b, 1);
      return {
        nodeId: planned.node.id,
        name,
        shape,
        values: Float32Array.from({ length: count }, (_, i) => (i + 1) / 7),
      };
    }),
  );
}

describe('toPyTorch', () => {
  it("names the starter network's layers in order with their sizes, the loss from the logits and every training setting", () => {
    const { code, fileName } = toPyTorch(project);
    expect(fileName).toBe('moons_starter_pytorch.py');
    expect(torchLayers(code).map((l) => `${l.ident}=${l.className}(${l.args})`)).toEqual([
      'linear_1=Linear(2, 8)',
      'relu_1=ReLU()',
      'linear_2=Linear(8, 1)',
      'sigmoid_1=Sigmoid()',
    ]);
    expect(code).toContain('loss_fn = nn.BCEWithLogitsLoss()');
    expect(code).toContain('return model[:-1](x)');
    expect(code).toContain('optimizer = torch.optim.SGD(model.parameters(), lr=0.1)');
    expect(code).toContain(`BATCH_SIZE = ${starter.training.batchSize}`);
    expect(code).toContain(`EPOCHS = ${starter.training.epochs}`);
    expect(code).toContain(`SEED = ${starter.training.seed}`);
    expect(code).toContain('Parameters: 33 (33 trainable)');
    expect(code).toContain('nn.init.xavier_uniform_(model.linear_1.weight)');
  });

  it('embeds exactly the training and validation rows the app trains on', () => {
    const { code } = toPyTorch(project);
    const prepared = prepareData(starter.data, { source: 'plane', features: ['x1', 'x2'], columns: 2 });
    expect(numbersAssigned(code, 'TRAIN_POINTS').map(Math.fround)).toEqual(Array.from(prepared.raw.train.x));
    expect(numbersAssigned(code, 'TRAIN_LABELS')).toEqual(Array.from(prepared.raw.train.y));
    expect(numbersAssigned(code, 'VALIDATION_POINTS').map(Math.fround)).toEqual(Array.from(prepared.raw.validation.x));
    expect(numbersAssigned(code, 'VALIDATION_LABELS')).toEqual(Array.from(prepared.raw.validation.y));
  });

  it("loads given weights bit for bit, transposing Linear kernels to PyTorch's [out, in]", () => {
    const weights = starterWeights();
    const { code, notes } = toPyTorch({ ...project, weights, weightsStep: 120 });
    expect(code).toContain('read at step 120');
    expect(notes[0]).toMatch(/starts from the app's weights/);
    const kernel = weights.find((w) => w.name === 'kernel' && w.shape[0] === 2) as WeightValues;
    const line = code.split('\n').find((l) => l.includes('model.linear_1.weight.copy_(')) as string;
    const [, base64, shape] = /weights_from_base64\('([^']+)', \[([^\]]+)\]\)\.T\)$/.exec(line) ?? [];
    expect(shape).toBe('2, 8');
    expect(new Float32Array(Uint8Array.from(Buffer.from(base64, 'base64')).buffer)).toEqual(kernel.values);
    expect(code).toMatch(/model\.linear_2\.bias\.copy_\(weights_from_base64\('[^']+', \[1\]\)\)/);
  });

  it('refuses weights that no longer fit the network, saying which and how to fix it', () => {
    const weights = starterWeights().map((w) =>
      w.name === 'kernel' && w.shape[0] === 2 ? { ...w, shape: [2, 4], values: w.values.slice(0, 8) } : w,
    );
    expect(() => toPyTorch({ ...project, weights })).toThrow(
      /'kernel' of 'Linear 1' has shape \[2, 4\], but the network needs \[2, 8\].*export without weights/,
    );
  });

  it('refuses a network the app could not train, listing the problems', () => {
    const broken = { ...starter.graph, edges: starter.graph.edges.slice(1) };
    expect(() => toPyTorch({ ...project, graph: broken })).toThrow(ExportError);
    expect(() => toPyTorch({ ...project, graph: broken })).toThrow(/cannot be exported until/);
  });

  it('says which nodes it leaves out because they are not between the Input and the Output', () => {
    const stray = createNode(starter.graph, 'dense', { x: 0, y: 400 }, { units: 3 });
    let graph = addNode(starter.graph, stray);
    graph = connectNodes(graph, starter.graph.nodes[1].id, stray.id);
    const { code } = toPyTorch({ ...project, graph });
    expect(code).toContain(`Left out: '${stray.name}'`);
    expect(torchLayers(code)).toHaveLength(4);
  });

  it('prints a module with a forward pass for a skip connection, summing in edge order', () => {
    // Input → Linear 1 (8) → ReLU → Linear 3 (8) ─┐
    //                          └───────────────── Add → Linear 2 → Sigmoid → Output
    const [input, linear1, relu] = starter.graph.nodes;
    let graph = starter.graph;
    const branch = createNode(graph, 'dense', { x: 0, y: 300 }, { units: 8 });
    graph = addNode(graph, branch);
    const add = createNode(graph, 'add', { x: 0, y: 300 });
    graph = addNode(graph, add);
    const linear2 = graph.nodes[3];
    graph = { ...graph, edges: graph.edges.filter((e) => !(e.source === relu.id && e.target === linear2.id)) };
    graph = connectNodes(connectNodes(connectNodes(graph, relu.id, branch.id), branch.id, add.id), relu.id, add.id);
    graph = connectNodes(graph, add.id, linear2.id);
    const { code } = toPyTorch({ ...project, graph });
    expect(input.kind).toBe('input');
    expect(linear1.kind).toBe('dense');
    expect(code).toContain('class Network(nn.Module):');
    expect(code).toMatch(/h_add_1 = h_linear_3 \+ h_relu_1/);
    expect(code).toContain('return self.sigmoid_1(self.logits(x))');
    expect(code).toContain('return model.logits(x)');
  });
});
