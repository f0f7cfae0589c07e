import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProjectFormatError } from './errors';
import {
  base64UrlToBytes,
  bytesToBase64Url,
  decodeLinkText,
  decodeProjectLink,
  encodeProjectLink,
  linkPayloadOf,
  MAX_LINK_INFLATED_BYTES,
  MAX_LINK_PAYLOAD_CHARS,
  projectLinkUrl,
} from './link-codec';
import { parseProject } from './parse';
import { validFile } from './test-arbitraries';
import { projectWithState } from './test-fixtures';
import type { MlpFile } from './types';

const EXAMPLES_DIR = join(__dirname, '..', '..', 'assets', 'examples');
const examples = readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.mlp'));

/**
 * Largest project part a bundled lesson's link may have: with a 60-character address it still fits one QR code (2,953
 * bytes at level L).
 */
const LESSON_PAYLOAD_LIMIT = 2800;
/**
 * A lesson that embeds a notebook's exact points as a table (100 moons points drawn by
 * scikit-learn, which no generator here reproduces) carries them in its link: about 5 kB, still a
 * short link, but past one QR code, whose dialog then says to share the link or the file.
 */
const TABLE_LESSON_PAYLOAD_LIMIT = 6000;

const withoutState = ({ state: _state, ...rest }: MlpFile): MlpFile => rest;

/** A payload made by hand from bytes (Node's zlib writes the same raw deflate as CompressionStream). */
const packText = (text: string | Buffer) => bytesToBase64Url(deflateRawSync(text));

async function refusal(payload: string): Promise<ProjectFormatError> {
  const error = await decodeProjectLink(payload).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProjectFormatError);
  return error as ProjectFormatError;
}

describe('project links: bundled lessons', () => {
  it.each(examples)(
    '%s opens from its link exactly as from its file, and the link stays a few kilobytes',
    async (name) => {
      const file = parseProject(readFileSync(join(EXAMPLES_DIR, name), 'utf8'));
      const payload = await encodeProjectLink(file);
      expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(payload.length).toBeLessThanOrEqual(
        file.data.kind === 'csv' ? TABLE_LESSON_PAYLOAD_LIMIT : LESSON_PAYLOAD_LIMIT,
      );
      expect(await decodeProjectLink(payload)).toEqual(withoutState(file));
    },
  );
});

describe('project links: round trip', () => {
  it('leaves the trained state out unless asked, and keeps it bit for bit when asked', async () => {
    const file = projectWithState();
    const plain = await decodeProjectLink(await encodeProjectLink(file));
    expect(plain.state).toBeUndefined();
    expect(plain).toEqual(withoutState(file));
    const trained = await decodeProjectLink(await encodeProjectLink(file, { includeState: true }));
    expect(trained.state?.weights).toEqual(file.state?.weights);
    expect(trained).toEqual(file);
  });

  it('round-trips any valid project, with and without its trained state', async () => {
    await fc.assert(
      fc.asyncProperty(validFile, fc.boolean(), async (file, includeState) => {
        const back = await decodeProjectLink(await encodeProjectLink(file, { includeState }));
        expect(back).toEqual(includeState ? file : withoutState(file));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses to pack a value JSON cannot hold, naming its path', async () => {
    const file = projectWithState();
    file.training.optimizer.learningRate = Number.NaN;
    await expect(encodeProjectLink(file)).rejects.toThrow(/training\.optimizer\.learningRate is NaN/);
  });

  it('base64url round-trips every length of bytes without padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = bytesToBase64Url(bytes);
        expect(text).not.toMatch(/[=+/]/);
        expect([...base64UrlToBytes(text)]).toEqual([...bytes]);
      }),
    );
  });
});

describe('project links: addresses', () => {
  it('puts the project part in #p= and reads it back from a fragment, with or without #', () => {
    const url = projectLinkUrl('https://example.org/studio/index.html?welcome=1#old', 'abc_-9');
    expect(url).toBe('https://example.org/studio/index.html?welcome=1#p=abc_-9');
    expect(linkPayloadOf(new URL(url).hash)).toBe('abc_-9');
    expect(linkPayloadOf('x=1&p=QQ')).toBe('QQ');
    expect(linkPayloadOf('#step=2')).toBeNull();
    expect(linkPayloadOf('')).toBeNull();
  });
});

describe('project links: damaged and hostile links', () => {
  it('names the first character a link cannot hold', async () => {
    const error = await refusal('abc!def');
    expect(error.message).toContain('character 4');
    expect(error.message).toContain('"!"');
    expect(error.message).toContain('Copy the whole link again');
  });

  it('refuses a length no data encodes to, and an empty project part', async () => {
    expect((await refusal('abcde')).message).toContain('5 characters');
    expect((await refusal('')).message).toContain('empty');
  });

  it('refuses bytes that are not deflate data, and a link cut short', async () => {
    expect((await refusal('_____w')).message).toContain('does not unpack');
    const payload = await encodeProjectLink(projectWithState());
    expect((await refusal(payload.slice(0, Math.floor(payload.length / 2)))).message).toMatch(
      /does not unpack|damaged/,
    );
  });

  it('stops unpacking a decompression bomb at the size limit', async () => {
    const bomb = packText(Buffer.alloc(MAX_LINK_INFLATED_BYTES + 1, 32));
    expect(bomb.length).toBeLessThan(10_000);
    const error = await refusal(bomb);
    expect(error.message).toContain('more than 4 MB');
    // Just under the limit unpacks (and then fails as a project, not as a link).
    expect(await decodeLinkText(packText(Buffer.alloc(1000, 32)))).toHaveLength(1000);
  });

  it('refuses an over-long project part before decoding it', async () => {
    const error = await refusal('A'.repeat(MAX_LINK_PAYLOAD_CHARS + 4));
    expect(error.message).toContain('1,048,580 characters');
  });

  it('refuses bytes that are not UTF-8 text', async () => {
    expect((await refusal(packText(Buffer.from([0xff, 0xfe, 0x7b])))).message).toContain('not text');
  });

  it('reports an invalid project the way parseProject reports a file', async () => {
    expect((await refusal(packText('{"format":"mlp-project","version":99}'))).message).toContain('Update MLP Studio');
    expect((await refusal(packText('[1,2]'))).message).toContain('not an MLP Studio project');
  });

  it('refuses prototype-tampering keys without touching Object.prototype', async () => {
    await refusal(packText('{"format":"mlp-project","version":1,"__proto__":{"polluted":true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers any string with a project or a ProjectFormatError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.uint8Array({ maxLength: 40 }).map(bytesToBase64Url),
          fc.string().map((s) => packText(s)),
        ),
        async (payload) => {
          await decodeProjectLink(payload).catch((error: unknown) => {
            if (!(error instanceof ProjectFormatError)) throw error;
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
