// The tooltip catalog covers everything the core knows: the lists come from the project format's
// registries, so a new node kind, activation, initialiser, loss, optimizer or dataset kind without
// a tooltip fails here.
import { describe, expect, it } from 'vitest';
import { LAYER_SPECS } from '../layers/index';
import { DATASET_KINDS, OPTIMIZER_NAMES } from '../project/schema';
import { ACTIVATION_NAMES, INITIALIZER_NAMES, LOSS_NAMES, NODE_KINDS, PLANE_FEATURES } from '../project/schema-graph';
import {
  ACTIVATION_TIPS,
  DATASET_KIND_TIPS,
  INITIALIZER_TIPS,
  LOSS_TIPS,
  NODE_KIND_TIPS,
  OPTIMIZER_TIPS,
  PLANE_FEATURE_TIPS,
  activationTip,
  datasetKindTip,
  initializerTip,
  lossTip,
  nodeKindTip,
  optimizerTip,
} from './index';

/** Plain Unicode maths a student reads on screen: no LaTeX commands, braces or dollar signs. */
function expectReadable(text: string): void {
  expect(text.trim().length).toBeGreaterThan(20);
  expect(text).not.toMatch(/[\\${}]/);
  expect(text).not.toMatch(/undefined|NaN|\[object/);
}

const sorted = (names: readonly string[]) => [...names].sort();

describe('tooltip catalog', () => {
  it('has exactly one tip per node kind, activation, initialiser, loss, optimizer and dataset kind', () => {
    expect(sorted(Object.keys(NODE_KIND_TIPS))).toEqual(sorted(NODE_KINDS));
    expect(sorted(Object.keys(LAYER_SPECS))).toEqual(sorted(NODE_KINDS));
    expect(sorted(Object.keys(ACTIVATION_TIPS))).toEqual(sorted(ACTIVATION_NAMES));
    expect(sorted(Object.keys(INITIALIZER_TIPS))).toEqual(sorted(INITIALIZER_NAMES));
    expect(sorted(Object.keys(LOSS_TIPS))).toEqual(sorted(LOSS_NAMES));
    expect(sorted(Object.keys(OPTIMIZER_TIPS))).toEqual(sorted(OPTIMIZER_NAMES));
    expect(sorted(Object.keys(DATASET_KIND_TIPS))).toEqual(sorted(DATASET_KINDS));
    expect(sorted(Object.keys(PLANE_FEATURE_TIPS))).toEqual(sorted(PLANE_FEATURES));
    for (const feature of PLANE_FEATURES) expectReadable(PLANE_FEATURE_TIPS[feature]);
  });

  it('gives every node kind a readable tip, and every parameter of every kind a help sentence', () => {
    for (const kind of NODE_KINDS) {
      expectReadable(nodeKindTip(kind));
      for (const field of LAYER_SPECS[kind].fields) expectReadable(field.help);
    }
    expect(nodeKindTip('dense')).toContain('y = xW + b');
    expect(nodeKindTip('batchNorm')).toMatch(/γ.*β/s);
    expect(nodeKindTip('batchNorm')).toContain('moving averages');
  });

  it('states f(z) and f′(z) for every activation, with primes written as primes', () => {
    for (const name of ACTIVATION_NAMES) {
      const text = activationTip(name);
      expectReadable(text);
      const [, formula, derivative] = text.split('\n');
      expect(formula, name).toMatch(/[=≈]/);
      expect(derivative, name).toMatch(/′|∂/);
      expect(derivative, name).not.toContain("'");
    }
    expect(activationTip('sigmoid')).toContain('σ(z) = 1 / (1 + e^−z)');
    expect(activationTip('sigmoid')).toContain('σ′(z) = σ(z)(1 − σ(z))');
    expect(activationTip('tanh')).toContain('1 − tanh²(z)');
    expect(activationTip('leakyRelu')).toContain('α');
    expect(activationTip('elu')).toContain('α');
  });

  it('gives every initialiser its distribution, every loss its formula and every optimizer its update rule', () => {
    for (const name of INITIALIZER_NAMES) {
      expectReadable(initializerTip(name));
      expect(initializerTip(name).split('\n')[1], name).toMatch(/^w [=~]/);
    }
    expect(initializerTip('heNormal')).toContain('2 / fan_in');
    expect(initializerTip('glorotUniform')).toContain('fan_in + fan_out');
    for (const name of LOSS_NAMES) {
      expectReadable(lossTip(name));
      expect(lossTip(name).split('\n')[1], name).toMatch(/^L = /);
    }
    for (const name of OPTIMIZER_NAMES) {
      const text = optimizerTip(name);
      expectReadable(text);
      expect(text.split('\n').at(-1), name).toMatch(/^w ← w − /);
    }
    expect(optimizerTip('sgd')).toContain('w ← w − η·g');
    expect(optimizerTip('adam')).toMatch(/m̂.*v̂/s);
    for (const kind of DATASET_KINDS) expectReadable(datasetKindTip(kind));
  });
});
