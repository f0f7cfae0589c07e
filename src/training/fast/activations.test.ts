// ReLU runs branch-free on bit patterns; it must give, bit for bit, what the plain comparison gives
// for every float32 there is: ±0, subnormals, ±Infinity and NaNs of either sign included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activate, activationGradient } from './activations';

/** Float32 values from raw bit patterns, so that every class of value turns up. */
function fromBits(bits: number[]): Float32Array {
  return new Float32Array(Int32Array.from(bits).buffer);
}

const SPECIAL_BITS = [
  0,
  0x80000000 | 0,
  1,
  0x80000001 | 0,
  0x007fffff,
  0x7f7fffff,
  0x7f800000,
  0xff800000 | 0,
  0x7fc00000,
  0xffc00000 | 0,
  0x7f800001,
  0x3f800000,
  0xbf800000 | 0,
];

function bitsOf(values: Float32Array): number[] {
  return Array.from(new Int32Array(values.buffer, values.byteOffset, values.length));
}

describe('branch-free ReLU', () => {
  it('equals z > 0 ? z : 0 and dy where z > 0 else 0, bit for bit, on any float32 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 64 }),
        (raw) => {
          const z = fromBits([...raw, ...SPECIAL_BITS]);
          const dy = Float32Array.from(z, (_, i) => i + 0.5);
          const y = new Float32Array(z.length);
          const dz = new Float32Array(z.length);
          activate('relu', 0, z, y, 1, z.length);
          activationGradient('relu', 0, z, y, dy, dz, 1, z.length);
          const expectedY = Float32Array.from(z, (v) => (v > 0 ? v : 0));
          const expectedDz = Float32Array.from(z, (v, i) => (v > 0 ? dy[i] : 0));
          expect(bitsOf(y)).toEqual(bitsOf(expectedY));
          expect(bitsOf(dz)).toEqual(bitsOf(expectedDz));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads and writes only the first rows × width values of buffers that start inside a larger one', () => {
    const backing = new Float32Array(16).fill(-7);
    const z = backing.subarray(3, 11);
    z.set([-1, 2, -0, 0, 3.5, NaN, Infinity, -Infinity]);
    const y = new Float32Array(12).fill(9).subarray(2, 10);
    activate('relu', 0, z, y, 2, 3);
    expect(Array.from(y)).toEqual([0, 2, 0, 0, 3.5, 0, 9, 9]);
  });
});
