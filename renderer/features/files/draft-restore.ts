/**
 * What to do with the drafts found at start-up: the tab's own fresh draft comes back at once as
 * "your unsaved changes"; anything else (a draft that missed later edits, one that will not open,
 * drafts of closed tabs, one kept by an earlier version) is offered, never picked silently and
 * never deleted unseen.
 */
import { parseProject } from '../../../src/project/index';
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
  return Number.isNaN(when.getTime()) ? '' : when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** One sentence saying what an offered draft is. */
export function describeOffer(offer: DraftOffer): string {
  const { draft } = offer;
  const at = draftTime(draft) ? ` from ${draftTime(draft)}` : '';
  if (offer.error !== null) return `The draft of '${draft.name}'${at} cannot be restored: ${offer.error} Download it to keep the text, or discard it.`;
  switch (offer.reason) {
    case 'stale':
      return `An older draft of '${draft.name}'${at} is kept in this tab; later changes could not be stored after it, so it was not restored by itself.`;
    case 'closed-tab':
      return `A draft of '${draft.name}'${at} was left by a tab that is now closed.`;
    case 'other-tab':
      return `A draft of '${draft.name}'${at} was left by another tab, which may still be open (this page cannot tell).`;
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
  const own = await platform.drafts.get();
  if (own) {
    try {
      const parsed = parseProject(own.text);
      if (own.stale) offers.push({ draft: own, reason: 'stale', error: null });
      else {
        store.getState().loadProject(parsed, { name: own.name, handle: own.handle, dirty: true });
        const at = draftTime(own) ? ` from ${draftTime(own)}` : '';
        store.getState().showToast('info', `Restored your unsaved changes to '${own.name}'${at}.`);
      }
    } catch (error) {
      offers.push({ draft: own, reason: 'unreadable', error: parseFailure(error) });
    }
  }
  const others = (await platform.drafts.others?.()) ?? [];
  for (const draft of others) offers.push({ draft, reason: reasonOf(draft), error: null });
  return offers;
}
