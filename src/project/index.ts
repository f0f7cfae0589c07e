/**
 * The .mlp project format: parse (validate + migrate), serialise, create, and the float32 weight
 * encoding. Framework-free; runs in Node, browsers and workers. Everything of the light entry
 * (light.ts, what the page needs at start-up) plus reading and checking files and links.
 */
export * from './light';
export { parseProject } from './parse';
export { serializeForWrite, type WritableText } from './write-check';
export { MIGRATIONS } from './migrations';
export * from './link-codec';
