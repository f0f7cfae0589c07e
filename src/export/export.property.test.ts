import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { totalParams } from '../graph/index';
import type { GraphNode } from '../graph/types';
import { toKeras } from './keras';
import { toPyTorch } from './pytorch';
import { TORCH_ACTIVATION, orderedNodes, respectsEdges } from './test-support/expected-layers';
import { pythonSyntaxErrors } from './test-support/python-check';
import { kerasLayers, torchForwardWiring, torchLayers } from './test-support/read-scripts';
import { trainableNetwork } from './test-support/valid-graphs';

const WEIGHTED_OR_MODULE = new Set(['dense', 'activation', 'dropout', 'batchNorm']);

/** The parameter count a reader works out from a PyTorch layer's arguments (Linear: in·out + out; BatchNorm1d: 4·width). */
function torchParams(className: string, args: string): number {
  const numbers = args.split(',').map((a) => Number(a.trim()));
  if (className === 'Linear') return numbers[0] * numbers[1] + (args.includes('bias=False') ? 0 : numbers[1]);
  if (className === 'BatchNorm1d') return 4 * numbers[0];
  return 0;
}

/** The number a keyword argument is set to in an argument list. */
function argNumber(args: string, key: string): number {
  const match = new RegExp(`\\b${key}=(-?[\\d.]+(?:e-?\\d+)?)`).exec(args);
  return match ? Number(match[1]) : NaN;
}

/** The Keras class and leading arguments a node must be declared with. */
function kerasExpectation(node: GraphNode, width: number): { className: string; args: RegExp } {
  switch (node.kind) {
    case 'dense':
      return { className: 'Dense', args: new RegExp(`^${width}, use_bias=${node.params.useBias ? 'True' : 'False'}`) };
    case 'activation': {
      const { activation, alpha } = node.params;
      if (activation === 'leakyRelu')
        return { className: 'LeakyReLU', args: new RegExp(`^negative_slope=${alpha}(\\.0)?,`) };
      if (activation === 'elu') return { className: 'ELU', args: new RegExp(`^alpha=${alpha}(\\.0)?,`) };
      if (activation === 'gelu') return { className: 'Activation', args: /^gelu_tanh,/ };
      return { className: 'Activation', args: new RegExp(`^'${activation}'`) };
    }
    case 'dropout':
      return { className: 'Dropout', args: new RegExp(`^${node.params.rate}(\\.0)?,`) };
    case 'batchNorm':
      return {
        className: 'BatchNormalization',
        args: new RegExp(`^momentum=${node.params.momentum}, epsilon=${node.params.epsilon},`),
      };
    case 'add':
      return { className: 'Add', args: /^name=/ };
    case 'concat':
      return { className: 'Concatenate', args: /^axis=-1/ };
    default:
      throw new Error(`no Keras layer for ${node.kind}`);
  }
}

