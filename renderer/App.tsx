import { AboutDialog } from './features/about/AboutDialog';
import { ClassicWorkspace } from './features/classic/ClassicWorkspace';
import { BottomDock } from './features/dock/BottomDock';
import { ConfirmDialog } from './features/feedback/ConfirmDialog';
import { ShortcutsDialog } from './features/feedback/ShortcutsDialog';
import { ToastMessage } from './features/feedback/ToastMessage';
import { GraphCanvas } from './features/canvas/GraphCanvas';
import { DatasetPanel } from './features/dataset/DatasetPanel';
import { InspectorPanel } from './features/inspector/InspectorPanel';
import { Palette } from './features/palette/Palette';
import { Toolbar } from './features/toolbar/Toolbar';
import { TourOverlay } from './features/welcome/TourOverlay';
import { LessonStrip } from './features/lesson/LessonStrip';
import { usePresenterView } from './features/presenter/presenter-setting';
import { PresenterRail } from './features/presenter/PresenterRail';
import { usePresenterColumns } from './features/presenter/use-presenter-columns';
import { WelcomeScreen } from './features/welcome/WelcomeScreen';
import { useCommandRunner } from './app/use-command-runner';
import { useHostEvents } from './app/use-host-events';
import { useKeyboardShortcuts } from './app/use-keyboard-shortcuts';
import { useWindowTitle } from './app/use-window-title';
import { selectClassicSettings } from './store/classic-actions';
import { useAppStore } from './store/use-app-store';
import { TooltipLayer } from './ui/tooltip/TooltipLayer';

/** Time for the canvas to report its new size after a side column is shown or hidden. */
const REFIT_DELAY_MS = 60;

/** The main window: toolbar on top, palette and dataset on the left, the canvas and the dock in the middle, the inspector on the right. */
export function App() {
  const run = useCommandRunner();
  useKeyboardShortcuts(run);
  useHostEvents(run);
  useWindowTitle();
  const left = useAppStore((s) => s.view.panels.left);
  const right = useAppStore((s) => s.view.panels.right);
  const classic = useAppStore((s) => selectClassicSettings(s).open);
  const presenter = usePresenterView();
  usePresenterColumns(presenter);
  // Refit once the canvas has taken up (or given back) a column's width.
  const refit = () => setTimeout(() => run('zoomToFit'), REFIT_DELAY_MS);
  const workspace = presenter ? 'workspace workspace--presenter' : `workspace${left ? '' : ' workspace--no-left'}${right ? '' : ' workspace--no-right'}`;
  return (
    <div className="app">
      <Toolbar run={run} />
      {classic && <ClassicWorkspace />}
      <div hidden={classic} className={workspace}>
        {presenter && <PresenterRail side="left" onResize={refit} />}
        {left && (
          <aside className="column column--left" aria-label="Nodes and dataset">
            <Palette />
            <DatasetPanel />
          </aside>
        )}
        <main className="centre">
          {presenter && <LessonStrip />}
          <GraphCanvas />
          <BottomDock />
        </main>
        {right && <InspectorPanel />}
        {presenter && <PresenterRail side="right" onResize={refit} />}
      </div>
      <ToastMessage />
      <ConfirmDialog />
      <ShortcutsDialog />
      <WelcomeScreen run={run} />
      <TourOverlay />
      <AboutDialog />
      <TooltipLayer />
    </div>
  );
}
