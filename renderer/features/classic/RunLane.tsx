import type { PreparedClassicData } from '../../../src/classic/index';
import { ClassicScatter } from './ClassicScatter';
import { NeuronDiagram } from './NeuronDiagram';
import { RuleReadout } from './RuleReadout';
import type { RunView } from './run-view';
import { lazyComponent } from '../../ui/lazy-component';

// recharts loads when a classic run is first shown, not at start-up.
const CostChart = lazyComponent(() => import('./ClassicCharts').then((m) => m.CostChart));
const ErrorsChart = lazyComponent(() => import('./ClassicCharts').then((m) => m.ErrorsChart));

/** Props of one run's column. */
export interface RunLaneProps {
  data: PreparedClassicData;
  view: RunView;
  index: number;
  logCost: boolean;
  /** Two lanes share the width: stack the scatter over the charts. */
  compact: boolean;
}

/** Where a run stands, in words. */
export function statusText(view: RunView): string {
  if (view.status === 'converged') return `Converged at epoch ${view.epoch}: every sample is on its side of the line.`;
  if (view.status === 'diverged') return `Diverged at epoch ${view.epoch}.`;
  const within = view.position > 0 ? ` (+${view.position} samples of epoch ${view.epoch + 1})` : '';
  return `Epoch ${view.epoch}${within}`;
}

/** One run: its neuron, scatter with the decision line, errors (and cost) charts, and the rule with numbers. */
export function RunLane({ data, view, index, logCost, compact }: RunLaneProps) {
  return (
    <section
      className={`classic-lane${compact ? ' classic-lane--compact' : ''}`}
      data-testid={`classic-run-${index}`}
      data-status={view.status}
      aria-label={view.title}
    >
      <header className="classic-lane__header">
        <h3>{view.title}</h3>
        <span className={`classic-status classic-status--${view.status}`} data-testid={`classic-status-${index}`}>
          {statusText(view)}
        </span>
      </header>
      {view.divergence && (
        <p className="classic-divergence" role="alert" data-testid={`classic-divergence-${index}`}>
          {view.divergence.message}
        </p>
      )}
      <div className="classic-lane__body">
        <ClassicScatter data={data} view={view} index={index} />
        <div className="classic-lane__side">
          <NeuronDiagram rule={view.config.rule} w={view.w} b={view.b} index={index} />
          <div className="classic-lane__charts">
            <ErrorsChart view={view} index={index} />
            {view.config.rule === 'adaline' && <CostChart view={view} index={index} log={logCost} />}
          </div>
          <RuleReadout view={view} index={index} />
        </div>
      </div>
    </section>
  );
}