describe('generated scripts against random trainable graphs', () => {
  const scripts: string[] = [];

  it(
    "PyTorch declares every layer in topological order with the graph's widths, activations and parameter " +
      'count, and wires joins as the edges do',
    () => {
      fc.assert(
        fc.property(trainableNetwork, ({ graph, data, training }) => {
          const { code } = toPyTorch({ title: 'Property', graph, data, training });
          scripts.push(code);
          const nodes = orderedNodes(graph);
          const modules = nodes.filter((n) => WEIGHTED_OR_MODULE.has(n.node.kind));
          const declared = torchLayers(code);
          expect(declared.map((d) => d.className)).toEqual(
            modules.map(({ node }) =>
              node.kind === 'dense'
                ? 'Linear'
                : node.kind === 'dropout'
                  ? 'Dropout'
                  : node.kind === 'batchNorm'
                    ? 'BatchNorm1d'
                    : TORCH_ACTIVATION[(node as GraphNode & { kind: 'activation' }).params.activation],
            ),
          );
          modules.forEach(({ node, inputWidths, width }, i) => {
            const { args } = declared[i];
            if (node.kind === 'dense')
              expect(args).toBe(`${inputWidths[0]}, ${width}${node.params.useBias ? '' : ', bias=False'}`);
            if (node.kind === 'batchNorm')
              expect(args.startsWith(`${width}, eps=${node.params.epsilon}, momentum=`)).toBe(true);
            if (node.kind === 'dropout') expect(argNumber(args, 'p')).toBe(node.params.rate);
            if (node.kind === 'activation' && node.params.activation === 'leakyRelu')
              expect(argNumber(args, 'negative_slope')).toBe(node.params.alpha);
            if (node.kind === 'activation' && node.params.activation === 'elu')
              expect(argNumber(args, 'alpha')).toBe(node.params.alpha);
          });
          expect(declared.reduce((sum, d) => sum + torchParams(d.className, d.args), 0)).toBe(totalParams(graph));
          expect(code).toContain(`# Model: ${totalParams(graph)} parameters`);

          const wiring = torchForwardWiring(code);
          if (wiring.length > 0) {
            // The i-th assignment computes the i-th node after the Input (the fused final activation is applied in forward()).
            const computed = nodes
              .filter((n) => n.node.kind !== 'input' && n.node.kind !== 'output')
              .slice(0, wiring.length);
            const variableOf = new Map<string, string>([
              [nodes[0].node.id, 'x'],
              ...computed.map((n, i) => [n.node.id, wiring[i].target] as [string, string]),
            ]);
            computed.forEach(({ node }, i) => {
              const sources = graph.edges.filter((e) => e.target === node.id).map((e) => variableOf.get(e.source));
              expect(wiring[i].reads).toEqual(sources);
            });
            expect(
              respectsEdges(
                computed.map((n) => n.node.id),
                graph,
              ),
            ).toBe(true);
          }
        }),
        { numRuns: 60 },
      );
    },
  );

  it('Keras declares every node as a layer in topological order, fed by the nodes its edges come from', () => {
    fc.assert(
      fc.property(trainableNetwork, ({ graph, data, training }) => {
        const { code } = toKeras({ title: 'Property', graph, data, training });
        scripts.push(code);
        const nodes = orderedNodes(graph);
        const inner = nodes.filter((n) => n.node.kind !== 'input' && n.node.kind !== 'output');
        const declared = kerasLayers(code);
        expect(declared).toHaveLength(inner.length);
        const inputIdent = /^(\w+) = keras\.Input\(shape=\((\d+),\)/m.exec(code);
        expect(Number(inputIdent?.[2])).toBe(nodes[0].width);
        const identOf = new Map<string, string>([
          [nodes[0].node.id, inputIdent?.[1] ?? ''],
          ...inner.map((n, i) => [n.node.id, declared[i].ident] as [string, string]),
        ]);
        inner.forEach(({ node, width }, i) => {
          const expected = kerasExpectation(node, width);
          expect(declared[i].className).toBe(expected.className);
          expect(declared[i].args).toMatch(expected.args);
          expect(declared[i].inputs).toEqual(
            graph.edges.filter((e) => e.target === node.id).map((e) => identOf.get(e.source)),
          );
        });
        const weights = declared.reduce((sum, d, i) => {
          const { node, inputWidths, width } = inner[i];
          if (node.kind === 'dense')
            return sum + inputWidths[0] * width + (d.args.includes('use_bias=True') ? width : 0);
          return sum + (node.kind === 'batchNorm' ? 4 * width : 0);
        }, 0);
        expect(weights).toBe(totalParams(graph));
      }),
      { numRuns: 60 },
    );
  });

  it("every generated script is valid Python (checked by python3's own parser)", () => {
    expect(scripts.length).toBeGreaterThanOrEqual(120);
    // The generators cover joins: some networks have Add/Concat and print a module with a forward pass.
    expect(scripts.filter((code) => code.includes('class Network(nn.Module)')).length).toBeGreaterThan(5);
    expect(pythonSyntaxErrors(scripts)).toEqual([]);
  });
});
