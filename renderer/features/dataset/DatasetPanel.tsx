import type { DatasetKind } from '../../../src/data/index';
import { useAppStore } from '../../store/use-app-store';
import { CheckboxField } from '../../ui/CheckboxField';
import { ControlGate } from '../../ui/ControlGate';
import { NumberField } from '../../ui/NumberField';
import { Section } from '../../ui/Section';
import { SelectField } from '../../ui/SelectField';
import { CsvImport } from './CsvImport';
import { DATASET_KINDS, fieldValue, fieldsFor } from '../../fields/dataset-fields';
import { ScatterPreview } from './ScatterPreview';
import { pickDatasetKind } from './pick-kind';
import { RealDataNote } from './RealDataNote';
import { useServices } from '../../app/use-services';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { useAfterFirstPaint } from '../../ui/use-after-first-paint';
import { optionTipFor } from '../../help/choice-tips';

/**
 * The dataset: kind (generated, real or CSV) and generator settings, split, seed, regenerate, CSV import and a scatter
 * preview; drawn the frame after the canvas and the palette at start-up.
 */
export function DatasetPanel() {
  const { store } = useServices();
  const spec = useAppStore((s) => s.document.data);
  const setDataset = useAppStore((s) => s.setDataset);
  const regenerate = useAppStore((s) => s.regenerateDataset);
  const ready = useAfterFirstPaint();
  if (!ready) return null;
  const regenerateButton = (
    <ControlGate id="dataset.regenerate">
      <button
        type="button"
        className="button button--small"
        data-testid="dataset-regenerate"
        onClick={regenerate}
        {...tip(TIPS['dataset.regenerate'])}
      >
        Regenerate
      </button>
    </ControlGate>
  );

  return (
    <Section title="Dataset" testId="dataset-panel" actions={regenerateButton}>
      <ScatterPreview />
      <SelectField
        label="Kind"
        testId="dataset-kind"
        controlId="dataset.kind"
        value={spec.kind}
        options={DATASET_KINDS}
        help={TIPS['dataset.kind']}
        optionHelp={optionTipFor('datasetKind')}
        onChange={(kind) => pickDatasetKind(store.getState(), kind as DatasetKind)}
      />
      <div className="field-grid">
        {fieldsFor(spec).map(({ key, kinds: _, ...rule }) => (
          <NumberField
            key={key}
            {...rule}
            testId={`dataset-${key}`}
            controlId={`dataset.${key}`}
            value={fieldValue(spec, key)}
            onChange={(v) => setDataset({ [key]: v })}
          />
        ))}
        <NumberField
          label="Validation split"
          testId="dataset-validationSplit"
          controlId="dataset.validationSplit"
          value={spec.validationSplit}
          min={0}
          max={0.9}
          step={0.05}
          help={TIPS['dataset.validationSplit']}
          onChange={(validationSplit) => setDataset({ validationSplit })}
        />
        <NumberField
          label="Seed"
          testId="dataset-seed"
          controlId="dataset.seed"
          value={spec.seed}
          min={0}
          max={0xffff_ffff}
          integer
          help={TIPS['dataset.seed']}
          onChange={(seed) => setDataset({ seed })}
        />
      </div>
      <RealDataNote kind={spec.kind} />
      <CheckboxField
        label="Standardise features"
        testId="dataset-standardize"
        controlId="dataset.standardize"
        checked={spec.standardize}
        help={TIPS['dataset.standardize']}
        onChange={(standardize) => setDataset({ standardize })}
      />
      <ControlGate id="dataset.csv">
        <CsvImport />
      </ControlGate>
    </Section>
  );
}
