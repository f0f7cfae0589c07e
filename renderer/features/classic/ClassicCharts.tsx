import { useMemo } from 'react';
import { formatLoss } from '../charts/metric-format';
import { decadeTicks } from '../charts/metric-rows';
import { SeriesChart, type ChartSeries } from '../charts/SeriesChart';
import { thinEvenly } from '../charts/thin';
import { useThemeColours } from '../charts/use-theme-colours';
import { tip } from '../../ui/tip';
import { CLASSIC_TIPS } from './classic-tips';
import type { RunView } from './run-view';

const formatCount = (value: number) => String(Math.round(value));
const formatCost = (value: number) => formatLoss(value);
/** Most points a chart draws; longer runs are thinned evenly. */
const MAX_POINTS = 400;

/** Misclassifications after each epoch and updates during it. */
export function ErrorsChart({ view, index }: { view: RunView; index: number }) {
  const colours = useThemeColours();
  const rows = useMemo(
    () =>
      thinEvenly(
        view.records.map((r) => ({
          epoch: r.epoch,
          misclassified: r.misclassified,
          updates: r.epoch === 0 ? null : r.updates,
        })),
        MAX_POINTS,
      ),
    [view.records],
  );
  const series = useMemo<ChartSeries[]>(
    () =>
      colours
        ? [
            { key: 'misclassified', name: 'misclassified', colour: colours.train },
            {
              key: 'updates',
              name: view.config.rule === 'perceptron' ? 'updates (errors_)' : 'updates',
              colour: colours.validation,
              dashed: true,
            },
          ]
        : [],
    [colours, view.config.rule],
  );
  const last = view.records[view.records.length - 1];
  return (
    <figure
      className="classic-chart"
      data-testid={`classic-errors-${index}`}
      data-last-misclassified={last.misclassified}
      data-points={view.records.length}
      {...tip(CLASSIC_TIPS.errorsChart)}
    >
      <figcaption className="classic-chart__title">
        Errors per epoch
        <span className="classic-chart__legend">
          {series.map((s) => (
            <span key={s.key}>
              <i style={{ background: s.colour }} className={s.dashed ? 'dashed' : ''} /> {s.name}
            </span>
          ))}
        </span>
      </figcaption>
      <div className="classic-chart__plot">
        {colours && (
          <SeriesChart
            rows={rows}
            title="Misclassified points"
            series={series}
            colours={colours}
            yDomain={[0, 'auto']}
            formatY={formatCount}
            formatValue={formatCount}
          />
        )}
      </div>
    </figure>
  );
}

/** Adaline's cost after each epoch, optionally on a log axis. */
export function CostChart({ view, index, log }: { view: RunView; index: number; log: boolean }) {
  const colours = useThemeColours();
  const rows = useMemo(
    () =>
      thinEvenly(
        view.records.map((r) => ({
          epoch: r.epoch,
          mse: r.mse !== null && Number.isFinite(r.mse) && (!log || r.mse > 0) ? r.mse : null,
        })),
        MAX_POINTS,
      ),
    [view.records, log],
  );
  const ticks = useMemo(() => {
    if (!log) return undefined;
    const values = rows.map((r) => r.mse).filter((v): v is number => v !== null);
    return values.length > 0 ? decadeTicks(Math.min(...values), Math.max(...values)) : undefined;
  }, [rows, log]);
  const series = useMemo<ChartSeries[]>(
    () => (colours ? [{ key: 'mse', name: 'MSE', colour: colours.train }] : []),
    [colours],
  );
  const last = view.records[view.records.length - 1];
  return (
    <figure
      className="classic-chart"
      data-testid={`classic-cost-${index}`}
      data-last-cost={last.mse ?? ''}
      data-log={log}
      {...tip(CLASSIC_TIPS.costChart)}
    >
      <figcaption className="classic-chart__title">Cost (MSE) per epoch{log ? ', log scale' : ''}</figcaption>
      <div className="classic-chart__plot">
        {colours && (
          <SeriesChart
            rows={rows}
            title="Cost (MSE)"
            series={series}
            colours={colours}
            log={log}
            yTicks={ticks}
            formatY={formatCost}
            formatValue={formatCost}
          />
        )}
      </div>
    </figure>
  );
}
