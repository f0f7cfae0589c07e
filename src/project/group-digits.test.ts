import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from './group-digits';

const intl = (value: number) => value.toLocaleString('en-US');

describe('grouping digits by hand as en-US does', () => {
  it('writes what toLocaleString writes at the edges', () => {
    for (const value of [0, -0, 999, 1000, -12_345, 16_777_216, 2 ** 53 + 2, 2 ** 60, 1e21, 2 ** 70, Number.MAX_VALUE])
      expect(groupDigits(value)).toBe(intl(value));
  });

  it('writes what toLocaleString writes for any whole number, however large', () => {
    const whole = fc.oneof(
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
      fc.maxSafeInteger(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(Math.trunc),
    );
    fc.assert(
      fc.property(whole, (value) => groupDigits(value) === intl(value)),
      { numRuns: 3000 },
    );
  });

  it('leaves fractions and non-finite numbers to Intl', () => {
    for (const value of [0.5, -1234.5678, Number.NaN, Number.POSITIVE_INFINITY])
      expect(groupDigits(value)).toBe(intl(value));
  });
});
