import { BottomDock } from './features/dock/BottomDock';
import { ConfirmDialog } from './features/feedback/ConfirmDialog';
import { ToastMessage } from './features/feedback/ToastMessage';
import { UpdatePrompt } from './features/offline/UpdatePrompt';
import { useProjectLinks } from './features/share/use-project-links';
import { DraftBanner } from './features/files/DraftBanner';
import { GraphCanvas } from './features/canvas/GraphCanvas';
import { DatasetPanel } from './features/dataset/DatasetPanel';
import { useTableParsing } from './features/dataset/use-table-parsing';
import { useRealDataLoading } from './features/dataset/use-real-data-loading';
import { InspectorPanel } from './features/inspector/InspectorPanel';
import { Palette } from './features/palette/Palette';
import { Toolbar } from './features/toolbar/Toolbar';
import { usePresenterView } from './features/presenter/presenter-setting';
import { usePresenterColumns } from './features/presenter/use-presenter-columns';
import {
  AboutDialog,
  ClassicWorkspace,
  LessonQrDialog,
  LessonStrip,
  OpenLinkDialog,
  PresenterRail,
  ShareLinkDialog,
  ShortcutsDialog,
  TourOverlay,
  WelcomeScreen,
} from './app/lazy-panels';
import { useCommandRunner } from './app/use-command-runner';
import { useHostEvents } from './app/use-host-events';
import { useWindowTheme } from './app/use-window-theme';
import { useKeyboardShortcuts } from './app/use-keyboard-shortcuts';
import { useWindowTitle } from './app/use-window-title';
import { selectClassicSettings } from './store/classic-actions';
import { useAppStore } from './store/use-app-store';
import { PanelBoundary } from './ui/panel-boundary/PanelBoundary';
import { TooltipLayer } from './ui/tooltip/TooltipLayer';
import { ScreenReaderViews } from './features/accessibility/ScreenReaderViews';

/** Time for the canvas to report its new size after a side column is shown or hidden. */
const REFIT_DELAY_MS = 60;

/**
 * The main window: toolbar on top, palette and dataset on the left, the canvas and the dock in the middle, the
 * inspector on the right; each panel in its own error boundary.
 */
export function App() {
  const run = useCommandRunner();
  useKeyboardShortcuts(run);
  useHostEvents(run);
  useWindowTheme();
  useWindowTitle();
  useProjectLinks();
  useTableParsing();
  useRealDataLoading();
  const left = useAppStore((s) => s.view.panels.left);
  const right = useAppStore((s) => s.view.panels.right);
  const classic = useAppStore((s) => selectClassicSettings(s).open);
  const presenter = usePresenterView();
  usePresenterColumns(presenter);
  // Refit once the canvas has taken up (or given back) a column's width.
  const refit = () => setTimeout(() => run('zoomToFit'), REFIT_DELAY_MS);
  const workspace = presenter
    ? 'workspace workspace--presenter'
    : `workspace${left ? '' : ' workspace--no-left'}${right ? '' : ' workspace--no-right'}`;
  return (
    <div className="app">
      {/* One grid row: the drafts strip sits under the toolbar and pushes the workspace down, never covering either. */}
      <div className="app__top">
        <PanelBoundary id="toolbar" name="The toolbar">
          <Toolbar run={run} />
        </PanelBoundary>
        <PanelBoundary id="draft-banner" name="The drafts strip">
          <DraftBanner />
        </PanelBoundary>
      </div>
      {classic && (
        <PanelBoundary id="classic" name="The classic rules workspace">
          <ClassicWorkspace />
        </PanelBoundary>
      )}
      <div hidden={classic} className={workspace}>
        {presenter && (
          <PanelBoundary id="rail-left" name="The left rail">
            <PresenterRail side="left" onResize={refit} />
          </PanelBoundary>
        )}
        {left && (
          <aside className="column column--left" aria-label="Nodes and dataset">
            <PanelBoundary id="palette" name="The node palette">
              <Palette />
            </PanelBoundary>
            <PanelBoundary id="dataset" name="The Dataset panel">
              <DatasetPanel />
            </PanelBoundary>
          </aside>
        )}
        <main className="centre">
          {presenter && (
            <PanelBoundary id="lesson-strip" name="The lesson strip">
              <LessonStrip />
            </PanelBoundary>
          )}
          <PanelBoundary id="canvas" name="The canvas">
            <GraphCanvas />
          </PanelBoundary>
          <PanelBoundary id="dock" name="The training views">
            <BottomDock />
          </PanelBoundary>
        </main>
        {right && (
          <PanelBoundary id="inspector" name="The inspector">
            <InspectorPanel />
          </PanelBoundary>
        )}
        {presenter && (
          <PanelBoundary id="rail-right" name="The right rail">
            <PresenterRail side="right" onResize={refit} />
          </PanelBoundary>
        )}
      </div>
      <PanelBoundary id="toast" name="The message bar" floating>
        <ToastMessage />
      </PanelBoundary>
      <PanelBoundary id="confirm-dialog" name="The confirmation dialog" floating>
        <ConfirmDialog />
      </PanelBoundary>
      <PanelBoundary id="shortcuts-dialog" name="The shortcuts list" floating>
        <ShortcutsDialog />
      </PanelBoundary>
      <PanelBoundary id="share-link-dialog" name="The share-link dialog" floating>
        <ShareLinkDialog />
      </PanelBoundary>
      <PanelBoundary id="open-link-dialog" name="The open-link dialog" floating>
        <OpenLinkDialog />
      </PanelBoundary>
      <PanelBoundary id="lesson-qr-dialog" name="The QR code" floating>
        <LessonQrDialog />
      </PanelBoundary>
      <PanelBoundary id="update-prompt" name="The update prompt" floating>
        <UpdatePrompt />
      </PanelBoundary>
      <PanelBoundary id="welcome" name="The welcome screen" floating>
        <WelcomeScreen run={run} />
      </PanelBoundary>
      <PanelBoundary id="tour" name="The tour" floating>
        <TourOverlay />
      </PanelBoundary>
      <PanelBoundary id="about" name="The About dialog" floating>
        <AboutDialog />
      </PanelBoundary>
      <PanelBoundary id="tooltips" name="The tooltips" floating>
        <TooltipLayer />
      </PanelBoundary>
      <PanelBoundary id="screen-reader" name="The screen-reader views" floating>
        <ScreenReaderViews />
      </PanelBoundary>
    </div>
  );
}
