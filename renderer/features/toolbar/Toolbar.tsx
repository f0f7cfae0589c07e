import type { AppCommand } from '../../app/commands';
import { useAppStore } from '../../store/use-app-store';
import { MOD_KEY as MOD } from '../../ui/format';
import { HelpMenu } from '../welcome/HelpMenu';
import { FileTitle } from './FileTitle';
import { NewMenu } from './NewMenu';
import { PresetsMenu } from './PresetsMenu';
import { ToolbarButton } from './ToolbarButton';
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
  const canUndo = useAppStore((s) => s.history.past.length > 0 || (s.history.markBase !== null && s.history.markBase !== s.document));
  const canRedo = useAppStore((s) => s.history.future.length > 0);
  const theme = useAppStore((s) => s.view.theme);
  const panels = useAppStore((s) => s.view.panels);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const toggleColumn = (column: 'left' | 'right') => {
    togglePanel(column);
    // Refit once the canvas has taken up (or given back) the column's width.
    setTimeout(() => run('zoomToFit'), REFIT_DELAY_MS);
  };

  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar">
      <div className="toolbar__brand" aria-hidden="true">
        <span className="toolbar__logo" />
      </div>
      <FileTitle />
      <div className="toolbar__group">
        <NewMenu />
        <ToolbarButton testId="btn-open" label="Open" title={`Open a .mlp project (${MOD}O)`} onClick={() => run('open')} />
        <ToolbarButton testId="btn-save" label="Save" title={`Save (${MOD}S)`} onClick={() => run('save')} />
        <ToolbarButton testId="btn-save-as" label="Save As" title={`Save to a new file (${MOD}Shift+S)`} onClick={() => run('saveAs')} />
      </div>
      <div className="toolbar__group">
        <ToolbarButton testId="btn-undo" label="Undo" title={`Undo (${MOD}Z)`} disabled={!canUndo} onClick={() => run('undo')}>↶</ToolbarButton>
        <ToolbarButton testId="btn-redo" label="Redo" title={`Redo (${MOD}Shift+Z)`} disabled={!canRedo} onClick={() => run('redo')}>↷</ToolbarButton>
      </div>
      <div className="toolbar__group">
        <PresetsMenu />
        <ToolbarButton testId="btn-auto-layout" label="Auto-layout" title="Arrange the graph left to right" onClick={() => run('autoLayout')} />
        <ToolbarButton testId="btn-fit" label="Fit" title="Zoom to fit the whole graph" onClick={() => run('zoomToFit')} />
      </div>
      <TrainingControls />
      <div className="toolbar__spacer" />
      <TotalParams />
      <div className="toolbar__group">
        <ToolbarButton testId="btn-toggle-left" label="Nodes and dataset panel" title={panels.left ? 'Hide the left panel (more room for the canvas)' : 'Show the left panel'} pressed={panels.left} onClick={() => toggleColumn('left')}>
          ◧
        </ToolbarButton>
        <ToolbarButton testId="btn-toggle-right" label="Inspector panel" title={panels.right ? 'Hide the right panel (more room for the canvas)' : 'Show the right panel'} pressed={panels.right} onClick={() => toggleColumn('right')}>
          ◨
        </ToolbarButton>
        <ToolbarButton
          testId="btn-theme"
          label="Toggle theme"
          title={theme === 'system' ? 'Theme follows the system; click to switch' : `Theme: ${theme}; click to switch`}
          onClick={() => run('toggleTheme')}
        >
          ◐
        </ToolbarButton>
        <HelpMenu run={run} />
      </div>
    </header>
  );
}
