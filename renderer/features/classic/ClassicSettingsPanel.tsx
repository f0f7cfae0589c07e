import type {
  ClassicComparison,
  ClassicDatasetKind,
  ClassicRule,
  InitialWeights,
  SampleOrder,
} from '../../../src/classic/index';
import { MAX_NOISE, MAX_SAMPLES, MIN_SAMPLES } from '../../../src/data/index';
import { LEARNING_RATE_RANGE } from '../../../src/training/light';
import { selectClassicSettings } from '../../store/classic-actions';
import { useAppStore } from '../../store/use-app-store';
import { CheckboxField } from '../../ui/CheckboxField';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { CLASSIC_TIPS } from './classic-tips';

const RULES: { value: ClassicRule; label: string }[] = [
  { value: 'perceptron', label: 'Perceptron' },
  { value: 'adaline', label: 'Adaline (Widrow–Hoff)' },
];

const KINDS: { value: ClassicDatasetKind; label: string }[] = [
  { value: 'blobs', label: 'Two blobs' },
  { value: 'linear', label: 'Linearly separable' },
  { value: 'moons', label: 'Two moons' },
  { value: 'circles', label: 'Circles' },
  { value: 'xor', label: 'XOR' },
  { value: 'gaussians', label: 'Inner/outer Gaussians' },
  { value: 'spiral', label: 'Spiral' },
];

const INITIAL: { value: InitialWeights; label: string }[] = [
  { value: 'small-random', label: 'Small random, N(0, 0.01²)' },
  { value: 'zeros', label: 'Zeros' },
];

const ORDERS: { value: SampleOrder; label: string }[] = [
  { value: 'shuffled', label: 'Shuffled each epoch' },
  { value: 'fixed', label: 'Fixed' },
];

const COMPARISONS: { value: ClassicComparison; label: string }[] = [
  { value: 'none', label: 'One run' },
  { value: 'rules', label: 'Perceptron vs Adaline' },
  { value: 'rates', label: 'Two learning rates' },
];

/** The workspace's settings column: rule, dataset, learning settings and the comparison. */
export function ClassicSettingsPanel() {
  const settings = useAppStore(selectClassicSettings);
  const setClassic = useAppStore((s) => s.setClassic);
  const setData = useAppStore((s) => s.setClassicData);
  const { data } = settings;
  const usesAdaline = settings.rule === 'adaline' || settings.compare === 'rules';
  return (
    <aside className="classic-settings" aria-label="Classic rules settings">
      <h2 className="classic-settings__heading">Rule</h2>
      <SelectField
        label="Learning rule"
        testId="classic-rule"
        value={settings.rule}
        options={RULES}
        help={CLASSIC_TIPS.rule}
        disabled={settings.compare === 'rules'}
        onChange={(rule) => setClassic({ rule: rule as ClassicRule })}
      />
      <div className="field-grid">
        <NumberField
          label="Learning rate η"
          testId="classic-learning-rate"
          value={settings.learningRate}
          min={1e-7}
          max={LEARNING_RATE_RANGE.max}
          step={0.01}
          help={CLASSIC_TIPS.learningRate}
          onChange={(learningRate) => setClassic({ learningRate })}
        />
        <NumberField
          label="Epochs"
          testId="classic-epochs"
          value={settings.epochs}
          min={1}
          max={100_000}
          integer
          help={CLASSIC_TIPS.epochs}
          onChange={(epochs) => setClassic({ epochs })}
        />
        <NumberField
          label="Seed"
          testId="classic-seed"
          value={settings.seed}
          min={0}
          max={0xffff_ffff}
          integer
          help={CLASSIC_TIPS.seed}
          onChange={(seed) => setClassic({ seed })}
        />
        {usesAdaline && (
          <NumberField
            label="Batch size"
            testId="classic-batch-size"
            value={settings.batchSize}
            min={0}
            max={MAX_SAMPLES}
            integer
            help={CLASSIC_TIPS.batchSize}
            onChange={(batchSize) => setClassic({ batchSize })}
          />
        )}
      </div>
      <SelectField
        label="Initial weights"
        testId="classic-initial-weights"
        value={settings.initialWeights}
        options={INITIAL}
        help={CLASSIC_TIPS.initialWeights}
        onChange={(v) => setClassic({ initialWeights: v as InitialWeights })}
      />
      <SelectField
        label="Sample order"
        testId="classic-order"
        value={settings.order}
        options={ORDERS}
        help={CLASSIC_TIPS.order}
        onChange={(v) => setClassic({ order: v as SampleOrder })}
      />

      <h2 className="classic-settings__heading">Data</h2>
      <SelectField
        label="Dataset"
        testId="classic-dataset-kind"
        value={data.kind}
        options={KINDS}
        help={CLASSIC_TIPS.datasetKind}
        onChange={(kind) => setData({ kind: kind as ClassicDatasetKind })}
      />
      <div className="field-grid">
        <NumberField
          label="Samples"
          testId="classic-samples"
          value={data.samples}
          min={MIN_SAMPLES}
          max={MAX_SAMPLES}
          integer
          help={CLASSIC_TIPS.samples}
          onChange={(samples) => setData({ samples })}
        />
        <NumberField
          label="Noise"
          testId="classic-noise"
          value={data.noise}
          min={0}
          max={MAX_NOISE}
          step={0.05}
          help={CLASSIC_TIPS.noise}
          onChange={(noise) => setData({ noise })}
        />
        {(data.kind === 'blobs' || data.kind === 'gaussians') && (
          <NumberField
            label="Spread"
            testId="classic-spread"
            value={data.spread}
            min={0}
            max={MAX_NOISE}
            step={0.05}
            help={CLASSIC_TIPS.spread}
            onChange={(spread) => setData({ spread })}
          />
        )}
        {data.kind === 'circles' && (
          <NumberField
            label="Inner/outer ratio"
            testId="classic-factor"
            value={data.factor}
            min={0}
            max={0.99}
            step={0.05}
            help={CLASSIC_TIPS.factor}
            onChange={(factor) => setData({ factor })}
          />
        )}
        <NumberField
          label="Data seed"
          testId="classic-data-seed"
          value={data.seed}
          min={0}
          max={0xffff_ffff}
          integer
          help={CLASSIC_TIPS.dataSeed}
          onChange={(seed) => setData({ seed })}
        />
      </div>
      <CheckboxField
        label="Standardise features"
        testId="classic-standardize"
        checked={data.standardize}
        help={CLASSIC_TIPS.standardize}
        onChange={(standardize) => setData({ standardize })}
      />

      <h2 className="classic-settings__heading">Compare</h2>
      <SelectField
        label="Side by side"
        testId="classic-compare"
        value={settings.compare}
        options={COMPARISONS}
        help={CLASSIC_TIPS.compare}
        onChange={(compare) => setClassic({ compare: compare as ClassicComparison })}
      />
      {settings.compare === 'rates' && (
        <NumberField
          label="Second η"
          testId="classic-second-learning-rate"
          value={settings.secondLearningRate}
          min={1e-7}
          max={LEARNING_RATE_RANGE.max}
          step={0.0001}
          help={CLASSIC_TIPS.secondLearningRate}
          onChange={(secondLearningRate) => setClassic({ secondLearningRate })}
        />
      )}
      {usesAdaline && (
        <CheckboxField
          label="Cost on a log scale"
          testId="classic-log-cost"
          checked={settings.logCost}
          help={CLASSIC_TIPS.logCost}
          onChange={(logCost) => setClassic({ logCost })}
        />
      )}
    </aside>
  );
}
