import './backprop.css';
import { useMemo, useState } from 'react';
import { explainUnit, explainWeight, formatValue, nodeSymbols, type BackpropTrace } from '../../../src/backprop/index';
import { MAX_SAMPLES } from '../../../src/data/index';
import { backpropSettingsOf } from '../../store/backprop-actions';
import { tip } from '../../ui/tip';
import { useAppStore } from '../../store/use-app-store';
import { EmptyView, ViewPanel } from '../../ui/views/ViewPanel';
import { BackpropControls } from './BackpropControls';
import { BackpropDiagram } from './BackpropDiagram';
import { FormulaBox } from './FormulaBox';
import { NodeValues, type Selection } from './NodeValues';
import type { SampleChoice } from './sample';
import {
  clampState,
  currentNode,
  revealed,
  showAll,
  START,
  stepBackward,
  stepForward,
  type StepperState,
} from './stepper';
import { BACKPROP_TIPS } from './tips';
import { useBackpropTrace } from './use-backprop-trace';

/** The formula of the selection, keeping only the lines whose values the walk has revealed. */
function formulaOf(
  trace: BackpropTrace,
  state: StepperState,
  selection: Selection | null,
): { title: string; lines: ReturnType<typeof explainUnit> } {
  if (!selection) return { title: 'Chain rule', lines: [] };
  const node = trace.nodes.find((n) => n.id === selection.nodeId);
  if (!node) return { title: 'Chain rule', lines: [] };
  const shown = revealed(state, trace, node.id);
  if (selection.type === 'weight') {
    const what =
      selection.i < 0
        ? `bias of unit ${selection.j + 1}`
        : `weight from input ${selection.i + 1} to unit ${selection.j + 1}`;
    return {
      title: `${node.name}: ${what}`,
      lines: shown.backward ? explainWeight(trace, node.id, selection.i, selection.j) : [],
    };
  }
  const lines = explainUnit(trace, node.id, selection.unit);
  return {
    title: `${node.name}: unit ${selection.unit + 1}`,
    lines: shown.forward ? (shown.backward ? lines : lines.slice(0, 1)) : [],
  };
}

/**
 * The Backprop view: one sample walked through the network by hand. Step forward computes z and a
 * node by node; Step backward sends δ back node by node; a click on any value shows its chain-rule
 * formula with the numbers substituted. It traces the weights the worker last reported.
 */
