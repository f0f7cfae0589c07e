import { useMemo } from 'react';
import { diffRuns, readableSubject, type SettingDifference, listRuns } from '../../../src/project/light';
import { type InitialWeight, type RunTrace, traceOf } from '../../store/comparison';
import { useAppStore } from '../../store/use-app-store';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { useRunColours } from './use-run-colours';
import { tip } from '../../ui/tip';
import { VIEW_TIPS } from '../../help/view-tips';
import { PANEL_TEXTS } from '../../help/panel-texts';

const AREA: Record<SettingDifference['area'], string> = { graph: 'Network', data: 'Data', training: 'Training' };

function Difference({ d }: { d: SettingDifference }) {
  const value = d.change === 'added' ? `added (${d.to})` : d.change === 'removed' ? `removed (was ${d.from})` : null;
  return (
    <li className="run-diff__item" data-testid="run-diff-item" data-area={d.area} data-subject={d.subject}>
      <span className="run-diff__area">{AREA[d.area]}</span>{' '}
      <span className="run-diff__subject">{readableSubject(d.subject)}</span>{' '}
      {value ?? (
        <>
          <span className="run-diff__from">{d.from}</span> → <span className="run-diff__to">{d.to}</span>
        </>
      )}
    </li>
  );
}

/** Which of a run's weights started from run A's values; the checksums let anyone check they are bit-identical. */
function InitialWeights({
  runId,
  initial,
  reference,
}: {
  runId: string;
  initial: InitialWeight[];
  reference: boolean;
}) {
  if (initial.length === 0) return null;
  const shared = initial.filter((w) => w.shared).length;
  return (
    <details className="run-initial" data-testid={`run-initial-${runId}`}>
      <summary {...tip(VIEW_TIPS['runs.initialWeights'])}>
        {reference
          ? `Initial weights drawn from the seed (${initial.length} tensors)`
          : `Initial weights: ${shared} of ${initial.length} shared with run A`}
      </summary>
      <ul>
        {initial.map((w) => (
          <li
            key={`${w.nodeId}/${w.name}`}
            data-testid="initial-weight"
            data-run={runId}
            data-node={w.nodeId}
            data-weight={w.name}
            data-shared={String(w.shared)}
            data-checksum={w.checksum}
          >
            {w.nodeName} {w.name} [{w.shape.join('×')}]:{' '}
            {reference ? 'own draw' : w.shared ? 'shared with A' : `own draw — ${w.reason}`}{' '}
            <code {...tip(VIEW_TIPS['runs.checksum'])}>#{w.checksum}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}

const STATUS: Record<RunTrace['status'], string> = {
  starting: 'starting',
  ready: 'ready',
  finished: 'finished',
  diverged: 'diverged — stopped',
  error: 'failed — stopped',
};

/** The runs side by side: what differs from run A (network, data, training), how each started, and where each stands. */
export function RunsPanel({ large }: { large?: boolean }) {
  const document = useAppStore((s) => s.document);
  const traces = useAppStore((s) => s.comparison.traces);
  const colours = useRunColours();
  const runs = useMemo(() => listRuns(document), [document]);
  const diffs = useMemo(() => runs.slice(1).map((r) => diffRuns(runs[0].content, r.content)), [runs]);
  return (
    <ViewPanel view="runs" large={large}>
      {runs.length < 2 ? (
        <EmptyView>{PANEL_TEXTS['runs.empty']}</EmptyView>
      ) : (
        <div className="runs-panel">
          {runs.map((run, i) => {
            const trace = traceOf(traces, run.id);
            return (
              <section
                key={run.id}
                className="runs-panel__run"
                data-testid={`run-summary-${run.id}`}
                style={{ ['--run-colour' as string]: colours[run.index] }}
              >
                <h4 className="runs-panel__name">
                  <span className="run-chip__swatch" aria-hidden="true" /> Run {run.name}
                  {trace && (
                    <span
                      className={`runs-panel__status runs-panel__status--${trace.status}`}
                      data-testid={`run-status-${run.id}`}
                    >
                      {STATUS[trace.status]} · step {trace.counters.step}
                    </span>
                  )}
                </h4>
                {trace?.note && (
                  <p className="runs-panel__note" data-testid={`run-note-${run.id}`}>
                    {trace.note}
                  </p>
                )}
                {i === 0 ? (
                  <p className="runs-panel__muted">{PANEL_TEXTS['runs.reference']}</p>
                ) : diffs[i - 1].length === 0 ? (
                  <p className="runs-panel__muted" data-testid={`run-diff-${run.id}`}>
                    Same settings as run {runs[0].name}: change something in run {run.name} to compare.
                  </p>
                ) : (
                  <ul
                    className="run-diff"
                    data-testid={`run-diff-${run.id}`}
                    aria-label={`What run ${run.name} changes from run ${runs[0].name}`}
                  >
                    {diffs[i - 1].map((d) => (
                      <Difference key={`${d.area}|${d.change}|${d.subject}`} d={d} />
                    ))}
                  </ul>
                )}
                {trace && <InitialWeights runId={run.id} initial={trace.initial} reference={i === 0} />}
              </section>
            );
          })}
        </div>
      )}
    </ViewPanel>
  );
}
