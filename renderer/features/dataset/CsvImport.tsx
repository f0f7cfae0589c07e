import { useRef } from 'react';
import type { CsvSource } from '../../../src/data/index';
import { useServices } from '../../app/use-services';
import { useAppStore } from '../../store/use-app-store';
import { SelectField } from '../../ui/SelectField';
import { setTableEntry } from '../../store/csv-tables';
import { isLargeCsv } from './csv-off-thread';
import { csvHeader, guessTargetKind } from './csv-import';
import { importTable } from './import-table';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

const TARGET_KINDS = [
  { value: 'class', label: 'Class labels (classification)' },
  { value: 'number', label: 'Numbers (regression)' },
];

/**
 * Imports a CSV table into the project and picks its target column; the Input node switches to the
 * table's columns in the same undo step. A table that cannot be read is refused with its fault.
 */
export function CsvImport() {
  const { store } = useServices();
  const input = useRef<HTMLInputElement>(null);
  const csv = useAppStore((s) => (s.document.data.kind === 'csv' ? s.document.data.csv : undefined));

  const apply = (source: CsvSource) => {
    const state = store.getState();
    const columns = csvHeader(source.text).length - 1;
    state.beginChange();
    state.setDataset({ kind: 'csv', csv: source });
    for (const node of state.document.graph.nodes) {
      if (node.kind === 'input' && columns > 0) state.updateNodeParams(node.id, { source: 'table', columns });
    }
    state.endChange();
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      // Checked before it replaces anything, so a broken table never costs the user their dataset.
      const { source, dataset } = await importTable(file, store.getState());
      // The preview takes the dataset parsed off the page's thread rather than parsing it again.
      if (isLargeCsv(source)) setTableEntry(source, { status: 'done', dataset });
      apply(source);
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).replace(/[.\s]+$/, '');
      store.getState().showToast('error', `Could not import '${file.name}': ${message}. Your dataset is unchanged.`);
    }
  };

  return (
    <div className="csv-import">
      <button
        type="button"
        className="button"
        data-testid="dataset-csv-import"
        {...tip(TIPS['dataset.csvImport'])}
        onClick={() => input.current?.click()}
      >
        Import CSV…
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        data-testid="dataset-csv-input"
        onChange={(e) => {
          void onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {csv && (
        <>
          <p className="hint">Table: {csv.fileName}</p>
          <SelectField
            label="Target column"
            testId="dataset-target-column"
            help={TIPS['dataset.targetColumn']}
            value={csv.targetColumn}
            options={csvHeader(csv.text).map((name) => ({ value: name, label: name }))}
            onChange={(targetColumn) =>
              apply({ ...csv, targetColumn, targetKind: guessTargetKind(csv.text, targetColumn) })
            }
          />
          <SelectField
            label="Target is"
            testId="dataset-target-kind"
            help={TIPS['dataset.targetKind']}
            value={csv.targetKind}
            options={TARGET_KINDS}
            onChange={(kind) => apply({ ...csv, targetKind: kind as CsvSource['targetKind'] })}
          />
        </>
      )}
    </div>
  );
}
