import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, parseProject, serializeProject } from '../src/project';
import { createDraftStore, DraftRefusedError, type Timers } from './drafts';

/** A parser that accepts any text, for the tests about timing and files. */
const acceptAll = () => undefined;

/** Timers driven by the test: `fire()` runs what is due, `pendingCount()` says how many wait. */
function manualTimers(start = new Date('2026-01-02T03:04:05.000Z')) {
  const due: { callback: () => void; ms: number }[] = [];
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      const entry = { callback, ms };
      due.push(entry);
      return entry;
    },
    clearTimeout: (handle) => {
      const i = due.indexOf(handle as (typeof due)[number]);
      if (i >= 0) due.splice(i, 1);
    },
    now: () => start,
  };
  return {
    timers,
    fire: () => due.splice(0).forEach((entry) => entry.callback()),
    pending: () => due.map((entry) => entry.ms),
  };
}

describe('draft store', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mlp-drafts-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes only the newest text, once per interval, and reads it back', async () => {
    const file = path.join(dir, 'a', 'draft.json');
    const clock = manualTimers();
    const store = createDraftStore(file, acceptAll, { intervalMs: 2500, timers: clock.timers });
    store.save({ text: 'v1', title: 'Moons', path: null });
    store.save({ text: 'v2', title: 'Moons', path: null });
    store.save({ text: 'v3', title: 'Moons', path: '/p/moons.mlp' });
    expect(clock.pending()).toEqual([2500]);
    expect(existsSync(file)).toBe(false);
    clock.fire();
    await store.flush();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ text: 'v3' });
    await expect(store.load()).resolves.toEqual({
      text: 'v3',
      title: 'Moons',
      path: '/p/moons.mlp',
      savedAt: '2026-01-02T03:04:05.000Z',
    });
    await expect(createDraftStore(file, acceptAll).load()).resolves.toMatchObject({ text: 'v3' });
  });

  it('flush writes a pending draft at once and cancels its timer', async () => {
    const file = path.join(dir, 'b', 'draft.json');
    const clock = manualTimers();
    const store = createDraftStore(file, acceptAll, { timers: clock.timers });
    store.save({ text: 'now', title: 'T', path: null });
    await store.flush();
    expect(clock.pending()).toEqual([]);
    await expect(store.load()).resolves.toMatchObject({ text: 'now' });
  });

  it('clear deletes the draft and drops a pending write', async () => {
    const file = path.join(dir, 'c', 'draft.json');
    const clock = manualTimers();
    const store = createDraftStore(file, acceptAll, { timers: clock.timers });
    store.save({ text: 'first', title: 'T', path: null });
    await store.flush();
    store.save({ text: 'second', title: 'T', path: null });
    await store.clear();
    expect(clock.pending()).toEqual([]);
    await store.flush();
    expect(existsSync(file)).toBe(false);
    await expect(store.load()).resolves.toBeNull();
  });

  it('treats a damaged draft file as no draft', async () => {
    const file = path.join(dir, 'damaged.json');
    for (const text of [
      '{"version":1,"text":"x"',
      '{"version":1,"text":5,"title":"","path":null,"savedAt":""}',
      '"just a string"',
    ]) {
      writeFileSync(file, text);
      await expect(createDraftStore(file, acceptAll).load(), text).resolves.toBeNull();
    }
  });

  it('refuses a draft that would not open again, keeping the previous one', async () => {
    const file = path.join(dir, 'checked', 'draft.json');
    const clock = manualTimers();
    const store = createDraftStore(file, parseProject, { timers: clock.timers });
    const good = serializeProject(createProject({ meta: { title: 'Good' } }));
    store.save({ text: good, title: 'Good', path: null });
    await store.flush();
    const unreadable = JSON.parse(good) as { meta: { title: string } };
    unreadable.meta.title = 'y'.repeat(500);
    expect(() => store.save({ text: JSON.stringify(unreadable), title: 'Long', path: null })).toThrow(
      DraftRefusedError,
    );
    expect(() => store.save({ text: '{"format":"mlp-project"', title: 'Cut', path: null })).toThrow(
      new RegExp(
        'The unsaved-changes draft was not updated: the project would not open again, ' +
          'so the previous draft was kept\\. The file is not valid JSON',
      ),
    );
    expect(clock.pending()).toEqual([]);
    await store.flush();
    await expect(store.load()).resolves.toMatchObject({ text: good, title: 'Good' });
  });

  it('reports a timed write that failed on disk', async () => {
    const blocker = path.join(dir, 'not-a-folder');
    writeFileSync(blocker, 'a file where the drafts folder should be');
    const clock = manualTimers();
    const heard: string[] = [];
    const store = createDraftStore(path.join(blocker, 'draft.json'), acceptAll, {
      timers: clock.timers,
      onWriteError: (message) => heard.push(message),
    });
    store.save({ text: 'x', title: 'T', path: null });
    clock.fire();
    await store.flush().catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toEqual([expect.stringMatching(/^Could not write the unsaved-changes draft: .*(ENOTDIR|EEXIST)/)]);
  });
});
