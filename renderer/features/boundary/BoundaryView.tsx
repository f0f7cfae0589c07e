import './boundary.css';
import { useState } from 'react';
import { useServices } from '../../app/use-services';
import { TIPS } from '../../help/tips';
import { useAppStore } from '../../store/use-app-store';
import { tip } from '../../ui/tip';
import { boundaryGifFile, boundaryPngFile } from './boundary-files';
import { saveExport } from '../../bridge/save-export';
import { useThemeColours } from '../charts/use-theme-colours';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { BoundaryCanvas, usesCurve } from './BoundaryCanvas';
import { BoundaryScrubber } from './BoundaryScrubber';
import { ProjectionPicker } from './ProjectionPicker';
import { selectPlaneData } from './plane-data';
import { snapshotIndex } from './snapshot-index';

/** A regression has no boundary: the view shows the prediction. */
const PREDICTION_TITLES = { short: 'Prediction', title: 'Prediction over the data' };

/** The decision boundary over the data plane with a discretise switch and a timeline scrubber over the stored snapshots. */
export function BoundaryView({ large }: { large?: boolean }) {
  const grids = useAppStore((s) => s.training.grids);
  const colours = useThemeColours();
  const [discretize, setDiscretize] = useState(false);
  const pinnedStep = useAppStore((s) => s.training.pinnedStep);
  const pinMoment = useAppStore((s) => s.pinMoment);
  const index = snapshotIndex(grids, pinnedStep);
  // Data of more than two columns: the points are projected onto the plane the shown grid was drawn over.
  const shownProjection = index >= 0 ? grids[index].projection : undefined;
  const plane = useAppStore((s) => selectPlaneData(s, shownProjection ?? s.view.projection));
  const projection = useAppStore((s) => s.view.projection);
  const setProjection = useAppStore((s) => s.setProjection);
  const curve = !('error' in plane) && usesCurve(plane);
  const { platform, store } = useServices();
  const showToast = useAppStore((s) => s.showToast);
  const exportWith = (make: () => Promise<Parameters<typeof saveExport>[1][number]>) => {
    make().then(
      (file) => saveExport(platform, [file], showToast),
      (error: unknown) => showToast('error', error instanceof Error ? error.message : String(error)),
    );
  };
  const canExport = !('error' in plane) && index >= 0;

  const actions = (
    <label
      className="toggle"
      {...tip(curve ? 'A regression curve has no class regions to discretise.' : TIPS['dock.discretise'])}
    >
      <input
        type="checkbox"
        data-testid="toggle-discretize"
        checked={discretize}
        disabled={curve}
        onChange={(e) => setDiscretize(e.target.checked)}
      />
      <span className="toggle__text">discretise</span>
    </label>
  );
  const exportActions = (
    <>
      <button
        type="button"
        className="icon-button"
        data-testid="export-png-boundary"
        {...tip(TIPS['boundary.exportPng'])}
        disabled={!canExport}
        onClick={() => exportWith(() => boundaryPngFile(store.getState(), grids[index], discretize))}
      >
        PNG
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="export-gif-boundary"
        {...tip(TIPS['boundary.exportGif'])}
        disabled={!canExport || grids.length < 2}
        onClick={() => exportWith(async () => boundaryGifFile(store.getState(), discretize))}
      >
        GIF
      </button>
    </>
  );
  let body;
  if ('error' in plane) body = <EmptyView>{plane.error}</EmptyView>;
  else if (!colours) body = null;
  else {
    body = (
      <div className="boundary-view">
        <BoundaryCanvas
          grid={index >= 0 ? grids[index] : null}
          plane={plane}
          colours={colours}
          discretize={discretize}
          large={large}
        />
        <BoundaryScrubber snapshots={grids} index={index} live={pinnedStep === null} onPin={pinMoment} />
        {plane.projection && <ProjectionPicker plane={plane} choice={projection} onChange={setProjection} />}
      </div>
    );
  }
  return (
    <ViewPanel
      view="boundary"
      large={large}
      actions={
        <>
          {actions}
          {exportActions}
        </>
      }
      titles={!('error' in plane) && plane.task === 'regression' ? PREDICTION_TITLES : undefined}
    >
      {body}
    </ViewPanel>
  );
}
