import { describe, expect, it } from 'vitest';
import type { GraphNode, NodeKind } from '../graph/types';
import { ACTIVATIONS, LAYER_SPECS, layerSpec, nodeSummary } from './index';

const node = <K extends NodeKind>(kind: K, params: object = {}): GraphNode =>
  ({
    id: `${kind}-1`,
    kind,
    name: `${kind} 1`,
    position: { x: 0, y: 0 },
    params: { ...LAYER_SPECS[kind].defaults(), ...params },
  }) as GraphNode;

describe('LAYER_SPECS', () => {
  it('has one spec per kind, filed under its own kind', () => {
    for (const [kind, spec] of Object.entries(LAYER_SPECS)) expect(spec.kind).toBe(kind);
    expect(layerSpec('dense').title).toBe('Linear');
  });

  it('hands out fresh defaults that a caller may change without touching the next call', () => {
    const first = layerSpec('dense').defaults();
    first.kernelInitializer.name = 'zeros';
    expect(layerSpec('dense').defaults().kernelInitializer.name).toBe('glorotUniform');
  });

  it('uses the defaults of the brief (tfjs defaults where tfjs has them)', () => {
    expect(layerSpec('dense').defaults()).toMatchObject({ units: 8, useBias: true, l1: 0, l2: 0 });
    expect(layerSpec('dense').defaults().biasInitializer).toEqual({ name: 'zeros', stddev: 0.05, limit: 0.05 });
    expect(layerSpec('activation').defaults()).toEqual({ activation: 'relu', alpha: 0.01 });
    expect(layerSpec('dropout').defaults()).toEqual({ rate: 0.2 });
    expect(layerSpec('batchNorm').defaults()).toEqual({ momentum: 0.99, epsilon: 0.001 });
    expect(layerSpec('input').defaults()).toEqual({ source: 'plane', features: ['x1', 'x2'], columns: 2 });
    expect(layerSpec('output').defaults()).toEqual({ loss: 'binaryCrossentropy' });
  });

  it('gives the arity of each kind: none into Input, none out of Output, many into Add and Concat', () => {
    expect([layerSpec('input').minInputs, layerSpec('input').maxInputs]).toEqual([0, 0]);
    expect(layerSpec('output').hasOutput).toBe(false);
    for (const kind of ['dense', 'activation', 'dropout', 'batchNorm', 'output'] as const)
      expect(layerSpec(kind).maxInputs).toBe(1);
    for (const kind of ['add', 'concat'] as const) expect(layerSpec(kind).maxInputs).toBe(Infinity);
  });

  it('declares the ranges of the inspector fields', () => {
    const field = (kind: NodeKind, key: string) => LAYER_SPECS[kind].fields.find((f) => f.key === key);
    expect(field('dense', 'units')).toMatchObject({ type: 'int', min: 1, max: 1024 });
    expect(field('dropout', 'rate')).toMatchObject({ min: 0, max: 0.95 });
    expect(field('activation', 'alpha')).toMatchObject({ min: 0, max: 10 });
    expect(field('batchNorm', 'epsilon')).toMatchObject({ min: 1e-8, max: 0.1 });
    expect(field('dense', 'l2')).toMatchObject({ min: 0, max: 1 });
  });

  it('shows alpha only for the activations that read it', () => {
    const alpha = layerSpec('activation').fields.find((f) => f.key === 'alpha');
    expect(alpha?.appliesTo?.({ activation: 'leakyRelu', alpha: 0.01 })).toBe(true);
    expect(alpha?.appliesTo?.({ activation: 'relu', alpha: 0.01 })).toBe(false);
  });

  it('states a formula and a derivative for every activation', () => {
    for (const info of Object.values(ACTIVATIONS)) {
      expect(info.formula).toMatch(/[=≈]/);
      expect(info.derivative).toMatch(/'|∂/);
    }
  });
});

describe('shape rules and parameter counts', () => {
  it('Input is as wide as its features or columns', () => {
    const spec = layerSpec('input');
    expect(spec.outputWidth({ source: 'plane', features: ['x1', 'x2', 'x1x2'], columns: 9 }, [])).toBe(3);
    expect(spec.outputWidth({ source: 'table', features: ['x1'], columns: 9 }, [])).toBe(9);
  });

  it('Linear has in·units weights plus units biases', () => {
    const spec = layerSpec('dense');
    const p = { ...spec.defaults(), units: 5 };
    expect(spec.outputWidth(p, [3])).toBe(5);
    expect(spec.paramCount(p, [3])).toBe(3 * 5 + 5);
    expect(spec.paramCount({ ...p, useBias: false }, [3])).toBe(15);
  });

  it('BatchNorm holds 4 numbers per feature, 2 of them trained', () => {
    const spec = layerSpec('batchNorm');
    expect(spec.outputWidth(spec.defaults(), [6])).toBe(6);
    expect(spec.paramCount(spec.defaults(), [6])).toBe(24);
    expect(spec.trainableParamCount?.(spec.defaults(), [6])).toBe(12);
  });

  it('Add keeps a common width and names both sides of a mismatch', () => {
    const spec = layerSpec('add');
    expect(spec.outputWidth({}, [4, 4, 4])).toBe(4);
    const result = spec.outputWidth({}, [8, 4], ['Linear 1', 'Linear 2']);
    expect(result).toEqual({ error: expect.stringContaining("got 8 from 'Linear 1' and 4 from 'Linear 2'") });
  });

  it('Concat is as wide as its inputs together; width-keeping kinds hold no weights', () => {
    expect(layerSpec('concat').outputWidth({}, [2, 8, 3])).toBe(13);
    for (const kind of ['activation', 'dropout', 'output'] as const) {
      expect(LAYER_SPECS[kind].outputWidth(LAYER_SPECS[kind].defaults() as never, [7])).toBe(7);
      expect(LAYER_SPECS[kind].paramCount(LAYER_SPECS[kind].defaults() as never, [7])).toBe(0);
    }
  });
});

describe('nodeSummary', () => {
  it('shows the key parameter of each kind', () => {
    expect(nodeSummary(node('dense'))).toBe('8 units · glorotUniform');
    expect(nodeSummary(node('dense', { units: 1, useBias: false }))).toBe('1 unit · glorotUniform · no bias');
    expect(nodeSummary(node('activation'))).toBe('relu');
    expect(nodeSummary(node('activation', { activation: 'elu', alpha: 1 }))).toBe('elu α=1');
    expect(nodeSummary(node('dropout'))).toBe('rate 0.2');
    expect(nodeSummary(node('output'))).toBe('BCE');
    expect(nodeSummary(node('output', { loss: 'categoricalCrossentropy' }))).toBe('CCE');
    expect(nodeSummary(node('input'))).toBe('x1, x2');
    expect(nodeSummary(node('input', { source: 'table', columns: 4 }))).toBe('4 columns');
  });
});
