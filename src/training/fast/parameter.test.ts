// The two layouts of a kernel and its mirror: every read through kernelByUnit/kernelByInput is the
// exact transpose of the other layout, a changed value is never read from an old mirror, and a
// change of layout keeps the weights.
import { describe, expect, it } from 'vitest';
import {
  createParameter,
  kernelByInput,
  kernelByUnit,
  storeByInput,
  toTfjsLayout,
  writeTfjsLayout,
  type Parameter,
} from './parameter';

/** A 3-input, 2-unit kernel in tfjs's layout: row i holds input i's weights to both units. */
const TFJS = Float32Array.from([1, 2, 3, 4, 5, 6]);
/** The same kernel by unit: row j holds unit j's weights from the three inputs. */
const BY_UNIT = [1, 3, 5, 2, 4, 6];

function kernel(byInput: boolean): Parameter {
  const p = createParameter('dense-1', 'kernel', [3, 2]);
  storeByInput(p, byInput);
  writeTfjsLayout(p, TFJS);
  return p;
}

describe('kernel layouts', () => {
  it.each([false, true])(
    'stored by input = %s: both views are the kernel, and tfjs reads back what it wrote',
    (byInput) => {
      const p = kernel(byInput);
      expect(p.byInput).toBe(byInput);
      expect(Array.from(kernelByInput(p))).toEqual(Array.from(TFJS));
      expect(Array.from(kernelByUnit(p))).toEqual(BY_UNIT);
      expect(Array.from(p.values)).toEqual(byInput ? Array.from(TFJS) : BY_UNIT);
      expect(Array.from(toTfjsLayout(p, p.values, new Float32Array(6)))).toEqual(Array.from(TFJS));
    },
  );

  it.each([false, true])(
    'stored by input = %s: a mirror read after the values changed is rebuilt, an up-to-date one is reused',
    (byInput) => {
      const p = kernel(byInput);
      const mirrorView = byInput ? kernelByUnit : kernelByInput;
      const first = mirrorView(p);
      expect(p.mirrorCurrent).toBe(true);
      expect(mirrorView(p)).toBe(first);
      // An update: every value moves, then the owner marks the mirror out of date (FastNetwork.weightsChanged).
      for (let i = 0; i < p.values.length; i++) p.values[i] = p.values[i] * 10 + 0.5;
      p.mirrorCurrent = false;
      const expectedTfjs = Array.from(TFJS, (v) => Math.fround(v * 10 + 0.5));
      expect(Array.from(kernelByInput(p))).toEqual(expectedTfjs);
      expect(Array.from(kernelByUnit(p))).toEqual(BY_UNIT.map((v) => Math.fround(v * 10 + 0.5)));
    },
  );

  it('changing the layout keeps the weights and swaps which view is stored', () => {
    const p = kernel(false);
    storeByInput(p, true);
    expect(Array.from(p.values)).toEqual(Array.from(TFJS));
    expect(Array.from(kernelByUnit(p))).toEqual(BY_UNIT);
    storeByInput(p, false);
    expect(Array.from(p.values)).toEqual(BY_UNIT);
    expect(Array.from(kernelByInput(p))).toEqual(Array.from(TFJS));
  });

  it('a bias has no mirror and no layout', () => {
    const b = createParameter('dense-1', 'bias', [2]);
    storeByInput(b, true);
    expect(b.mirror).toBeNull();
    expect(b.byInput).toBe(false);
    writeTfjsLayout(b, Float32Array.from([7, 8]));
    expect(Array.from(toTfjsLayout(b, b.values, new Float32Array(2)))).toEqual([7, 8]);
  });
});
