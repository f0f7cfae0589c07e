import { createProject } from './create';
import type { MlpFile } from './types';
import { storeWeights } from './weights';

/** A fixed timestamp, so fixtures serialise the same on every run. */
export const FIXED_TIME = '2026-01-15T09:30:00.000Z';

/** Float32 bit patterns that a careless encoder loses: NaN payloads, -0, subnormals, infinities, extremes. */
export const TRICKY_BITS = [
  0x7fc00000, // quiet NaN
  0x7fa00001, // signalling NaN with a payload
  0xffc12345, // negative NaN with a payload
  0x80000000, // -0
  0x00000001, // smallest subnormal
  0x807fffff, // largest negative subnormal
  0x7f800000, // +Infinity
  0xff800000, // -Infinity
  0x7f7fffff, // largest finite
  0x3f800000, // 1
];

/** Float32 values holding exactly these bit patterns. */
export function floatsFromBits(bits: number[]): Float32Array {
  return new Float32Array(Uint32Array.from(bits).buffer);
}

/** The starter project with fixed timestamps, notes, and a trained state whose weights hold tricky bit patterns. */
export function projectWithState(): MlpFile {
  const file = createProject({
    meta: { title: 'Moons, trained', description: 'A fixture', created: FIXED_TIME, modified: FIXED_TIME },
    notes: 'Watch the boundary bend.\nStep 2: ☃ and "quotes"',
  });
  const kernel = new Float32Array(16).map((_, i) => Math.sin(i + 1) * 0.7);
  kernel.set(floatsFromBits(TRICKY_BITS));
  const weights = storeWeights([
    { nodeId: 'dense-1', name: 'kernel', shape: [2, 8], values: kernel },
    { nodeId: 'dense-1', name: 'bias', shape: [8], values: new Float32Array(8).fill(0.125) },
    { nodeId: 'dense-2', name: 'kernel', shape: [8, 1], values: new Float32Array(8).map((_, i) => i / 3) },
    { nodeId: 'dense-2', name: 'bias', shape: [1], values: new Float32Array([-0.5]) },
  ]);
  return {
    ...file,
    state: {
      step: 40,
      epoch: 7,
      weights,
      history: [
        { step: 10, epoch: 2, trainLoss: 0.69, trainAccuracy: 0.5, validationLoss: null, validationAccuracy: null },
        {
          step: 40,
          epoch: 7,
          trainLoss: 0.3141592653589793,
          trainAccuracy: 0.875,
          validationLoss: 0.35,
          validationAccuracy: 0.8,
        },
      ],
    },
  };
}
