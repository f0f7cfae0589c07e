import { describe, expect, it } from 'vitest';
import { DEFAULT_CLASSIC_SETTINGS } from '../../../src/classic/settings';
import { canContinue, createSession, stepSessionEpoch, stepSessionUpdate, viewOf } from './run-view';
import { ruleLines } from './RuleReadout';

describe('classic sessions', () => {
  it('plan one run per compared setting on shared data, and step them together', () => {
    const session = createSession({ ...DEFAULT_CLASSIC_SETTINGS, compare: 'rules' });
    expect(session.error).toBeNull();
    expect(session.runs.map((r) => r.run.config.rule)).toEqual(['perceptron', 'adaline']);
    expect(session.runs[0].run.data).toBe(session.runs[1].run.data);
    stepSessionUpdate(session);
    expect(session.runs[0].run.position).toBe(1);
    // Full-batch Adaline's one update is its whole epoch.
    expect(session.runs[1].run.epoch).toBe(1);
    stepSessionEpoch(session);
    expect(session.runs.map((r) => r.run.epoch)).toEqual([1, 2]);
  });

  it('say why when the data cannot be made', () => {
    const session = createSession({
      ...DEFAULT_CLASSIC_SETTINGS,
      data: { ...DEFAULT_CLASSIC_SETTINGS.data, samples: 2 },
    });
    expect(session.runs).toEqual([]);
    expect(session.error).toMatch(/Samples must be a whole number from 10/);
    expect(canContinue(session, 10)).toBe(false);
  });

  it('stop continuing at the epoch limit or once every run has stopped', () => {
    const session = createSession(DEFAULT_CLASSIC_SETTINGS);
    expect(canContinue(session, 1)).toBe(true);
    stepSessionEpoch(session);
    expect(canContinue(session, 1)).toBe(false);
    while (session.runs[0].run.status === 'learning') stepSessionEpoch(session);
    expect(canContinue(session, 1000)).toBe(false);
  });

  it('write the last update with its numbers', () => {
    const session = createSession({ ...DEFAULT_CLASSIC_SETTINGS, initialWeights: 'zeros', order: 'fixed' });
    stepSessionUpdate(session);
    const view = viewOf('Perceptron', session.runs[0].run);
    const u = view.lastUpdate;
    if (u?.rule !== 'perceptron') throw new Error('expected a perceptron update');
    // From w = 0, b = 0 the net input is 0, so ŷ = 1 and only a class-0 sample moves the line.
    expect(u.z).toBe(0);
    expect(u.yHat).toBe(1);
    expect(ruleLines(view).numbers).toContain(`sample 1: x = `);
    expect(ruleLines(view).numbers).toContain(`Δw = 0.1 × (${u.y} − 1) × x`);
  });
});
