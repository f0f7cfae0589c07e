/**
 * What to do with the drafts found at start-up: the tab's own fresh draft comes back at once as
 * "your unsaved changes"; anything else (a draft that missed later edits, one that will not open,
 * drafts of closed tabs, one kept by an earlier version) is offered, never picked silently and
 * never deleted unseen.
 */
import type { MlpFile } from '../../../src/project/light';
import { loadProjectFormat } from '../../app/project-format';
import type { Draft, Platform } from '../../bridge/platform';
import type { AppStore } from '../../store/app-store';

/** Why a draft is offered rather than restored. */
export type DraftOfferReason = 'stale' | 'closed-tab' | 'other-tab' | 'earlier-version' | 'unreadable';

/** A draft the person may restore, download or discard; `error` says why it cannot be restored, once known. */
export interface DraftOffer {
  draft: Draft;
  reason: DraftOfferReason;
  error: string | null;
}

/** The draft's time for people ("7 Dec 2026, 10:32"), or '' when it has none. */
export function draftTime(draft: Draft): string {
  const when = new Date(draft.savedAt);
  return Number.isNaN(when.getTime())
    ? ''
    : when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** One sentence saying what an offered draft is. */
export function describeOffer(offer: DraftOffer): string {
  const { draft } = offer;
  const at = draftTime(draft) ? ` from ${draftTime(draft)}` : '';
  if (offer.error !== null)
    return `The draft of '${draft.name}'${at} cannot be restored: ${offer.error} Download it to keep the text, or discard it.`;
  switch (offer.reason) {
    case 'stale':
      return (
        `An older draft of '${draft.name}'${at} is kept in this tab; it was not restored by itself because ` +
        `it is not your latest work (later changes could not be stored, or another project was opened after it).`
      );
    case 'closed-tab':
      return (
        `A draft of '${draft.name}'${at} was left by a tab that is now ` +
        `closed${draft.stale ? '; changes made in that tab after it could not be stored' : ''}.`
      );
    case 'other-tab':
      return (
        `A draft of '${draft.name}'${at} was left by another tab, which may still be open (this page cannot ` +
        `tell)${draft.stale ? '; changes made in that tab after it could not be stored' : ''}.`
      );
    case 'earlier-version':
      return `A draft of '${draft.name}'${at} was kept by an earlier version of MLP Studio.`;
    case 'unreadable':
      return `The draft of '${draft.name}'${at} cannot be restored. Download it to keep the text, or discard it.`;
  }
}

/** The reason a parse failed, as one sentence. */
export function parseFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const trimmed = message.length > 400 ? `${message.slice(0, 400)}…` : message;
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const reasonOf = (draft: Draft): DraftOfferReason => {
  switch (draft.origin) {
    case 'this-tab':
      return 'stale';
    case 'other-tab':
    case 'earlier-version':
      return draft.origin;
    default:
      return 'closed-tab';
  }
};

/** The tab's own draft, when it is fresh and opens, is loaded as unsaved work (with a notice); returns the offers for everything else. */
export async function restoreDrafts(store: AppStore, platform: Platform): Promise<DraftOffer[]> {
  const offers: DraftOffer[] = [];
  // Both reads are asked for at once: start-up waits for them.
  const othersRead = platform.drafts.others?.() ?? Promise.resolve([]);
  // A failed read of the others is reported below, where it was read before; until then it must not go unhandled.
  othersRead.catch(() => undefined);
  const own = await platform.drafts.get();
  if (own) {
    const offer = restoreOwn(store, own, (await loadProjectFormat()).parseProject);
    if (offer) {
      offers.push(offer);
      // Left offered: the writer must not overwrite or clear it as the work now shown.
      await platform.drafts.setAside?.();
    }
  }
  // Where the host watches tabs close, closed tabs' drafts are offered once it has looked (a reloading tab looks closed for a moment).
  const watched = platform.drafts.watch !== undefined;
  const others = (await othersRead)
    .filter((draft) => draft.id === undefined || draft.id !== own?.id)
    .filter((draft) => !watched || draft.origin !== 'closed-tab');
  return [...offers, ...offersFor(others)];
}

/** Loads the tab's own draft when it is fresh and opens (with a notice); otherwise returns the offer for it. */
function restoreOwn(store: AppStore, own: Draft, parseProject: (text: string) => MlpFile): DraftOffer | null {
  let parsed;
  try {
    parsed = parseProject(own.text);
  } catch (error) {
    return { draft: own, reason: 'unreadable', error: parseFailure(error) };
  }
  if (own.stale) return { draft: own, reason: 'stale', error: null };
  store.getState().loadProject(parsed, { name: own.name, handle: own.handle, dirty: true });
  const at = draftTime(own) ? ` from ${draftTime(own)}` : '';
  store.getState().showToast('info', `Restored your unsaved changes to '${own.name}'${at}.`);
  return null;
}

/** Offers for drafts other than the tab's own, each with its reason. */
export function offersFor(drafts: Draft[]): DraftOffer[] {
  return drafts.map((draft) => ({ draft, reason: reasonOf(draft), error: null }));
}