export function BackpropView({ large }: { large?: boolean }) {
  const settings = useAppStore((s) => backpropSettingsOf(s.document));
  const setBackprop = useAppStore((s) => s.setBackprop);
  const [typed, setTyped] = useState<SampleChoice | null>(null);
  const [badIndex, setBadIndex] = useState<number | null>(null);
  const choice = useMemo<SampleChoice>(
    () => typed ?? { kind: 'index', index: badIndex ?? settings.sample },
    [typed, badIndex, settings.sample],
  );
  const setChoice = (next: SampleChoice) => {
    if (next.kind === 'typed') return setTyped(next);
    setTyped(null);
    // Only an index the file format can hold is saved; anything else is shown with its error until fixed.
    const storable = Number.isInteger(next.index) && next.index >= 0 && next.index < MAX_SAMPLES;
    setBadIndex(storable ? null : next.index);
    if (storable) setBackprop({ sample: next.index });
  };
  // The ½ choice is a training setting: the steps the view traces train with the loss it shows.
  const halve = useAppStore((s) => s.document.training.halveSquaredError === true);
  const setTraining = useAppStore((s) => s.setTraining);
  const setHalve = (h: boolean) => setTraining({ halveSquaredError: h });
  const [state, setState] = useState<StepperState>(START);
  const [inspected, setInspected] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const loss = useAppStore((s) => s.document.graph.nodes.find((n) => n.kind === 'output'));
  const isMse = loss?.kind === 'output' && loss.params.loss === 'meanSquaredError';
  const result = useBackpropTrace(choice, halve && isMse);
  const sgdRate = useAppStore((s) =>
    s.document.training.optimizer.name === 'sgd' ? s.document.training.optimizer.learningRate : null,
  );
  const { trace } = result;
  const symbols = useMemo(() => (trace ? nodeSymbols(trace) : new Map<string, string>()), [trace]);
  const walk = trace ? clampState(state, trace) : START;
  const current = trace ? currentNode(walk, trace) : null;
  const shownId = inspected ?? current ?? trace?.nodes[0]?.id ?? null;
  const shownNode = trace?.nodes.find((n) => n.id === shownId) ?? null;
  const effective: Selection | null = selection ?? (current ? { type: 'unit', nodeId: current, unit: 0 } : null);
  const formula = trace ? formulaOf(trace, walk, effective) : { title: 'Chain rule', lines: [] };
  const forwardDone = trace ? walk.forward === trace.nodes.length : false;
  const move = (next: StepperState) => {
    setState(next);
    setInspected(null);
    setSelection(null);
  };

  const actions = trace && (
    <>
      <button
        type="button"
        className="button button--small"
        data-testid="backprop-forward"
        {...tip(BACKPROP_TIPS.forward)}
        disabled={forwardDone}
        onClick={() => move(stepForward(walk, trace))}
      >
        Step forward
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="backprop-backward"
        {...tip(BACKPROP_TIPS.backward)}
        disabled={!forwardDone || walk.backward === trace.nodes.length - 1}
        onClick={() => move(stepBackward(walk, trace))}
      >
        Step backward
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="backprop-all"
        {...tip(BACKPROP_TIPS.all)}
        onClick={() => move(showAll(trace))}
      >
        All
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="backprop-reset"
        {...tip(BACKPROP_TIPS.reset)}
        onClick={() => move(START)}
      >
        Reset
      </button>
    </>
  );

  return (
    <ViewPanel view="backprop" large={large} actions={actions}>
      <div className="bp-view">
        <BackpropControls
          result={result}
          choice={choice}
          onChoice={setChoice}
          halve={halve}
          onHalve={setHalve}
          isMse={isMse}
        />
        {!trace ? (
          <EmptyView>
            <span data-testid="backprop-error">{result.error}</span>
          </EmptyView>
        ) : (
          <>
            <BackpropDiagram
              trace={trace}
              symbols={symbols}
              state={walk}
              inspected={shownId}
              onInspect={(id) => {
                setInspected(id);
                setSelection(null);
              }}
            />
            <p className="bp-status" data-testid="backprop-status">
              {walk.forward === 0 && 'Press Step forward to feed the sample in.'}
              {walk.forward > 0 && !forwardDone && `Forward pass: ${walk.forward} of ${trace.nodes.length} nodes.`}
              {forwardDone && (
                <span>
                  Loss {trace.halved ? '½(ŷ − y)²' : trace.lossName === 'meanSquaredError' ? '(ŷ − y)²' : ''} ={' '}
                  <strong data-testid="backprop-loss" data-value={trace.loss}>
                    {formatValue(trace.loss)}
                  </strong>
                  {walk.backward === 0
                    ? ' — press Step backward to send the gradient back.'
                    : ` — backward pass: ${walk.backward} of ${trace.nodes.length - 1} nodes.`}
                </span>
              )}
            </p>
            <div className="bp-body">
              {shownNode && (
                <NodeValues
                  node={shownNode}
                  shown={revealed(walk, trace, shownNode.id)}
                  target={trace.target}
                  selection={effective}
                  onSelect={setSelection}
                  learningRate={sgdRate}
                  inputSymbols={(trace.nodes.find((n) => n.id === shownNode.sources[0])?.out ?? []).map(
                    (_, i) => `${symbols.get(shownNode.sources[0]) ?? 'in'}${String(i + 1)}`,
                  )}
                />
              )}
              <FormulaBox title={formula.title} lines={formula.lines} />
            </div>
            {result.caveats.length > 0 && (
              <ul className="bp-caveats" data-testid="backprop-caveats">
                {result.caveats.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </ViewPanel>
  );
}
