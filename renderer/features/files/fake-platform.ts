/** An in-memory Platform for tests of the file commands: scripted open results, recorded saves and drafts. */
import type { Draft, OpenedFile, Platform, SavedFile } from '../../bridge/platform';

/** The fake with what it recorded. */
export interface FakePlatform extends Platform {
  saves: { text: string; name: string; handle: unknown; as: boolean }[];
  draft: Draft | null;
  /** When set, saving a draft rejects with it (a full storage). */
  draftFailure: Error | null;
  nextOpen: OpenedFile | null;
  nextSave: SavedFile | null | Error;
  allowNew: boolean;
}

/** Creates a fake platform; `asksBeforeDiscarding` plays Electron (true) or the web (false). */
export function createFakePlatform(asksBeforeDiscarding = false): FakePlatform {
  const fake: FakePlatform = {
    kind: asksBeforeDiscarding ? 'electron' : 'web',
    asksBeforeDiscarding,
    saves: [],
    draft: null,
    draftFailure: null,
    nextOpen: null,
    nextSave: null,
    allowNew: true,
    async newProject() {
      return fake.allowNew;
    },
    async openProject() {
      return fake.nextOpen;
    },
    async openDroppedFile(file) {
      return { name: file.name, text: await file.text(), handle: null };
    },
    async saveProject(text, name, handle) {
      return record(text, name, handle, false);
    },
    async saveProjectAs(text, name) {
      return record(text, name, null, true);
    },
    drafts: {
      get: async () => fake.draft,
      save: async (draft) => {
        if (fake.draftFailure) throw fake.draftFailure;
        fake.draft = draft;
      },
      clear: async () => {
        fake.draft = null;
      },
    },
    onMenuCommand: () => () => {},
    onProjectOpened: () => () => {},
    setWindowState() {},
  };
  const record = (text: string, name: string, handle: unknown, as: boolean) => {
    fake.saves.push({ text, name, handle, as });
    if (fake.nextSave instanceof Error) throw fake.nextSave;
    return fake.nextSave;
  };
  return fake;
}
