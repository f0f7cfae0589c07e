import { useEffect } from 'react';
import { useServices } from '../../app/use-services';
import { setTableEntry, tableEntry } from '../../store/csv-tables';
import { useAppStore } from '../../store/use-app-store';
import { isLargeCsv, parseCsvOffThread } from './csv-off-thread';

/**
 * Parses the document's CSV table off the page's thread when it is large (opened, restored or
 * imported), records the dataset in csv-tables.ts and tells the store, so the dataset preview and
 * validation follow without the page ever freezing on the parse.
 */
export function useTableParsing(): void {
  const { store } = useServices();
  const csv = useAppStore((s) => (s.document.data.kind === 'csv' ? s.document.data.csv : undefined));
  useEffect(() => {
    if (!csv || !isLargeCsv(csv) || tableEntry(csv)) return;
    setTableEntry(csv, { status: 'pending' });
    parseCsvOffThread(csv)
      .then(
        ({ dataset }) => setTableEntry(csv, { status: 'done', dataset }),
        (error: unknown) =>
          setTableEntry(csv, { status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => store.getState().noteTableParsed());
  }, [csv, store]);
}
