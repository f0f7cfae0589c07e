import { describe, expect, it } from 'vitest';
import { checkNumber } from './check-number';

const units = { label: 'Units', min: 1, max: 1024, integer: true };

describe('checkNumber', () => {
  it('accepts values inside the range, bounds included', () => {
    for (const text of ['1', '8', '1024', ' 16 ']) expect(checkNumber(text, units)).toBeNull();
  });

  it('names the field, the value and the limits when out of range', () => {
    const message = checkNumber('2000', units);
    expect(message).toContain('Units');
    expect(message).toContain('2000');
    expect(message).toContain('from 1 to 1024');
  });

  it('refuses fractions for whole-number fields, empty input and non-numbers', () => {
    expect(checkNumber('2.5', units)).toMatch(/whole number/);
    expect(checkNumber('', units)).toMatch(/needs a value/);
    expect(checkNumber('abc', units)).toMatch(/must be a number/);
    expect(checkNumber('Infinity', { label: 'Rate' })).toMatch(/must be a number/);
  });

  it('accepts fractions and exponents for real-valued fields', () => {
    expect(checkNumber('1e-7', { label: 'Epsilon', min: 1e-10, max: 1 })).toBeNull();
    expect(checkNumber('0.5', { label: 'Rate', min: 0, max: 1 })).toBeNull();
  });

  it('states a one-sided limit', () => {
    expect(checkNumber('-1', { label: 'Seed', min: 0 })).toContain('at least 0');
  });
});
