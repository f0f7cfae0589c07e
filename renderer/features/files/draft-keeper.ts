/**
 * The drafts service: restores or offers drafts at start-up, keeps the draft written while the
 * person edits, and holds what the draft banner shows (a write problem, the offered drafts)
 * with the actions behind its buttons.
 */
import { loadProjectFormat } from '../../app/project-format';
import type { Platform } from '../../bridge/platform';
import type { AppStore } from '../../store/app-store';
import { isDirty } from '../../store/view-slice';
import { type DraftOffer, draftTime, offersFor, parseFailure, restoreDrafts } from './draft-restore';
import { keepDrafts, type DraftWriter, type PageEvents } from './draft-writer';
import { displayName } from './project-file';

/** What the draft banner shows. */
export interface DraftStatus {
  /** Why the latest changes are not kept as a draft; null while they are. */
  problem: string | null;
  offers: DraftOffer[];
  /** Whether other tabs' drafts have been looked at since start (where the host watches tabs, a moment after start). */
  othersChecked: boolean;
}

/** The drafts service. */
export interface DraftKeeper {
  /** Restores or offers the drafts found, then keeps drafts as the document changes. */
  start(page?: PageEvents | null): Promise<void>;
  stop(): void;
  getStatus(): DraftStatus;
  /** Subscribes to status changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Loads offer `index` as unsaved work (asking first when that would replace unsaved changes). */
  restore(index: number): Promise<void>;
  /** Offers offer `index`'s text as a file download. */
  download(index: number): Promise<void>;
  /** Deletes offer `index` after asking. */
  discard(index: number): Promise<void>;
}

/** The file name a downloaded draft gets: its name with "(draft)" before the extension. */
export function draftFileName(name: string): string {
  return `${displayName(name.trim() || 'Untitled')} (draft).mlp`;
}

/** Creates the drafts service over the store and the platform; nothing runs before `start`. */
export function createDraftKeeper(store: AppStore, platform: Platform): DraftKeeper {
  let status: DraftStatus = { problem: null, offers: [], othersChecked: false };
  let writer: DraftWriter | null = null;
  let unwatch: (() => void) | null = null;
  // Drafts restored or discarded here, so a later look at the other tabs' drafts does not offer them again.
  const handled = new Set<string>();
  const listeners = new Set<() => void>();
  const update = (patch: Partial<DraftStatus>) => {
    status = { ...status, ...patch };
    for (const listener of listeners) listener();
  };
  const state = () => store.getState();
  const without = (offer: DraftOffer) => status.offers.filter((o) => o !== offer);
  const replace = (offer: DraftOffer, next: DraftOffer) => status.offers.map((o) => (o === offer ? next : o));
  /** Offers the drafts of tabs that closed since the last look (a tab closed a moment before this page started, or while it runs). */
  const addClosedTabs = async () => {
    try {
      const known = new Set(status.offers.map((offer) => offer.draft.id));
      const added = ((await platform.drafts.others?.()) ?? []).filter(
        (draft) => draft.id !== undefined && !known.has(draft.id) && !handled.has(draft.id),
      );
      update({ offers: [...status.offers, ...offersFor(added)], othersChecked: true });
    } catch {
      // The drafts already offered stay; the next closed tab tries again.
      update({ othersChecked: true });
    }
  };

  /** Removes an offered draft from the host: by its id where the host keeps several, else the one draft. */
  const forget = async (offer: DraftOffer) => {
    if (offer.draft.id !== undefined && platform.drafts.remove) await platform.drafts.remove(offer.draft.id);
    else await platform.drafts.clear();
  };

  return {
    async start(page) {
      try {
        update({ offers: await restoreDrafts(store, platform), othersChecked: platform.drafts.watch === undefined });
      } catch (error) {
        update({
          problem:
            `Drafts could not be read (${parseFailure(error)}) Your work is not kept as a draft until ` +
            `they can; save the project to keep it.`,
        });
      }
      writer = keepDrafts(store, platform, (problem) => update({ problem }), page);
      unwatch = platform.drafts.watch?.(() => void addClosedTabs()) ?? null;
    },
    stop() {
      writer?.stop();
      writer = null;
      unwatch?.();
      unwatch = null;
    },
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async restore(index) {
      const offer = status.offers[index];
      if (!offer) return;
      let parsed;
      try {
        parsed = (await loadProjectFormat()).parseProject(offer.draft.text);
      } catch (error) {
        update({ offers: replace(offer, { ...offer, reason: 'unreadable', error: parseFailure(error) }) });
        return;
      }
      if (isDirty(state())) {
        const confirmed = await state().requestConfirmation({
          title: 'Replace unsaved changes?',
          message:
            `'${state().view.file.name}' has changes that are not saved. Restore the draft of ` +
            `'${offer.draft.name}' instead and lose them?`,
          confirmLabel: 'Restore draft',
        });
        if (!confirmed) return;
        // The person chose to lose those changes: their draft goes too, as after New or Open.
        await platform.drafts.clear().catch(() => undefined);
      }
      state().loadProject(parsed, { name: offer.draft.name, handle: offer.draft.handle, dirty: true });
      state().loadTrainedState(null);
      update({ offers: without(offer) });
      if (offer.draft.id !== undefined) handled.add(offer.draft.id);
      const at = draftTime(offer.draft) ? ` from ${draftTime(offer.draft)}` : '';
      state().showToast(
        'info',
        `Restored the draft of '${offer.draft.name}'${at}; it is unsaved work in this tab now.`,
      );
      // A closed tab's draft goes only once this tab's own copy is written; one that may belong to an open tab stays.
      const kept = (await writer?.flush()) ?? false;
      if (kept && offer.draft.origin !== 'this-tab' && offer.draft.origin !== 'other-tab')
        await forget(offer).catch(() => undefined);
    },
    async download(index) {
      const offer = status.offers[index];
      if (!offer) return;
      const file = { name: draftFileName(offer.draft.name), data: offer.draft.text, type: 'application/json' };
      try {
        if (!platform.exportFiles) throw new Error('this host cannot save files');
        await platform.exportFiles([file]);
      } catch (error) {
        state().showToast(
          'error',
          `Could not download the draft of '${offer.draft.name}': ${parseFailure(error)} The draft is still kept.`,
        );
      }
    },
    async discard(index) {
      const offer = status.offers[index];
      if (!offer) return;
      const confirmed = await state().requestConfirmation({
        title: 'Discard this draft?',
        message:
          `The draft of '${offer.draft.name}'${draftTime(offer.draft) ? ` from ${draftTime(offer.draft)}` : ''} ` +
          `will be deleted from this browser. Download it first to keep a copy.`,
        confirmLabel: 'Discard draft',
      });
      if (!confirmed) return;
      try {
        await forget(offer);
        if (offer.draft.id !== undefined) handled.add(offer.draft.id);
        update({ offers: without(offer) });
      } catch (error) {
        state().showToast('error', `Could not discard the draft of '${offer.draft.name}': ${parseFailure(error)}`);
      }
    },
  };
}
