import type { AppCommand } from '../../app/commands';
import { selectClassicSettings } from '../../store/classic-actions';
import { useAppStore } from '../../store/use-app-store';
import { TIPS } from '../../help/tips';
import { ExportMenu } from '../export/ExportMenu';
import { SHARE_TIPS } from '../share/share-tips';
import { usePresenterView } from '../presenter/presenter-setting';
import { ToolbarMore } from '../presenter/ToolbarMore';
import { BackendControls } from './BackendControls';
import { LessonQrButton } from '../presenter/LessonQr';
import { ClassicToggle } from '../classic/ClassicToggle';
import { HelpMenu } from '../welcome/HelpMenu';
import { FileTitle } from './FileTitle';
import { NewMenu } from './NewMenu';
import { PresetsMenu } from './PresetsMenu';
import { SaveWeightsToggle } from './SaveWeightsToggle';
import { ToolbarButton } from '../../ui/ToolbarButton';
import { TotalParams } from './TotalParams';
import { TrainingControls } from './TrainingControls';

/** Time for the canvas to report its new size after a side column is shown or hidden. */
const REFIT_DELAY_MS = 60;

/** Props of the toolbar. */
export interface ToolbarProps {
  run(command: AppCommand): void;
}

/** The top bar: file, edit, presets, layout and view commands, training controls, the total parameter count and the theme switch. */
export function Toolbar({ run }: ToolbarProps) {
  const canUndo = useAppStore(
    (s) => s.history.past.length > 0 || (s.history.markBase !== null && s.history.markBase !== s.document),
  );
  const canRedo = useAppStore((s) => s.history.future.length > 0);
  const panels = useAppStore((s) => s.view.panels);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const instructorMode = useAppStore((s) => s.view.instructorMode);
  const presenter = usePresenterView();
  const classicOpen = useAppStore((s) => selectClassicSettings(s).open);
  const toggleColumn = (column: 'left' | 'right') => {
    togglePanel(column);
    // Refit once the canvas has taken up (or given back) the column's width.
    setTimeout(() => run('zoomToFit'), REFIT_DELAY_MS);
  };

  const files = (
    <div className="toolbar__group">
      <NewMenu />
      <ToolbarButton
        testId="btn-open"
        controlId="toolbar.open"
        label="Open"
        title={TIPS['toolbar.open']}
        onClick={() => run('open')}
      />
      <ToolbarButton
        testId="btn-save"
        controlId="toolbar.save"
        label="Save"
        title={TIPS['toolbar.save']}
        onClick={() => run('save')}
      />
      <ToolbarButton
        testId="btn-save-as"
        controlId="toolbar.saveAs"
        label="Save As"
        title={TIPS['toolbar.saveAs']}
        onClick={() => run('saveAs')}
      />
      <SaveWeightsToggle />
      <ExportMenu />
      <ToolbarButton
        testId="btn-copy-link"
        label="Copy link"
        title={SHARE_TIPS.copyLink}
        onClick={() => run('copyLink')}
      >
        Link
      </ToolbarButton>
    </div>
  );
  const history = (
    <div className="toolbar__group">
      <ToolbarButton
        testId="btn-undo"
        controlId="toolbar.undo"
        label="Undo"
        title={TIPS['toolbar.undo']}
        disabled={!canUndo}
        onClick={() => run('undo')}
      >
        ↶
      </ToolbarButton>
      <ToolbarButton
        testId="btn-redo"
        controlId="toolbar.redo"
        label="Redo"
        title={TIPS['toolbar.redo']}
        disabled={!canRedo}
        onClick={() => run('redo')}
      >
        ↷
      </ToolbarButton>
    </div>
  );
  const layout = (
    <>
      <ClassicToggle />
      <ToolbarButton
        testId="btn-auto-layout"
        controlId="toolbar.autoLayout"
        label="Auto-layout"
        title={TIPS['toolbar.autoLayout']}
        onClick={() => run('autoLayout')}
      />
    </>
  );
  const fit = (
    <ToolbarButton
      testId="btn-fit"
      controlId="toolbar.fit"
      label="Fit"
      title={TIPS['toolbar.fit']}
      onClick={() => run('zoomToFit')}
    />
  );
  const panelsAndModes = (
    <>
      <ToolbarButton
        testId="btn-toggle-left"
        label="Nodes and dataset panel"
        title={TIPS['toolbar.toggleLeft']}
        pressed={panels.left}
        onClick={() => toggleColumn('left')}
      >
        ◧
      </ToolbarButton>
      <ToolbarButton
        testId="btn-toggle-right"
        label="Inspector panel"
        title={TIPS['toolbar.toggleRight']}
        pressed={panels.right}
        onClick={() => toggleColumn('right')}
      >
        ◨
      </ToolbarButton>
      <ToolbarButton
        testId="btn-instructor"
        label="Instructor mode"
        title={instructorMode ? TIPS['classroom.leaveInstructor'] : TIPS['classroom.instructor']}
        pressed={instructorMode}
        onClick={() => run('instructorMode')}
      >
        Instructor
      </ToolbarButton>
    </>
  );
  const presenterButton = (
    <ToolbarButton
      testId="btn-presenter"
      label="Presenter view"
      title={presenter ? TIPS['classroom.leavePresenter'] : TIPS['classroom.presenter']}
      pressed={presenter}
      onClick={() => run('presenterView')}
    >
      Presenter
    </ToolbarButton>
  );
  const themeAndHelp = (
    <>
      <ToolbarButton
        testId="btn-theme"
        label="Toggle theme"
        title={TIPS['toolbar.theme']}
        onClick={() => run('toggleTheme')}
      >
        ◐
      </ToolbarButton>
      <HelpMenu run={run} />
    </>
  );

  // The presenter view keeps one row of what a lesson needs; the rest waits in its More menu.
  if (presenter) {
    return (
      <header className="toolbar toolbar--presenter" role="toolbar" aria-label="Main toolbar">
        <FileTitle />
        <div className="toolbar__group">
          <PresetsMenu />
          {fit}
        </div>
        {!classicOpen && <TrainingControls />}
        <div className="toolbar__spacer" />
        <div className="toolbar__group">
          {presenterButton}
          <LessonQrButton />
          <ToolbarMore>
            {files}
            {history}
            <div className="toolbar__group">{layout}</div>
            <div className="toolbar__group">
              {panelsAndModes}
              {themeAndHelp}
            </div>
            <div className="toolbar__group">
              <TotalParams />
              <BackendControls />
            </div>
          </ToolbarMore>
        </div>
      </header>
    );
  }

  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar">
      <div className="toolbar__brand" aria-hidden="true">
        <span className="toolbar__logo" />
      </div>
      <FileTitle />
      {files}
      {history}
      <div className="toolbar__group">
        <PresetsMenu />
        {layout}
        {fit}
      </div>
      {/* The network's training controls step aside while the single neuron of Classic rules is shown. */}
      {!classicOpen && <TrainingControls />}
      <div className="toolbar__spacer" />
      <TotalParams />
      <div className="toolbar__group">
        {panelsAndModes}
        {presenterButton}
        {themeAndHelp}
      </div>
    </header>
  );
}
