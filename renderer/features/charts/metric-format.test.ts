import { describe, expect, it } from 'vitest';
import { formatEpoch, formatLoss, formatMagnitude, formatPercent, formatScientific } from './metric-format';

describe('metric formatting', () => {
  it('writes accuracies as percentages with one decimal', () => {
    expect(formatPercent(0.975)).toBe('97.5%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0.12345)).toBe('12.3%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });

  it('writes losses with four significant digits, tiny ones in exponent form', () => {
    expect(formatLoss(0.312749)).toBe('0.3127');
    expect(formatLoss(12.5)).toBe('12.5');
    expect(formatLoss(0.0000421)).toBe('4.2e-5');
    expect(formatLoss(0)).toBe('0');
    expect(formatLoss(Infinity)).toBe('∞');
    expect(formatLoss(null)).toBe('—');
    expect(formatLoss(0.038244, 3)).toBe('0.0382');
  });

  it('writes magnitudes in short exponent form', () => {
    expect(formatScientific(0.000314)).toBe('3.1e-4');
    expect(formatScientific(2500)).toBe('2.5e3');
    expect(formatScientific(0)).toBe('0');
    expect(formatScientific(0.001)).toBe('1e-3');
    expect(formatScientific(1)).toBe('1e0');
  });

  it('writes magnitudes plainly in the everyday range and in exponent form outside it', () => {
    expect(formatMagnitude(5.602)).toBe('5.6');
    expect(formatMagnitude(0.0421)).toBe('0.042');
    expect(formatMagnitude(0.000164)).toBe('1.6e-4');
    expect(formatMagnitude(25000)).toBe('2.5e4');
    expect(formatMagnitude(0)).toBe('0');
  });

  it('writes epoch positions compactly', () => {
    expect(formatEpoch(3)).toBe('3');
    expect(formatEpoch(2.5)).toBe('2.5');
    expect(formatEpoch(1 / 3)).toBe('0.33');
  });
});
