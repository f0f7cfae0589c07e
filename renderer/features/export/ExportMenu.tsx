import './export.css';
import { useState } from 'react';
import { useServices } from '../../app/use-services';
import { TIPS } from '../../help/tips';
import { useAppStore } from '../../store/use-app-store';
import { MenuButton } from '../../ui/menu-button/MenuButton';
import { MenuGroup, MenuItem, MenuItemText } from '../../ui/menu-button/MenuItem';
import { useControl } from '../../ui/use-control-access';
import { metricsToCsv } from '../charts/metrics-csv';
import { boundaryGifFile, boundaryPngFile, hasBoundary } from '../boundary/boundary-files';
import type { CodeLanguage } from './CodeExportDialog';
import { exportTitle, fileStem } from '../../ui/export-names';
import { tfjsModelFiles } from './model-files';
import { saveExport } from '../../bridge/save-export';
import { lazyComponent } from '../../ui/lazy-component';

// The Keras and PyTorch code generators load when the dialog first opens, not at start-up.
const CodeExportDialog = lazyComponent(() => import('./CodeExportDialog').then((m) => m.CodeExportDialog));

/** The chart PNG exports of the dock, reached through their own buttons (the chart must be drawn to be saved). */
const CHART_EXPORTS = [
  { testId: 'export-png-loss', label: 'Loss chart (PNG)' },
  { testId: 'export-png-accuracy', label: 'Accuracy chart (PNG)' },
  { testId: 'export-png-gradients', label: 'Gradient chart (PNG)' },
] as const;

function chartButton(testId: string): HTMLButtonElement | null {
  const button = document.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`);
  return button && !button.disabled ? button : null;
}

/** One export of the menu: its title and a line of what it saves. */
function ExportItem(props: {
  testId: string;
  title: string;
  description: string;
  tipText: string;
  disabled?: boolean;
  onClick(): void;
}) {
  return (
    <MenuItem testId={props.testId} tip={props.tipText} disabled={props.disabled} onSelect={props.onClick}>
      <MenuItemText title={props.title} description={props.description} />
    </MenuItem>
  );
}

/**
 * The Export drop-down of the toolbar: code (PyTorch, Keras, Jupyter notebooks, through a preview dialog), the TF.js
 * model, the boundary's animation and image, the metrics as CSV and the dock's chart images.
 */
export function ExportMenu() {
  const services = useServices();
  const { platform, store } = services;
  const showToast = useAppStore((s) => s.showToast);
  const hasMetrics = useAppStore((s) => s.training.metrics.length > 0);
  const snapshots = useAppStore((s) => s.training.grids.length);
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<CodeLanguage | null>(null);
  const [busy, setBusy] = useState(false);
  const control = useControl('toolbar.export');
  const boundaryReady = open && hasBoundary(store.getState());

  /** Runs one export, reporting a failure as a toast; the menu closes first so a save dialog is not covered. */
  const run = (work: () => Promise<void> | void) => {
    setBusy(true);
    // A frame's pause lets the menu close and the busy state paint before a long encode starts.
    setTimeout(() => {
      Promise.resolve()
        .then(work)
        .catch((error: unknown) => showToast('error', error instanceof Error ? error.message : String(error)))
        .finally(() => setBusy(false));
    }, 0);
  };
  const save = (files: Parameters<typeof saveExport>[1]) =>
    saveExport(platform, files, showToast).then(() => undefined);
  if (control.access === 'hidden') return null;

  return (
    <>
      <MenuButton
        testId="btn-export"
        menuTestId="export-menu"
        title={control.title(TIPS['export.menu'])!}
        content={busy ? 'Exporting…' : 'Export ▾'}
        disabled={control.disabled}
        buttonAttributes={{ ...control.attributes, 'aria-busy': busy }}
        open={open}
        onOpenChange={setOpen}
        popupClassName="menu__list export-menu"
      >
        <MenuGroup label="Code" headingClassName="export-menu__heading">
          <ExportItem
            testId="export-pytorch"
            title="PyTorch script…"
            description="Preview, copy or save a runnable .py"
            tipText={TIPS['export.pytorch']}
            onClick={() => setDialog('pytorch')}
          />
          <ExportItem
            testId="export-keras"
            title="Keras script…"
            description="Preview, copy or save a runnable .py"
            tipText={TIPS['export.keras']}
            onClick={() => setDialog('keras')}
          />
          <ExportItem
            testId="export-notebook"
            title="Jupyter notebook…"
            description="NumPy or PyTorch .ipynb that replays the run"
            tipText={TIPS['export.notebook']}
            onClick={() => setDialog('notebook-numpy')}
          />
          <ExportItem
            testId="export-tfjs"
            title="TF.js model…"
            description="model.json + weights, with the current weights"
            tipText={TIPS['export.tfjs']}
            onClick={() =>
              run(async () => {
                const { files, notes } = await tfjsModelFiles(store.getState());
                await save(files);
                if (notes.length > 1) showToast('info', notes.join(' '));
              })
            }
          />
        </MenuGroup>
        <MenuGroup label="Images and data" headingClassName="export-menu__heading">
          <ExportItem
            testId="export-gif"
            title="Boundary animation (GIF)…"
            description={snapshots > 1 ? `${snapshots} snapshots, one frame each` : 'Train a few steps first'}
            tipText={TIPS['export.gif']}
            disabled={!boundaryReady || snapshots < 2}
            onClick={() => run(() => save([boundaryGifFile(store.getState())]))}
          />
          <ExportItem
            testId="export-boundary-png"
            title="Boundary image (PNG)…"
            description="The newest snapshot"
            tipText={TIPS['export.boundaryPng']}
            disabled={!boundaryReady}
            onClick={() => run(async () => save([await boundaryPngFile(store.getState())]))}
          />
          <ExportItem
            testId="export-menu-csv-metrics"
            title="Metrics (CSV)…"
            description="Step, epoch, losses and accuracies"
            tipText={TIPS['export.metricsCsv']}
            disabled={!hasMetrics}
            onClick={() =>
              run(() => {
                const state = store.getState();
                return save([
                  {
                    name: `${fileStem(exportTitle(state))}_metrics.csv`,
                    data: metricsToCsv(state.training.metrics),
                    type: 'text/csv',
                  },
                ]);
              })
            }
          />
          {CHART_EXPORTS.map((chart) => (
            <ExportItem
              key={chart.testId}
              testId={`export-menu-${chart.testId.slice('export-'.length)}`}
              title={chart.label}
              description={open && chartButton(chart.testId) ? 'As shown in the dock' : 'Show it in the dock first'}
              tipText={TIPS['export.chartPng']}
              disabled={!chartButton(chart.testId)}
              onClick={() => chartButton(chart.testId)?.click()}
            />
          ))}
        </MenuGroup>
      </MenuButton>
      {dialog && <CodeExportDialog language={dialog} onClose={() => setDialog(null)} />}
    </>
  );
}
