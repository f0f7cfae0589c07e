/**
 * Picking a dataset kind: a bundled real data set also switches the Input node to its table columns
 * and turns standardisation on; going back to a generated plane switches the Input node back to the
 * plane's (x1, x2). One undo step either way.
 */
import { isRealDatasetKind, REAL_DATASETS } from '../../../src/data/real/catalog';
import type { DatasetKind } from '../../../src/data/types';
import type { AppState } from '../../store/types';

/** Sets the document's dataset kind and fits the Input node to it, as one change. */
export function pickDatasetKind(state: AppState, kind: DatasetKind): void {
  const before = state.document.data.kind;
  const real = isRealDatasetKind(kind) ? REAL_DATASETS.get(kind)! : null;
  state.beginChange();
  state.setDataset(real ? { kind, standardize: true } : { kind });
  for (const node of state.document.graph.nodes) {
    if (node.kind !== 'input') continue;
    if (real) state.updateNodeParams<'input'>(node.id, { source: 'table', columns: real.features });
    else if (isRealDatasetKind(before) && kind !== 'csv' && node.params.source === 'table') {
      state.updateNodeParams<'input'>(node.id, { source: 'plane', features: ['x1', 'x2'] });
    }
  }
  state.endChange();
}
