import { isRealDatasetKind, REAL_DATASETS } from '../../../src/data/real/catalog';
import type { DatasetKind } from '../../../src/data/types';

/** What the picked bundled data set is, where it comes from and its licence; nothing for generated or CSV data. */
export function RealDataNote({ kind }: { kind: DatasetKind }) {
  if (!isRealDatasetKind(kind)) return null;
  const info = REAL_DATASETS.get(kind)!;
  return (
    <div className="real-data-note" data-testid="dataset-real-note">
      <p className="hint">{info.description}</p>
      <p className="hint">
        {info.samples.toLocaleString('en')} samples, {info.features} features, {info.classes} classes. Source:{' '}
        {info.source}. Licence: {info.licence}.
      </p>
    </div>
  );
}
