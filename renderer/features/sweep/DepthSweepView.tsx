import './sweep.css';
import { useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { ACTIVATIONS } from '../../../src/layers/index';
import type { InputParams } from '../../../src/graph/index';
import {
  sweepCsv,
  SWEEP_ACTIVATIONS,
  sweepSettingsProblem,
  sweepSize,
  type SweepActivation,
} from '../../../src/training/light';
import { depthSweepOf } from '../../store/depth-sweep-actions';
import { useAppStore } from '../../store/use-app-store';
import { tip } from '../../ui/tip';
import { toHex } from '../charts/colours';
import { downloadBlob } from '../../bridge/download';
import { formatLoss, formatScientific } from '../charts/metric-format';
import { decadeTicks } from '../charts/metric-rows';
import { usePngExport } from '../charts/use-chart-export';
import { useThemeColours } from '../charts/use-theme-colours';
import { VIEWS } from '../../ui/views/view-meta';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { DepthSweepChart } from './DepthSweepChart';
import { depthSweepRunner } from './sweep-runner';
import { lastPoint, normExtent, sweepRows, sweptActivations } from './sweep-rows';
import { SweepSettingsForm } from './SweepSettingsForm';
import { VIEW_TIPS } from '../../help/view-tips';
import { PANEL_TEXTS } from '../../help/panel-texts';

/** The plane's two raw coordinates, for a project without an Input node yet. */
const PLANE_INPUT: InputParams = { source: 'plane', features: ['x1', 'x2'], columns: 2 };

/**
 * The depth sweep: trains a network of every depth in a range for each chosen activation on the
 * project's dataset (in a worker), and plots the gradient norm reaching the first Linear layer
 * against depth on a log axis, filling in as each network finishes; cancelable, exportable.
 */
export function DepthSweepView({ large }: { large?: boolean }) {
  const runner = depthSweepRunner();
  const run = useStore(runner.state);
  const saved = useAppStore((s) => s.document.depthSweep);
  const sweep = useMemo(() => depthSweepOf({ depthSweep: saved }), [saved]);
  const setSettings = useAppStore((s) => s.setDepthSweepSettings);
  const setResults = useAppStore((s) => s.setDepthSweepResults);
  const document = useAppStore((s) => s.document);
  const colours = useThemeColours();
  const chart = useRef<HTMLDivElement>(null);
  const running = run.status === 'running';
  const points = useMemo(() => run.live ?? sweep.results ?? [], [run.live, sweep.results]);
  const { settings } = sweep;

  const activations = useMemo(() => sweptActivations(points, settings.activations), [points, settings.activations]);
  const lines = useMemo(
    () =>
      colours
        ? activations.map((activation) => ({
            activation,
            colour: toHex(colours.classes[SWEEP_ACTIVATIONS.indexOf(activation) % colours.classes.length]),
          }))
        : [],
    [activations, colours],
  );
  const rows = useMemo(
    () => sweepRows(points, activations, { min: settings.minDepth, max: settings.maxDepth }),
    [points, activations, settings.minDepth, settings.maxDepth],
  );
  const ticks = useMemo(() => {
    const extent = normExtent(points);
    return extent ? decadeTicks(extent[0], extent[1]) : [];
  }, [points]);
  const legend = useMemo(
    () => lines.map((l) => ({ name: ACTIVATIONS[l.activation].label, colour: l.colour })),
    [lines],
  );
  const exportPng = usePngExport(chart, 'depth-sweep', VIEWS.sweep, legend, colours);
  const problem = sweepSettingsProblem(settings);

  const start = () => {
    const input = document.graph.nodes.find((n) => n.kind === 'input');
    runner.start(
      {
        type: 'run',
        settings,
        data: document.data,
        input: input?.kind === 'input' ? input.params : PLANE_INPUT,
        training: document.training,
      },
      (finished) => setResults(finished),
    );
  };
  const exportCsv = () => downloadBlob(new Blob([sweepCsv(points)], { type: 'text/csv' }), 'depth-sweep.csv');

  const actions = (
    <>
      <button
        type="button"
        className="icon-button"
        data-testid="export-csv-sweep"
        {...tip(VIEW_TIPS['sweep.exportCsv'])}
        disabled={points.length === 0}
        onClick={exportCsv}
      >
        CSV
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="export-png-sweep"
        {...tip('Save the depth sweep chart as a PNG image')}
        disabled={points.length === 0}
        onClick={exportPng}
      >
        PNG
      </button>
    </>
  );

  return (
    <ViewPanel view="sweep" large={large} actions={actions}>
      <div className={`sweep-view${large ? ' sweep-view--large' : ''}`}>
        <div className="sweep-view__side">
          <div className="sweep-view__run">
            {running ? (
              <button
                type="button"
                className="button"
                data-testid="sweep-cancel"
                {...tip('Stop the sweep; the networks measured so far are kept')}
                onClick={() => runner.cancel()}
              >
                Cancel
              </button>
            ) : (
              <button
                type="button"
                className="button"
                data-testid="sweep-run"
                disabled={problem !== null}
                {...tip(
                  problem ??
                    `Train ${sweepSize(settings)} networks on this project's dataset, ${settings.steps} steps ` +
                      `each, in the background, and plot ‖∂L/∂W₁‖ against depth`,
                )}
                onClick={start}
              >
                Run sweep
              </button>
            )}
            {running && (
              <progress
                className="sweep-view__progress"
                data-testid="sweep-progress"
                max={run.total}
                value={run.done}
                aria-label="Networks measured"
              />
            )}
          </div>
          <p className="sweep-view__status" data-testid="sweep-status" role="status">
            {running
              ? `${run.done} of ${run.total} networks measured…`
              : (run.error ??
                problem ??
                run.outcome ??
                (sweep.results ? `${sweep.results.length} networks measured (saved with the project).` : ''))}
          </p>
          <SweepSettingsForm settings={settings} disabled={running} onChange={setSettings} />
        </div>
        <div className="sweep-view__plot">
          {points.length === 0 || !colours ? (
            <EmptyView>{PANEL_TEXTS['sweep.empty']}</EmptyView>
          ) : (
            <>
              <div className="sweep-view__chart">
                <DepthSweepChart
                  rows={rows}
                  lines={lines}
                  ticks={ticks}
                  colours={colours}
                  containerRef={chart}
                  large={large}
                />
              </div>
              <ul className="sweep-legend" aria-label="Activations: gradient norm at the deepest network">
                {lines.map((l) => {
                  const last = lastPoint(points, l.activation);
                  return (
                    <li
                      key={l.activation}
                      className="sweep-legend__item"
                      data-testid={`sweep-legend-${l.activation}`}
                      data-last-depth={last?.depth}
                      data-last-norm={last?.firstGradNorm}
                      {...tip(lastTip(l.activation, last))}
                    >
                      <svg className="sweep-legend__swatch" viewBox="0 0 10 10" aria-hidden="true">
                        <rect width="10" height="10" rx="2" fill={l.colour} />
                      </svg>
                      {ACTIVATIONS[l.activation].label}
                      {last && (
                        <span className="sweep-legend__value">
                          {formatScientific(last.firstGradNorm)} at {last.depth}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      </div>
    </ViewPanel>
  );
}

function lastTip(activation: SweepActivation, last: ReturnType<typeof lastPoint>): string {
  if (!last) return ACTIVATIONS[activation].label;
  const ratio = last.lastGradNorm > 0 ? formatScientific(last.firstGradNorm / last.lastGradNorm) : '—';
  return (
    `${ACTIVATIONS[activation].label} at depth ${last.depth}: ‖∂L/∂W₁‖ = ` +
    `${formatScientific(last.firstGradNorm)}, first/last = ${ratio}, loss ${formatLoss(last.trainLoss)}`
  );
}
