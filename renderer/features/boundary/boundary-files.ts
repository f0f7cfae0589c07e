/** The decision boundary's exports as files: the snapshot shown (PNG) and its evolution over every stored snapshot (animated GIF). */
import type { ExportFile } from '../../bridge/platform';
import type { AppState, DecisionGridSnapshot } from '../../store/types';
import { boundaryGif, boundaryPng, currentThemeColours } from './boundary-image';
import { selectPlaneData } from './plane-data';
import { exportTitle, fileStem } from '../../ui/export-names';

type Source = Pick<AppState, 'document' | 'view' | 'training'>;

/** What a snapshot is drawn with: for wide data, the points over the plane that snapshot's grid was drawn over. */
function imageSource(state: Source, discretize: boolean, grid: DecisionGridSnapshot | null = null) {
  const plane = selectPlaneData(state, grid?.projection ?? state.view.projection);
  if ('error' in plane) throw new Error(plane.error || 'The dataset has no plane to draw the boundary over.');
  return { plane, colours: currentThemeColours(), discretize, metrics: state.training.metrics };
}

/** Whether there is a boundary to export: snapshots exist and the data has a plane. */
export function hasBoundary(state: Source): boolean {
  return state.training.grids.length > 0 && !('error' in selectPlaneData(state));
}

/** The animated GIF of every stored snapshot (one frame each); throws a sentence a person can act on when there is nothing to animate. */
export function boundaryGifFile(state: Source, discretize = false): ExportFile & { frames: number } {
  const { grids } = state.training;
  if (grids.length < 2)
    throw new Error('The boundary animation needs at least two snapshots: train for a few steps first.');
  const bytes = boundaryGif(grids, (grid) => imageSource(state, discretize, grid));
  return {
    name: `${fileStem(exportTitle(state))}_boundary.gif`,
    data: new Uint8Array(bytes),
    type: 'image/gif',
    frames: grids.length,
  };
}

/** The PNG of one snapshot (the newest when none is given). */
export async function boundaryPngFile(
  state: Source,
  grid: DecisionGridSnapshot | null = null,
  discretize = false,
): Promise<ExportFile> {
  const shown = grid ?? state.training.grids[state.training.grids.length - 1];
  if (!shown) throw new Error('There is no decision boundary to export yet: train for a moment first.');
  const blob = await boundaryPng(shown, imageSource(state, discretize, shown));
  return {
    name: `${fileStem(exportTitle(state))}_boundary_step_${shown.step}.png`,
    data: new Uint8Array(await blob.arrayBuffer()),
    type: 'image/png',
  };
}
