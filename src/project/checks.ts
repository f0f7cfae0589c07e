/**
 * The project module's checking entry: reading a file or a link (parseProject, with zod and every
 * schema) and the read-back before a write. The page loads it on first use; index.ts exports the same.
 */
export { parseProject } from './parse';
export { serializeForWrite, type WritableText } from './write-check';
export { decodeLinkText, decodeProjectLink, encodeProjectLink } from './link-codec';
