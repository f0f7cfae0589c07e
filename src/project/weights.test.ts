import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';
import { ProjectFormatError } from './errors';
import { floatsFromBits, TRICKY_BITS } from './test-fixtures';
import { decodeFloat32, encodeFloat32, loadWeights, storeWeights } from './weights';

const bitsOf = (values: Float32Array) => Array.from(new Uint32Array(values.buffer, values.byteOffset, values.length));

describe('base64', () => {
  it('agrees with Node’s Buffer, an independent implementation, on random bytes of every length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const encoded = bytesToBase64(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
        expect(Array.from(base64ToBytes(encoded))).toEqual(Array.from(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses bad lengths, foreign characters and misplaced padding', () => {
    for (const bad of ['A', 'AB=', 'AB=C', 'A===', '====', 'AAA!', 'AAAÄ', 'AA AA']) {
      expect(() => base64ToBytes(bad), bad).toThrow(/Not valid base64/);
    }
  });
});

describe('encodeFloat32 / decodeFloat32', () => {
  it('round-trips NaN payloads, -0, subnormals and infinities bit for bit', () => {
    const values = floatsFromBits(TRICKY_BITS);
    expect(bitsOf(decodeFloat32(encodeFloat32(values)))).toEqual(TRICKY_BITS);
  });

  it('writes little-endian bytes: 1.0 is 00 00 80 3f', () => {
    expect(encodeFloat32(new Float32Array([1]))).toBe(Buffer.from([0, 0, 0x80, 0x3f]).toString('base64'));
  });

  it('round-trips any bit pattern, and encodes only the viewed part of a subarray', () => {
    fc.assert(
      fc.property(fc.uint32Array({ maxLength: 40 }), fc.nat(3), (bits, skip) => {
        const all = floatsFromBits([0xdeadbeef, 1, 2, 3, ...bits]);
        const view = all.subarray(skip + 1);
        const decoded = decodeFloat32(encodeFloat32(view));
        expect(bitsOf(decoded)).toEqual(bitsOf(view));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses text that is not base64 or not whole floats, naming the path', () => {
    expect(() => decodeFloat32('AAA$', 'state.weights[2].data')).toThrow(ProjectFormatError);
    expect(() => decodeFloat32('AAA$', 'state.weights[2].data')).toThrow(/state\.weights\[2\]\.data.*character 4/);
    // Two bytes decode fine as base64 but are half a float.
    expect(() => decodeFloat32('AAA=', 'w')).toThrow(/2 bytes, not a whole number/);
  });

  it('handles 20 million floats in linear time', () => {
    const values = new Float32Array(20_000_000);
    for (let i = 0; i < values.length; i += 9973) values[i] = i * 0.5;
    const started = performance.now();
    const text = encodeFloat32(values);
    const decoded = decodeFloat32(text);
    const seconds = (performance.now() - started) / 1000;
    expect(text.length).toBe(Math.ceil(80_000_000 / 3) * 4);
    expect(decoded.length).toBe(values.length);
    for (let i = 0; i < values.length; i += 9973) expect(decoded[i]).toBe(values[i]);
    // A quadratic encoder would take hours; a linear one takes about a second even on a slow core.
    expect(seconds).toBeLessThan(15);
  });
});

describe('storeWeights / loadWeights', () => {
  it('round-trips tensors with their ids, names and shapes', () => {
    const tensors = [
      { nodeId: 'dense-1', name: 'kernel', shape: [2, 3], values: new Float32Array([1, 2, 3, 4, 5, 6]) },
      { nodeId: 'batchNorm-1', name: 'moving_mean', shape: [3], values: floatsFromBits([0x80000000, 0x7fa00001, 1]) },
    ];
    const stored = storeWeights(tensors);
    expect(stored.map((w) => [w.nodeId, w.name, w.shape])).toEqual([
      ['dense-1', 'kernel', [2, 3]],
      ['batchNorm-1', 'moving_mean', [3]],
    ]);
    const loaded = loadWeights(stored);
    expect(loaded.map((w) => bitsOf(w.values))).toEqual(tensors.map((t) => bitsOf(t.values)));
    expect(loaded.map((w) => w.shape)).toEqual([[2, 3], [3]]);
  });

  it('refuses values that do not fill the shape, in both directions', () => {
    expect(() => storeWeights([{ nodeId: 'd', name: 'kernel', shape: [2, 2], values: new Float32Array(3) }])).toThrow(
      /has 3 values but its shape \[2, 2\] needs 4/,
    );
    const stored = [{ nodeId: 'd', name: 'kernel', shape: [2, 2], data: encodeFloat32(new Float32Array(5)) }];
    expect(() => loadWeights(stored)).toThrow(
      /state\.weights\[0\]\.data holds 5 float32 values but shape \[2, 2\] needs 4/,
    );
  });
});
