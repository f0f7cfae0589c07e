import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProjectFormatError } from './errors';
import { locateJsonError } from './json-syntax';
import { MAX_DEPTH } from './limits';
import { findExcessiveNesting, lineAndColumn, parseSafeJson, utf8ByteLength } from './safe-json';

describe('utf8ByteLength', () => {
  it('agrees with TextEncoder on any text, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: 500 },
    );
    expect(utf8ByteLength('\ud800')).toBe(3);
  });
});

describe('findExcessiveNesting', () => {
  it('finds the bracket that goes one level too deep, and nothing at the limit', () => {
    const atLimit = `${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`;
    expect(findExcessiveNesting(atLimit)).toBe(-1);
    expect(findExcessiveNesting(`{"a":${'['.repeat(MAX_DEPTH)}`)).toBe(5 + MAX_DEPTH - 1);
  });

  it('ignores brackets inside strings, even after escaped quotes', () => {
    const text = JSON.stringify({ note: `${'['.repeat(200)} \\" ${'{'.repeat(200)}` });
    expect(findExcessiveNesting(text)).toBe(-1);
  });
});

describe('locateJsonError', () => {
  it('returns null for valid JSON and the offset where invalid JSON first goes wrong', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, null, "x\\u00e9\\n"]}')).toBeNull();
    expect(locateJsonError('{"a":}')).toBe(5);
    expect(locateJsonError('[1,]')).toBe(3);
    expect(locateJsonError('{"a" 1}')).toBe(5);
    expect(locateJsonError('[01]')).toBe(2);
    expect(locateJsonError('"tab\there"')).toBe(4);
    expect(locateJsonError('{"a": 1} x')).toBe(9);
    expect(locateJsonError('[1, 2')).toBe(5);
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 2 }), (json, at, insert) => {
        const cut = at % (json.length + 1);
        const text = json.slice(0, cut) + insert + json.slice(cut);
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const offset = locateJsonError(text);
        if (valid) expect(offset).toBeNull();
        // Nested deeper than the app accepts, our scanner may still say null; the depth check comes first.
        else if (findExcessiveNesting(text) < 0) expect(offset).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseSafeJson', () => {
  it('reports invalid JSON with line and column', () => {
    const text = '{\n  "format": "mlp-project",\n  "version": 1,,\n}';
    const where = lineAndColumn(text, text.indexOf(',,') + 1);
    expect(where).toEqual({ line: 3, column: 16 });
    expect(() => parseSafeJson(text)).toThrow(/not valid JSON at line 3, column 16/);
  });

  it('refuses __proto__, constructor and prototype keys at any depth, naming the path', () => {
    const cases: [string, string][] = [
      ['{"__proto__": {"polluted": true}}', '__proto__'],
      ['{"a": [{"b": {"constructor": {"prototype": {"x": 1}}}}]}', 'a[0].b.constructor'],
      ['{"a": {"prototype": 1}}', 'a.prototype'],
    ];
    for (const [text, path] of cases) {
      let caught: unknown;
      try {
        parseSafeJson(text);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ProjectFormatError);
      expect((caught as ProjectFormatError).path).toBe(path);
      expect((caught as ProjectFormatError).message).toContain(path);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('skips a byte order mark', () => {
    expect(parseSafeJson('\ufeff{"a": 1}')).toEqual({ a: 1 });
  });
});
