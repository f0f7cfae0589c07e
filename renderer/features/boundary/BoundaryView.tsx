import './boundary.css';
import { useState } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { useThemeColours } from '../charts/use-theme-colours';
import { EmptyView, ViewPanel } from '../dock/ViewPanel';
import { BoundaryCanvas, usesCurve } from './BoundaryCanvas';
import { BoundaryScrubber } from './BoundaryScrubber';
import { selectPlaneData } from './plane-data';
import { snapshotIndex } from './snapshot-index';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/** A regression has no boundary: the view shows the prediction. */
const PREDICTION_TITLES = { short: 'Prediction', title: 'Prediction over the data' };

/** The decision boundary over the data plane with a discretise switch and a timeline scrubber over the stored snapshots. */
export function BoundaryView({ large }: { large?: boolean }) {
  const grids = useAppStore((s) => s.training.grids);
  const plane = useAppStore(selectPlaneData);
  const colours = useThemeColours();
  const [discretize, setDiscretize] = useState(false);
  const [pinnedStep, setPinnedStep] = useState<number | null>(null);
  const index = snapshotIndex(grids, pinnedStep);
  const curve = !('error' in plane) && usesCurve(plane);

  const actions = (
    <label className="toggle" {...tip(curve ? 'A regression curve has no class regions to discretise.' : TIPS['dock.discretise'])}>
      <input type="checkbox" data-testid="toggle-discretize" checked={discretize} disabled={curve} onChange={(e) => setDiscretize(e.target.checked)} />
      discretise
    </label>
  );
  let body;
  if ('error' in plane) body = <EmptyView>{plane.error}</EmptyView>;
  else if (!colours) body = null;
  else {
    body = (
      <div className="boundary-view">
        <BoundaryCanvas grid={index >= 0 ? grids[index] : null} plane={plane} colours={colours} discretize={discretize} large={large} />
        <BoundaryScrubber snapshots={grids} index={index} live={pinnedStep === null} onPin={setPinnedStep} />
      </div>
    );
  }
  return (
    <ViewPanel view="boundary" large={large} actions={actions} titles={!('error' in plane) && plane.task === 'regression' ? PREDICTION_TITLES : undefined}>
      {body}
    </ViewPanel>
  );
}
