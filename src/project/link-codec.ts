/*
 * A whole project in a URL fragment (#p=...): compact JSON, deflated with the platform's own
 * CompressionStream ('deflate-raw', no header or checksum: the smallest) and written in base64url,
 * so a link carries a lesson with no server involved. Reading a link goes through the same
 * parseProject as a file, after checks that keep a damaged or hostile link harmless.
 */
import { formatError } from './errors';
import { parseProject } from './parse';
import { serializeProject } from './serialize';
import { bytesToBase64, base64ToBytes } from './base64';
import type { MlpFile } from './types';

export { LINK_PARAM, linkPayloadOf, projectLinkUrl, SHAREABLE_LINK_CHARS } from './link-parts';

/** Longest project part of a link that is read at all (1 MB of text); longer ones are refused before decoding. */
export const MAX_LINK_PAYLOAD_CHARS = 1024 * 1024;

/**
 * Most bytes a link may unpack to (4 MB). Deflate can expand a thousandfold, so a one-megabyte link
 * could otherwise unpack to a gigabyte; unpacking stops as soon as this is passed.
 */
export const MAX_LINK_INFLATED_BYTES = 4 * 1024 * 1024;

/** What a link should carry: the project alone (the default), or also its trained weights and history. */
export interface LinkOptions {
  includeState?: boolean;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Compact JSON in the format's key order; serializeProject refuses values JSON cannot hold (NaN, ±Infinity), naming their path. */
function compactJson(file: MlpFile): string {
  return JSON.stringify(JSON.parse(serializeProject(file)));
}

async function pump(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  maxBytes: number,
): Promise<Uint8Array | null> {
  const writer = transform.writable.getWriter();
  // Failures surface on the reading side; these promises only need to be observed.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Base64url without padding (RFC 4648 §5): safe in a URL fragment and in chat messages. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

const damaged = (payload: string, what: string, cause?: unknown) =>
  formatError(
    '',
    payload,
    `This link is damaged: ${what}. Copy the whole link again from where it was shared (chat tools and e-mail ` +
      `sometimes cut long links), or ask for the project as a .mlp file.`,
    cause,
  );

/** Decodes unpadded base64url; throws ProjectFormatError naming the first bad character or the impossible length. */
export function base64UrlToBytes(payload: string): Uint8Array {
  if (!BASE64URL.test(payload)) {
    const index = [...payload].findIndex((c) => !/[A-Za-z0-9_-]/.test(c));
    throw damaged(
      payload,
      `character ${index + 1} of its project part (${JSON.stringify([...payload][index])}) is not one a link uses (A-Z, a-z, 0-9, - and _)`,
    );
  }
  if (payload.length % 4 === 1)
    throw damaged(
      payload,
      `its project part has ${payload.length} characters, a length that no data encodes to (it was cut or extended)`,
    );
  const padded = payload.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (payload.length % 4)) % 4);
  return base64ToBytes(padded);
}

/**
 * Packs a project into a link's project part (base64url of deflated compact JSON), without its
 * trained state unless `includeState` asks for it. Throws ProjectFormatError for a value JSON cannot hold.
 */
export async function encodeProjectLink(file: MlpFile, options: LinkOptions = {}): Promise<string> {
  const { state, ...rest } = file;
  const json = compactJson(options.includeState && state ? { ...rest, state } : rest);
  const packed = await pump(
    new TextEncoder().encode(json),
    new CompressionStream('deflate-raw'),
    Number.POSITIVE_INFINITY,
  );
  return bytesToBase64Url(packed as Uint8Array);
}

/**
 * Unpacks a link's project part to the project's JSON text, refusing a payload that is too long,
 * not base64url, not deflate data, not UTF-8, or unpacks past MAX_LINK_INFLATED_BYTES. Throws only
 * ProjectFormatError, whose message says what is wrong with the link and what to do.
 */
export async function decodeLinkText(payload: string): Promise<string> {
  if (payload.length === 0) throw damaged(payload, 'its project part (after #p=) is empty');
  if (payload.length > MAX_LINK_PAYLOAD_CHARS) {
    throw formatError(
      '',
      payload,
      `This link's project part is ${payload.length.toLocaleString('en')} characters long, over the ` +
        `${MAX_LINK_PAYLOAD_CHARS.toLocaleString('en')} a link may carry. Ask for the project as a .mlp file instead.`,
    );
  }
  const bytes = base64UrlToBytes(payload);
  let inflated: Uint8Array | null;
  try {
    inflated = await pump(bytes, new DecompressionStream('deflate-raw'), MAX_LINK_INFLATED_BYTES);
  } catch (error) {
    throw damaged(payload, 'its project part does not unpack (the compressed data is cut short or altered)', error);
  }
  if (inflated === null) {
    throw formatError(
      '',
      payload,
      `This link unpacks to more than ${MAX_LINK_INFLATED_BYTES / (1024 * 1024)} MB, the most a link may hold, ` +
        `so it was not opened: it is damaged or was not made by MLP Studio. Ask for the project as a .mlp file instead.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch (error) {
    throw damaged(payload, 'it unpacks to bytes that are not text', error);
  }
}

/** Reads a link's project part into a project: decodeLinkText, then the same parseProject as a file. Throws only ProjectFormatError. */
export async function decodeProjectLink(payload: string): Promise<MlpFile> {
  return parseProject(await decodeLinkText(payload));
}
