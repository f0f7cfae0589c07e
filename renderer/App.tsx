import { AboutDialog } from './features/about/AboutDialog';
import { ClassicWorkspace } from './features/classic/ClassicWorkspace';
import { BottomDock } from './features/dock/BottomDock';
import { ConfirmDialog } from './features/feedback/ConfirmDialog';
import { ShortcutsDialog } from './features/feedback/ShortcutsDialog';
import { ToastMessage } from './features/feedback/ToastMessage';
import { DraftBanner } from './features/files/DraftBanner';
import { GraphCanvas } from './features/canvas/GraphCanvas';
import { DatasetPanel } from './features/dataset/DatasetPanel';
import { InspectorPanel } from './features/inspector/InspectorPanel';
import { Palette } from './features/palette/Palette';
import { Toolbar } from './features/toolbar/Toolbar';
import { TrainingBanner } from './features/training-banner/TrainingBanner';
import { TourOverlay } from './features/welcome/TourOverlay';
import { WelcomeScreen } from './features/welcome/WelcomeScreen';
import { useCommandRunner } from './app/use-command-runner';
import { useHostEvents } from './app/use-host-events';
import { useKeyboardShortcuts } from './app/use-keyboard-shortcuts';
import { useWindowTitle } from './app/use-window-title';
import { selectClassicSettings } from './store/classic-actions';
import { useAppStore } from './store/use-app-store';
import { TooltipLayer } from './ui/tooltip/TooltipLayer';

/** The main window: toolbar on top, palette and dataset on the left, the canvas and the dock in the middle, the inspector on the right. */
export function App() {
  const run = useCommandRunner();
  useKeyboardShortcuts(run);
  useHostEvents(run);
  useWindowTitle();
  const left = useAppStore((s) => s.view.panels.left);
  const right = useAppStore((s) => s.view.panels.right);
  const classic = useAppStore((s) => selectClassicSettings(s).open);
  return (
    <div className="app">
      {/* One grid row: the drafts strip sits under the toolbar and pushes the workspace down, never covering either. */}
      <div className="app__top">
        <Toolbar run={run} />
        <DraftBanner />
      </div>
      {classic && <ClassicWorkspace />}
      <div hidden={classic} className={`workspace${left ? '' : ' workspace--no-left'}${right ? '' : ' workspace--no-right'}`}>
        {left && (
          <aside className="column column--left" aria-label="Nodes and dataset">
            <Palette />
            <DatasetPanel />
          </aside>
        )}
        <main className="centre">
          <GraphCanvas />
          <BottomDock />
          <TrainingBanner />
        </main>
        {right && <InspectorPanel />}
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
