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
import { FileTitle } from './FileTitle';
import { NewMenu } from './NewMenu';
import { PresetsMenu } from './PresetsMenu';
import { SaveWeightsToggle } from './SaveWeightsToggle';
import { CommandButton } from './CommandButton';
import { CommandMenu } from './CommandMenu';
import { webMenu } from './web-menus';
import { useServices } from '../../app/use-services';
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
  const panels = useAppStore((s) => s.view.panels);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const instructorMode = useAppStore((s) => s.view.instructorMode);
  const presenter = usePresenterView();
  // The browser has no native menu bar: the app menu stands in for it there.
  const appMenu = useServices().platform.kind === 'web' && <CommandMenu menu={webMenu('btn-menu')} run={run} />;
  const classicOpen = useAppStore((s) => selectClassicSettings(s).open);
  const toggleColumn = (column: 'left' | 'right') => {
    togglePanel(column);
    // Refit once the canvas has taken up (or given back) the column's width.
    setTimeout(() => run('zoomToFit'), REFIT_DELAY_MS);
  };

  const files = (
    <div className="toolbar__group">
      <NewMenu />
      <CommandButton command="open" run={run} testId="btn-open" tip={TIPS['toolbar.open']} />
      <CommandButton command="save" run={run} testId="btn-save" tip={TIPS['toolbar.save']} />
      <CommandButton command="saveAs" run={run} testId="btn-save-as" tip={TIPS['toolbar.saveAs']} />
      <SaveWeightsToggle />
      <ExportMenu />
      <CommandButton command="copyLink" run={run} testId="btn-copy-link" tip={SHARE_TIPS.copyLink}>
        Link
      </CommandButton>
    </div>
  );
  const history = (
    <div className="toolbar__group">
      <CommandButton command="undo" run={run} testId="btn-undo" tip={TIPS['toolbar.undo']}>
        ↶
      </CommandButton>
      <CommandButton command="redo" run={run} testId="btn-redo" tip={TIPS['toolbar.redo']}>
        ↷
      </CommandButton>
    </div>
  );
  const layout = (
    <>
      <ClassicToggle />
      <CommandButton command="autoLayout" run={run} testId="btn-auto-layout" tip={TIPS['toolbar.autoLayout']} />
    </>
  );
  const fit = (
    <CommandButton command="zoomToFit" run={run} testId="btn-fit" tip={TIPS['toolbar.fit']}>
      Fit
    </CommandButton>
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
      <CommandButton
        command="instructorMode"
        run={run}
        testId="btn-instructor"
        tip={instructorMode ? TIPS['classroom.leaveInstructor'] : TIPS['classroom.instructor']}
        pressed={instructorMode}
      >
        Instructor
      </CommandButton>
    </>
  );
  const presenterButton = (
    <CommandButton
      command="presenterView"
      run={run}
      testId="btn-presenter"
      tip={presenter ? TIPS['classroom.leavePresenter'] : TIPS['classroom.presenter']}
      pressed={presenter}
    >
      Presenter
    </CommandButton>
  );
  const themeAndHelp = (
    <>
      <CommandButton command="toggleTheme" run={run} testId="btn-theme" tip={TIPS['toolbar.theme']}>
        ◐
      </CommandButton>
      <CommandMenu menu={webMenu('btn-help')} run={run} alignEnd />
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
        {!classicOpen && <TrainingControls run={run} />}
        <div className="toolbar__spacer" />
        <div className="toolbar__group">
          {presenterButton}
          <LessonQrButton />
          <ToolbarMore>
            <div className="toolbar__group">{appMenu}</div>
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
      {appMenu}
      <FileTitle />
      {files}
      {history}
      <div className="toolbar__group">
        <PresetsMenu />
        {layout}
        {fit}
      </div>
      {/* The network's training controls step aside while the single neuron of Classic rules is shown. */}
      {!classicOpen && <TrainingControls run={run} />}
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
