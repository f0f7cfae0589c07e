import { useMemo, useState } from 'react';
import { listRuns } from '../../../src/project/light';
import { useAppStore } from '../../store/use-app-store';
import { BoundaryCanvas } from '../boundary/BoundaryCanvas';
import { planeData } from '../boundary/plane-data';
import { useThemeColours } from '../charts/use-theme-colours';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { useRunColours } from './use-run-colours';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/** Every run's decision boundary side by side, each over its own data; a run that cannot show one says why. */
export function RunsBoundaryView({ large }: { large?: boolean }) {
  const document = useAppStore((s) => s.document);
  const traces = useAppStore((s) => s.comparison.traces);
  const colours = useThemeColours();
  const runColours = useRunColours();
  const [discretize, setDiscretize] = useState(false);
  const runs = useMemo(() => listRuns(document), [document]);
  const planes = useMemo(() => runs.map((r) => planeData(r.content.data)), [runs]);
  const actions = (
    <label className="toggle" {...tip(TIPS['dock.discretise'])}>
      <input
        type="checkbox"
        data-testid="toggle-discretize"
        checked={discretize}
        onChange={(e) => setDiscretize(e.target.checked)}
      />
      <span className="toggle__text">discretise</span>
    </label>
  );
  return (
    <ViewPanel view="boundary" large={large} actions={actions}>
      {!colours ? null : (
        <div className="runs-boundaries" style={{ gridTemplateColumns: `repeat(${runs.length}, minmax(0, 1fr))` }}>
          {runs.map((run, i) => {
            const trace = traces.get(run.id);
            const plane = planes[i];
            const why =
              'error' in plane
                ? plane.error
                : (trace?.gridNote ??
                  (trace?.grid
                    ? null
                    : `Run ${run.name} has not trained yet: press Train or Step and its boundary appears here.`));
            return (
              <section
                key={run.id}
                className="runs-boundaries__run"
                data-testid={`run-boundary-${run.id}`}
                style={{ ['--run-colour' as string]: runColours[run.index] }}
              >
                <h4 className="runs-boundaries__name">
                  <span className="run-chip__swatch" aria-hidden="true" /> Run {run.name}
                  {trace?.grid && <span className="runs-boundaries__step"> · step {trace.grid.step}</span>}
                </h4>
                {why !== null || 'error' in plane ? (
                  <EmptyView>
                    <span data-testid={`run-boundary-why-${run.id}`}>{why}</span>
                  </EmptyView>
                ) : (
                  <BoundaryCanvas
                    grid={trace?.grid ?? null}
                    plane={plane}
                    colours={colours}
                    discretize={discretize}
                    large={large}
                  />
                )}
              </section>
            );
          })}
        </div>
      )}
    </ViewPanel>
  );
}
