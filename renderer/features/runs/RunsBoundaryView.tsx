import { useMemo, useState } from 'react';
import { listRuns } from '../../../src/project/light';
import { useAppStore } from '../../store/use-app-store';
import { BoundaryCanvas } from '../boundary/BoundaryCanvas';
import { planeCaption } from '../boundary/plane-caption';
import { planeData } from '../boundary/plane-data';
import { ProjectionPicker } from '../boundary/ProjectionPicker';
import { useThemeColours } from '../charts/use-theme-colours';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { useRunColours } from './use-run-colours';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/**
 * Every run's decision boundary side by side, each over its own data (wider data over the plane picked in the
 * Boundary tab, as the runs' workers draw it); a run that cannot show one says why.
 */
export function RunsBoundaryView({ large }: { large?: boolean }) {
  const document = useAppStore((s) => s.document);
  const projection = useAppStore((s) => s.view.projection);
  const setProjection = useAppStore((s) => s.setProjection);
  const traces = useAppStore((s) => s.comparison.traces);
  const colours = useThemeColours();
  const runColours = useRunColours();
  const [discretize, setDiscretize] = useState(false);
  const runs = useMemo(() => listRuns(document), [document]);
  const planes = useMemo(
    () =>
      runs.map((r) => {
        const plane = planeData(r.content.data, projection);
        // Columns picked for another run's table: this run is drawn over PCA, as its worker falls back to.
        return 'error' in plane && projection.kind !== 'pca' ? planeData(r.content.data) : plane;
      }),
    [runs, projection],
  );
  // The plane is picked here as in the Boundary tab (one choice for every run); a run whose plane differs says which.
  const first = planes.find((p) => !('error' in p) && p.projection);
  const firstCaption = first && !('error' in first) && first.projection ? planeCaption(first.projection) : null;
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
      {first && !('error' in first) && <ProjectionPicker plane={first} choice={projection} onChange={setProjection} />}
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
                  <>
                    {plane.projection && planeCaption(plane.projection) !== firstCaption && (
                      <p className="runs-boundaries__plane" data-testid={`run-boundary-plane-${run.id}`}>
                        {planeCaption(plane.projection)}
                      </p>
                    )}
                    <BoundaryCanvas
                      grid={trace?.grid ?? null}
                      plane={plane}
                      colours={colours}
                      discretize={discretize}
                      large={large}
                    />
                  </>
                )}
              </section>
            );
          })}
        </div>
      )}
    </ViewPanel>
  );
}
