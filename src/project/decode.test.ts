import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Strict, firstInvalidUtf8 } from './decode';
import { ProjectFormatError } from './errors';

const bytes = (...values: number[]) => Uint8Array.from(values);
const encode = (text: string) => new TextEncoder().encode(text);

function refusal(input: Uint8Array): ProjectFormatError {
  try {
    decodeUtf8Strict(input);
  } catch (error) {
    if (error instanceof ProjectFormatError) return error;
    throw error;
  }
  throw new Error('decodeUtf8Strict accepted the bytes');
}

describe('decodeUtf8Strict', () => {
  it('decodes UTF-8, astral characters included, and drops a byte order mark', () => {
    expect(decodeUtf8Strict(encode('{"t":"é ☃ 😀"}'))).toBe('{"t":"é ☃ 😀"}');
    expect(decodeUtf8Strict(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toBe('{}');
  });

  it('refuses Latin-1 text, naming the offset and the byte', () => {
    // "café" as Latin-1: the é is a lone 0xE9.
    const error = refusal(bytes(0x63, 0x61, 0x66, 0xe9, 0x22));
    expect(error.message).toContain('The file is not UTF-8 text: byte 3 (0xE9)');
    expect(error.message).toContain('Save it again as UTF-8');
  });

  it('names UTF-16 when the file starts with its byte order mark', () => {
    expect(refusal(bytes(0xff, 0xfe, 0x7b, 0x00)).message).toContain('UTF-16');
  });

  it('refuses overlong forms, surrogates and a cut-off last character', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x41, 0xf0, 0x9f, 0x98))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
  });

  it('agrees with the platform decoder on which bytes are UTF-8 (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (input) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(input);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(input) === -1).toBe(valid);
      }),
      { numRuns: 5000 },
    );
  });
});
