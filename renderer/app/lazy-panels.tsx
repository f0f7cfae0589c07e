/**
 * The panels and dialogs that are not on screen when the app starts, each fetched the first time it is
 * shown (closed, none costs start-up its code or a render). App.tsx draws them in their error boundaries.
 */
import { useCallback } from 'react';
import { setShareDialog, useShareDialog } from '../features/share/dialog-state';
import { useWelcomeAtStart } from '../features/welcome/use-welcome-at-start';
import { useAppStore } from '../store/use-app-store';
import { lazyComponent, lazyWhenShown } from '../ui/lazy-component';
import type { AppCommand } from './commands';

const useShortcutsShown = () => useAppStore((s) => s.view.panels.shortcuts);
const useAboutShown = () => useAppStore((s) => s.view.panels.about);
const useTourShown = () => useAppStore((s) => s.view.panels.tour);
const useWelcomeShown = () => useAppStore((s) => s.view.panels.welcome);
const useLinkShown = () => useShareDialog() === 'link';
const useOpenLinkShown = () => useShareDialog() === 'openLink';
const useQrShown = () => useShareDialog() === 'qr';
/** A panel's close, for an Escape pressed while its code is still on its way. */
const closePanel = (panel: 'shortcuts' | 'about' | 'welcome') =>
  function useClosePanel() {
    const togglePanel = useAppStore((s) => s.togglePanel);
    return useCallback(() => togglePanel(panel, false), [togglePanel]);
  };
const useCloseShare = () => closeShareDialogs;
const closeShareDialogs = () => setShareDialog(null);

/** The Classic rules workspace (open from the toolbar's Classic rules). */
export const ClassicWorkspace = lazyComponent(() =>
  import('../features/classic/ClassicWorkspace').then((m) => m.ClassicWorkspace),
);
/** The presenter view's side rails. */
export const PresenterRail = lazyComponent(() =>
  import('../features/presenter/PresenterRail').then((m) => m.PresenterRail),
);
/** The presenter view's lesson strip above the canvas. */
export const LessonStrip = lazyComponent(() => import('../features/lesson/LessonStrip').then((m) => m.LessonStrip));
/** The keyboard shortcuts list. */
export const ShortcutsDialog = lazyWhenShown(
  useShortcutsShown,
  () => import('../features/feedback/ShortcutsDialog').then((m) => m.ShortcutsDialog),
  closePanel('shortcuts'),
);
/** The About dialog. */
export const AboutDialog = lazyWhenShown(
  useAboutShown,
  () => import('../features/about/AboutDialog').then((m) => m.AboutDialog),
  closePanel('about'),
);
/** The guided tour. */
export const TourOverlay = lazyWhenShown(useTourShown, () =>
  import('../features/welcome/TourOverlay').then((m) => m.TourOverlay),
);
/** Share as a link. */
export const ShareLinkDialog = lazyWhenShown(
  useLinkShown,
  () => import('../features/share/ShareLinkDialog').then((m) => m.ShareLinkDialog),
  useCloseShare,
);
/** Open a link (File › Open Link…). */
export const OpenLinkDialog = lazyWhenShown(
  useOpenLinkShown,
  () => import('../features/share/OpenLinkDialog').then((m) => m.OpenLinkDialog),
  useCloseShare,
);
/** The lesson's QR code. */
export const LessonQrDialog = lazyWhenShown(
  useQrShown,
  () => import('../features/presenter/LessonQr').then((m) => m.LessonQrDialog),
  useCloseShare,
);

const WelcomeBody = lazyWhenShown(
  useWelcomeShown,
  () => import('../features/welcome/WelcomeScreen').then((m) => m.WelcomeScreen),
  // Dismissed before it was drawn, it was never seen: it opens again at the next start if it would have.
  closePanel('welcome'),
);

/** The welcome screen: whether it opens at start is decided here, its code is fetched only when it does. */
export function WelcomeScreen({ run }: { run: (command: AppCommand) => void }) {
  useWelcomeAtStart();
  return <WelcomeBody run={run} />;
}
