import type { LossName, OutputParams } from '../../../src/graph/index';
import type { OptimizerName } from '../../../src/training/light';
import { LOSSES } from '../../../src/layers/index';
import { useAppStore } from '../../store/use-app-store';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { EarlyStoppingFields } from './EarlyStoppingFields';
import { OPTIMIZER_FIELDS, OPTIMIZER_OPTIONS, RUN_FIELDS } from '../../fields/training-fields';
import { TIPS } from '../../help/tips';
import { optionTipFor } from '../../help/choice-tips';

const LOSS_OPTIONS = (Object.keys(LOSSES) as LossName[]).map((value) => ({ value, label: LOSSES[value].label }));

/** Loss (held by the Output node), optimizer with its parameters, and the run settings. */
export function TrainingSettings() {
  const training = useAppStore((s) => s.document.training);
  const output = useAppStore((s) => s.document.graph.nodes.find((n) => n.kind === 'output'));
  const setTraining = useAppStore((s) => s.setTraining);
  const setOptimizer = useAppStore((s) => s.setOptimizer);
  const updateNodeParams = useAppStore((s) => s.updateNodeParams);
  const { optimizer } = training;

  return (
    <div className="training-settings">
      <SelectField
        label="Loss"
        testId="training-loss"
        controlId="training.loss"
        value={output ? (output.params as OutputParams).loss : ''}
        options={output ? LOSS_OPTIONS : [{ value: '', label: 'Add an Output node first' }]}
        disabled={!output}
        help={output ? TIPS['inspector.loss'] : 'The loss belongs to the Output node: add one to pick it.'}
        optionHelp={output ? optionTipFor('loss') : undefined}
        onChange={(loss) => output && updateNodeParams(output.id, { loss: loss as LossName })}
      />
      <SelectField
        label="Optimizer"
        testId="training-optimizer"
        controlId="training.optimizer"
        value={optimizer.name}
        options={OPTIMIZER_OPTIONS}
        help={TIPS['inspector.optimizer']}
        optionHelp={optionTipFor('optimizer')}
        onChange={(name) => setOptimizer({ name: name as OptimizerName })}
      />
      {OPTIMIZER_FIELDS.filter((f) => !f.optimizers || f.optimizers.includes(optimizer.name)).map(
        ({ key, optimizers: _, ...rule }) => (
          <NumberField
            key={key}
            {...rule}
            testId={`training-${key}`}
            controlId={`training.${key}`}
            value={optimizer[key]}
            onChange={(v) => setOptimizer({ [key]: v })}
          />
        ),
      )}
      {RUN_FIELDS.map(({ key, optimizers: _, ...rule }) => (
        <NumberField
          key={key}
          {...rule}
          testId={`training-${key}`}
          controlId={`training.${key}`}
          value={training[key]}
          onChange={(v) => setTraining({ [key]: v })}
        />
      ))}
      <EarlyStoppingFields />
    </div>
  );
}
