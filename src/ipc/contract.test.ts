import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, MAX_PATH_LENGTH, MAX_PROJECT_FILE_BYTES, PUSH_CHANNELS, REQUEST_SCHEMAS } from './contract';
import { MAX_FILE_BYTES } from '../project/limits';

/** A valid request for each verb, as the preload sends it. */
const GOOD: Record<keyof typeof REQUEST_SCHEMAS, object> = {
  newProject: {},
  openProject: {},
  openRecent: { path: '/p/a.mlp' },
  openDroppedFile: { path: '/p/a.mlp' },
  saveProject: { text: '{}', path: '/p/a.mlp' },
  saveProjectAs: { text: '{}' },
  listRecent: {},
  clearRecent: {},
  setDirty: { title: 'Moons', dirty: true },
  getDraft: {},
  saveDraft: { text: '{}' },
  clearDraft: {},
  openExternal: { url: 'https://example.org/' },
  exportFiles: { files: [{ name: 'moons_pytorch.py', data: 'import torch\n' }] },
  getTheme: {},
  setTheme: { theme: 'dark' },
};

describe('IPC contract', () => {
  it('gives every verb a channel and a schema, with all channels distinct', () => {
    expect(Object.keys(REQUEST_SCHEMAS).sort()).toEqual(Object.keys(INVOKE_CHANNELS).sort());
    const channels = [...Object.values(INVOKE_CHANNELS), ...Object.values(PUSH_CHANNELS)];
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^mlp:/);
  });

  it('accepts a well-formed request for every verb and refuses it with an extra key or as a non-object', () => {
    for (const [verb, schema] of Object.entries(REQUEST_SCHEMAS)) {
      const good = GOOD[verb as keyof typeof GOOD];
      expect(schema.safeParse(good).success, verb).toBe(true);
      expect(schema.safeParse({ ...good, sneaky: 1 }).success, `${verb} with an extra key`).toBe(false);
      expect(schema.safeParse(undefined).success, `${verb} without payload`).toBe(false);
      expect(schema.safeParse('text').success, `${verb} with a string`).toBe(false);
    }
  });

  it('bounds strings: project text by the format limit, paths by PATH_MAX', () => {
    expect(MAX_PROJECT_FILE_BYTES).toBe(MAX_FILE_BYTES);
    expect(REQUEST_SCHEMAS.openRecent.safeParse({ path: 'a'.repeat(MAX_PATH_LENGTH) }).success).toBe(true);
    expect(REQUEST_SCHEMAS.openRecent.safeParse({ path: 'a'.repeat(MAX_PATH_LENGTH + 1) }).success).toBe(false);
    expect(REQUEST_SCHEMAS.openRecent.safeParse({ path: '' }).success).toBe(false);
    const tooLong = 'x'.repeat(MAX_PROJECT_FILE_BYTES + 1);
    expect(REQUEST_SCHEMAS.saveProjectAs.safeParse({ text: tooLong }).success).toBe(false);
  });
});
