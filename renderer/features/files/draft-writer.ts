/**
 * Writes the unsaved document to the platform's drafts: a moment after the last edit, and at
 * once when the page is hidden or about to go (so an edit made just before closing is kept).
 * Every draft is parsed back before it is written, and whether the latest write worked is
 * reported, so the app can tell the person when their changes are not being kept.
 */
import { loadedProjectFormat, loadProjectFormat } from '../../app/project-format';
import type { Platform } from '../../bridge/platform';
import type { AppStore } from '../../store/app-store';
import { isDirty } from '../../store/view-slice';
import { projectTextOf } from './project-file';

/** Quiet time after the last edit before the draft is written (serialising on every keystroke would be wasted work). */
export const DRAFT_DELAY_MS = 800;

/** Longest part of an error message quoted in the banner. */
const MAX_QUOTED = 300;

/**
 * The page events that flush a pending draft: `pagehide` as a tab closes or reloads, `visibilitychange` as it goes to
 * the background (mobile browsers may never send `pagehide`).
 */
export interface PageEvents {
  addEventListener(type: 'pagehide' | 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'pagehide' | 'visibilitychange', listener: () => void): void;
  /** Whether the page is hidden now. */
  hidden(): boolean;
}

/** The browser page's events (on window, which also hears the document's visibilitychange); null outside a browser. */
export function browserPage(): PageEvents | null {
  if (typeof window === 'undefined' || typeof document === 'undefined') return null;
  return {
    addEventListener: (type, listener) => window.addEventListener(type, listener),
    removeEventListener: (type, listener) => window.removeEventListener(type, listener),
    hidden: () => document.visibilityState === 'hidden',
  };
}

/** The draft writer: `flush` writes now and resolves whether the draft is kept; `stop` detaches it. */
export interface DraftWriter {
  flush(): Promise<boolean>;
  stop(): void;
}

const quote = (message: string) => (message.length > MAX_QUOTED ? `${message.slice(0, MAX_QUOTED)}…` : message);

/** Says why a draft could not be written, in words for the person whose work is at risk. */
export function describeDraftFailure(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return (
      "Your latest changes are not kept as a draft: this browser's storage for the page is full " +
      '(QuotaExceededError). If the tab closes they are lost; save the project now, or free space by closing ' +
      'other tabs of MLP Studio or clearing site data.'
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return (
    `Your latest changes are not kept as a draft: the browser refused to store it ` +
    `(${quote(message || name || 'no reason given')}). If the tab closes they are lost; save the project now.`
  );
}

/** Says that a draft was not written because it would not open again. */
function describeUnreadable(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (
    `Your latest changes are not kept as a draft, because the project would not open again: ` +
    `${quote(message)} Save the project now, and undo the last change if saving fails too.`
  );
}

/**
 * Keeps the platform's draft in step with the store: writes it while the document is dirty,
 * clears it once saved; `report` hears null after a write or clear that worked and a sentence
 * naming the problem after one that did not. Returns the writer.
 */
export function keepDrafts(
  store: AppStore,
  platform: Platform,
  report: (problem: string | null) => void,
  page: PageEvents | null = browserPage(),
): DraftWriter {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // A write that is due but waits for the project checks to arrive.
  let waiting = false;
  let attempt = 0;
  // The document and file name of the last draft written, so an unchanged document is not written again.
  let written: { document: unknown; name: string } | null = null;

  /** Reports the outcome of attempt `n` unless a newer attempt has begun. */
  const settle = (n: number, problem: string | null) => {
    if (n === attempt) report(problem);
    return problem === null;
  };

  /** Writes the draft now; `leaving`: the page is going away, so nothing may wait for code still to be fetched. */
  const flush = (leaving = false): Promise<boolean> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const state = store.getState();
    const n = ++attempt;
    if (!isDirty(state)) {
      written = null;
      return platform.drafts.clear().then(
        () => settle(n, null),
        (error: unknown) => settle(n, describeDraftFailure(error)),
      );
    }
    const { name, handle, meta } = state.view.file;
    if (written?.document === state.document && written.name === name) return Promise.resolve(settle(n, null));
    const format = loadedProjectFormat();
    // The checker arrives a moment after start-up; a draft due before then waits for it, unless the page is going away:
    // then the edit is kept unchecked rather than lost (a draft that will not open is offered for download, never
    // restored or deleted unseen).
    if (format === null && !leaving) {
      waiting = true;
      return loadProjectFormat().then(() => {
        waiting = false;
        return flush();
      });
    }
    const text = projectTextOf(state);
    try {
      // Never write what cannot be read back.
      format?.parseProject(text);
    } catch (error) {
      return Promise.resolve(settle(n, describeUnreadable(error)));
    }
    const document = state.document;
    return platform.drafts
      .save({ name, handle, text, savedAt: new Date().toISOString(), documentId: meta.created })
      .then(
        () => {
          written = { document, name };
          return settle(n, null);
        },
        (error: unknown) => settle(n, describeDraftFailure(error)),
      );
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.document === previous.document && state.view.savedDocument === previous.view.savedDocument) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), DRAFT_DELAY_MS);
  });
  // Only a pending edit (or one waiting for the checks) needs writing as the page goes; the write is started before
  // the handler returns.
  const onPageHide = () => {
    if (timer || waiting) void flush(true);
  };
  const onVisibility = () => {
    if (page?.hidden()) onPageHide();
  };
  page?.addEventListener('pagehide', onPageHide);
  page?.addEventListener('visibilitychange', onVisibility);
  return {
    flush,
    stop() {
      if (timer) clearTimeout(timer);
      unsubscribe();
      page?.removeEventListener('pagehide', onPageHide);
      page?.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
