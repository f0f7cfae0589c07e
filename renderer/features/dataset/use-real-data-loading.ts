import { useEffect } from 'react';
import { isRealDatasetKind } from '../../../src/data/real/catalog';
import { loadedRealDataset, loadRealDataset } from '../../../src/data/real/load';
import { useServices } from '../../app/use-services';
import { setRealDataFailure } from '../../store/csv-tables';
import { useAppStore } from '../../store/use-app-store';

/**
 * Loads the bundled real data set the document uses (picked, opened or restored) from its own chunk,
 * then tells the store, so the dataset preview and validation follow once the numbers are there.
 */
export function useRealDataLoading(): void {
  const { store } = useServices();
  const kind = useAppStore((s) => s.document.data.kind);
  useEffect(() => {
    if (!isRealDatasetKind(kind) || loadedRealDataset(kind)) return;
    loadRealDataset(kind)
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        setRealDataFailure(kind, `The bundled data set could not be loaded (${reason}). Reload the page to try again.`);
      })
      .finally(() => store.getState().noteTableParsed());
  }, [kind, store]);
}
