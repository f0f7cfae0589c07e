// The chain-rule formulas of the notebook's 1-2-1 example: the symbols, the substituted numbers
// and the values, which must be the trace's own.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../training/test-support/graphs';
import { explainUnit, explainWeight, formatValue } from './explain';
import { traceBackprop } from './trace';

function notebookTrace() {
  const b = new GraphBuilder();
  const x = b.add('input', { source: 'table', columns: 1 });
  const l1 = b.add('dense', { units: 2 }, [x]);
  const s1 = b.add('activation', { activation: 'sigmoid' }, [l1]);
  const l2 = b.add('dense', { units: 1 }, [s1]);
  const s2 = b.add('activation', { activation: 'sigmoid' }, [l2]);
  b.add('output', { loss: 'meanSquaredError' }, [s2]);
  const weights = new Map([
    ['dense-2/kernel', [0.2, -0.3]],
    ['dense-2/bias', [0.4, -0.5]],
    ['dense-4/kernel', [0.1, 0.1]],
    ['dense-4/bias', [0.2]],
  ]);
  return traceBackprop(b.build(), (id, name) => weights.get(`${id}/${name}`), [0.5], [0.8], {
    halveSquaredError: true,
  });
}

describe('chain-rule formulas', () => {
  const trace = notebookTrace();
  const s = (v: number) => 1 / (1 + Math.exp(-v));
  const a1 = s(0.5);
  const a2 = s(-0.65);
  const yHat = s(0.1 * a1 + 0.1 * a2 + 0.2);
  const delta3 = (yHat - 0.8) * yHat * (1 - yHat);

  it('writes ∂L/∂W of the output layer as δ · a with the numbers substituted', () => {
    const [delta, weight] = explainWeight(trace, 'dense-4', 0, 0);
    expect(delta.symbolic).toBe('δ⁽²⁾₁ = ∂L/∂a⁽²⁾₁ · σ′(z⁽²⁾₁)');
    expect(delta.value).toBeCloseTo(delta3, 12);
    expect(weight.symbolic).toBe('∂L/∂W⁽²⁾[1,1] = δ⁽²⁾₁ · a⁽¹⁾₁');
    expect(weight.numeric).toBe(
      `∂L/∂W⁽²⁾[1,1] = (${formatValue(delta3)}) · ${formatValue(a1)} = ${formatValue(delta3 * a1)}`,
    );
    expect(weight.value).toBeCloseTo(delta3 * a1, 12);
  });

  it('writes a hidden δ through the next layer weight and σ′, and the bias gradient as δ', () => {
    const [delta, bias] = explainWeight(trace, 'dense-2', -1, 1);
    expect(delta.symbolic).toBe('δ⁽¹⁾₂ = ∂L/∂a⁽¹⁾₂ · σ′(z⁽¹⁾₂)');
    expect(delta.value).toBeCloseTo(delta3 * 0.1 * a2 * (1 - a2), 12);
    expect(bias.symbolic).toBe('∂L/∂b⁽¹⁾₂ = δ⁽¹⁾₂');
    const [forward, gradA, gradZ] = explainUnit(trace, 'activation-3', 1);
    expect(forward.numeric).toBe(`a⁽¹⁾₂ = σ(-0.65) = ${formatValue(a2)}`);
    expect(gradA.symbolic).toBe('∂L/∂a⁽¹⁾₂ = W⁽²⁾[2,1]·δ⁽²⁾₁');
    expect(gradA.value).toBeCloseTo(0.1 * delta3, 12);
    expect(gradZ.value).toBeCloseTo(delta.value, 14);
  });

  it('starts the backward pass at the loss: ∂L/∂ŷ = ŷ − y under ½(ŷ − y)²', () => {
    const [forward, gradA] = explainUnit(trace, 'activation-5', 0);
    expect(forward.symbolic).toBe('a⁽²⁾₁ = σ(z⁽²⁾₁)');
    expect(gradA.symbolic).toBe('∂L/∂a⁽²⁾₁ = (ŷ₁ − y₁)');
    expect(gradA.value).toBeCloseTo(yHat - 0.8, 12);
    const [z] = explainUnit(trace, 'dense-2', 0);
    expect(z.numeric).toBe('z⁽¹⁾₁ = 0.2·0.5 + 0.4 = 0.5');
  });
});
