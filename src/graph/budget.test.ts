import { describe, expect, it } from 'vitest';
import { batchRowsOf, defaultBudget, RESOURCE_BUDGETS } from './budget';
import { totalParams } from './shapes';
import { chain, type Step } from './test-support';
import { isTrainable, validateGraph } from './validate';

/** Input(x1, x2) → `depth` × (Linear `units` → ReLU) → Linear 1 → Sigmoid → Output. */
function deep(depth: number, units: number) {
  const hidden = Array.from({ length: depth }, (): Step[] => [
    ['dense', { units }],
    ['activation', { activation: 'relu' }],
  ]).flat();
  return chain([
    ['input'],
    ...hidden,
    ['dense', { units: 1 }],
    ['activation', { activation: 'sigmoid' }],
    ['output', { loss: 'binaryCrossentropy' }],
  ]).graph;
}

const huge = deep(248, 1024);
const count = (n: number) => n.toLocaleString('en-US');

describe('the resource budget in validation', () => {
  it('refuses 248 Linear-1024 layers (259 M parameters), naming the count, the limit and the largest layers', () => {
    const params = totalParams(huge);
    expect(params).toBeGreaterThan(259_000_000);
    const issues = validateGraph(huge, { budget: RESOURCE_BUDGETS.node });
    expect(isTrainable(issues)).toBe(false);
    const issue = issues.find((i) => i.code === 'too-many-parameters');
    expect(issue?.message).toContain(`${count(params)} parameters; the limit is 50,000,000 on the command line`);
    expect(issue?.message).toMatch(/Reduce the units of its largest layers, 'Linear 2' \(1,049,600\), .* and 246 more/);
  });

  it('holds the browser to its own, smaller budget', () => {
    const medium = deep(30, 1024); // about 31 M weights
    expect(isTrainable(validateGraph(medium, { budget: RESOURCE_BUDGETS.node }))).toBe(true);
    const issue = validateGraph(medium, { budget: RESOURCE_BUDGETS.browser }).find(
      (i) => i.code === 'too-many-parameters',
    );
    expect(issue?.message).toContain('the limit is 25,000,000 in a browser tab or the desktop window');
  });

  it('checks the multiply-adds of one step when the batch is known', () => {
    const wide = deep(4, 1024); // about 3.1 M multiply-adds per sample
    expect(isTrainable(validateGraph(wide, { budget: RESOURCE_BUDGETS.browser, batchRows: 1000 }))).toBe(true);
    const issue = validateGraph(wide, { budget: RESOURCE_BUDGETS.browser, batchRows: 2000 }).find(
      (i) => i.code === 'too-much-work-per-step',
    );
    expect(issue?.message).toMatch(
      new RegExp(
        '^One training step takes 6,\\d{3},\\d{3},\\d{3} multiply-adds ' +
          '\\(3,\\d{3},\\d{3} per sample × a batch of 2,000\\); the limit is 5,000,000,000',
      ),
    );
    expect(issue?.message).toContain('Lower the batch size');
  });

  it('uses the budget of the runtime by default (Node here)', () => {
    expect(defaultBudget()).toBe(RESOURCE_BUDGETS.node);
    expect(validateGraph(huge).some((i) => i.code === 'too-many-parameters')).toBe(true);
  });

  it('counts the rows of a batch as training does (0 or more than the samples means all of them)', () => {
    expect(batchRowsOf(32, 1000)).toBe(32);
    expect(batchRowsOf(0, 1000)).toBe(1000);
    expect(batchRowsOf(5000, 1000)).toBe(1000);
    expect(batchRowsOf(32, 0)).toBe(1);
  });
});
