import { formatValue, type TraceNode } from '../../../src/backprop/index';
import { tip } from '../../ui/tip';
import type { Revealed } from './stepper';
import { BACKPROP_TIPS } from './tips';

/** A value the user clicked: a unit of a node, or a weight (i = −1: the bias) of a Linear node. */
export type Selection =
  | { type: 'unit'; nodeId: string; unit: number }
  | { type: 'weight'; nodeId: string; i: number; j: number };

/** Most rows and columns of a weight grid drawn; bigger layers show their top-left corner. */
const MAX_GRID = 24;

interface Column {
  key: string;
  label: string;
  values: (node: TraceNode) => number[] | null;
  backward: boolean;
}

const out = (n: TraceNode) => n.out;
const grad = (n: TraceNode) => n.grad;

/** The columns of a node's unit table: forward values first, then gradients. */
function columnsOf(node: TraceNode, target: number[]): Column[] {
  switch (node.kind) {
    case 'input':
      return [{ key: 'x', label: 'x (network input)', values: out, backward: false }];
    case 'dense':
      return [
        { key: 'z', label: 'z', values: out, backward: false },
        { key: 'delta', label: 'δ = ∂L/∂z', values: grad, backward: true },
        {
          key: 'db',
          label: '∂L/∂b',
          values: (n) => n.parameters.find((p) => p.name === 'bias')?.grad ?? null,
          backward: true,
        },
      ];
    case 'activation':
      return [
        { key: 'zin', label: 'z', values: (n) => n.inputs[0], backward: false },
        { key: 'a', label: 'a = f(z)', values: out, backward: false },
        { key: 'slope', label: 'f′(z)', values: (n) => n.slope, backward: false },
        { key: 'grad', label: '∂L/∂a', values: grad, backward: true },
        { key: 'dz', label: '∂L/∂z', values: (n) => n.inputGrad, backward: true },
      ];
    case 'output':
      return [
        { key: 'yhat', label: 'ŷ', values: out, backward: false },
        { key: 'y', label: 'y', values: () => target, backward: false },
        { key: 'grad', label: '∂L/∂ŷ', values: grad, backward: true },
      ];
    default:
      return [
        { key: 'out', label: 'output', values: out, backward: false },
        { key: 'grad', label: '∂L/∂output', values: grad, backward: true },
      ];
  }
}

function Cell({
  id,
  value,
  shown,
  onSelect,
  selected,
}: {
  id: string;
  value: number | undefined;
  shown: boolean;
  onSelect(): void;
  selected: boolean;
}) {
  if (!shown || value === undefined)
    return (
      <td className="bp-cell bp-cell--hidden" data-testid={id}>
        ·
      </td>
    );
  return (
    <td className={`bp-cell${selected ? ' bp-cell--selected' : ''}`} data-testid={id} data-value={value}>
      <button type="button" className="bp-cell__button" {...tip(BACKPROP_TIPS.cell)} onClick={onSelect}>
        {formatValue(value)}
      </button>
    </td>
  );
}

/** One weight or bias in the grid: its value, its gradient and (under plain SGD) the update one step on this sample makes. */
function WeightCell({
  id,
  symbol,
  value,
  gradient,
  learningRate,
  backward,
  selected,
  onSelect,
}: {
  id: string;
  symbol: 'W' | 'b';
  value: number;
  gradient: number;
  learningRate: number | null;
  backward: boolean;
  selected: boolean;
  onSelect(): void;
}) {
  return (
    <td className={`bp-weight${selected ? ' bp-cell--selected' : ''}`}>
      <button type="button" className="bp-cell__button" {...tip(BACKPROP_TIPS.cell)} onClick={onSelect}>
        <span className="bp-weight__w" data-testid={`backprop-w-${id}`} data-value={value}>
          {symbol} {formatValue(value)}
        </span>
        <span className="bp-weight__g" data-testid={`backprop-dw-${id}`} data-value={backward ? gradient : undefined}>
          ∂ {backward ? formatValue(gradient) : '·'}
        </span>
        {learningRate !== null && (
          <span
            className="bp-weight__g"
            data-testid={`backprop-step-${id}`}
            data-value={backward ? -learningRate * gradient : undefined}
            {...tip(BACKPROP_TIPS.update)}
          >
            Δ {backward ? formatValue(-learningRate * gradient) : '·'}
          </span>
        )}
      </button>
    </td>
  );
}

/**
 * The values of one node: a row per unit (z, a, f′, δ, …), and for a Linear layer its weights and biases with ∂L/∂W,
 * ∂L/∂b and the SGD update.
 */
export function NodeValues({
  node,
  shown,
  target,
  selection,
  onSelect,
  inputSymbols,
  learningRate,
}: {
  node: TraceNode;
  shown: Revealed;
  target: number[];
  selection: Selection | null;
  onSelect(s: Selection): void;
  /** Symbols of the units feeding a Linear layer (rows of its weight grid). */
  inputSymbols: string[];
  /** η of plain SGD, whose update −η·∂L/∂w is shown beside each gradient; null under another optimizer. */
  learningRate: number | null;
}) {
  const columns = columnsOf(node, target);
  const units = node.out.length;
  const isSelected = (j: number) => selection?.type === 'unit' && selection.nodeId === node.id && selection.unit === j;
  const kernel = node.kind === 'dense' ? node.parameters[0] : null;
  const bias = node.kind === 'dense' ? (node.parameters.find((p) => p.name === 'bias') ?? null) : null;
  const rows = kernel ? Math.min(kernel.shape[0], MAX_GRID) : 0;
  const cols = kernel ? Math.min(kernel.shape[1], MAX_GRID) : 0;
  return (
    <div className="bp-values" data-testid={`backprop-values-${node.id}`}>
      <table className="bp-table">
        <thead>
          <tr>
            <th>unit</th>
            {columns.map((c) => (
              <th key={c.key}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: Math.min(units, 64) }, (_, j) => (
            <tr key={j}>
              <th scope="row">{j + 1}</th>
              {columns.map((c) => (
                <Cell
                  key={c.key}
                  id={`backprop-${c.key}-${node.id}-${j}`}
                  value={c.values(node)?.[j]}
                  shown={c.backward ? shown.backward : shown.forward}
                  selected={isSelected(j)}
                  onSelect={() =>
                    onSelect(
                      c.key === 'db'
                        ? { type: 'weight', nodeId: node.id, i: -1, j }
                        : { type: 'unit', nodeId: node.id, unit: j },
                    )
                  }
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {kernel && (
        <table className="bp-table bp-table--weights" aria-label="Weights and their gradients">
          <caption>
            W[i,j] (from input i to unit j) and ∂L/∂W[i,j] = δⱼ · inputᵢ; bias bⱼ and ∂L/∂bⱼ = δⱼ
            {learningRate !== null && `; Δ = −η·∂ with η = ${learningRate}`}
            {(kernel.shape[0] > MAX_GRID || kernel.shape[1] > MAX_GRID) && ` — first ${MAX_GRID} rows and columns`}
          </caption>
          <thead>
            <tr>
              <th>input</th>
              {Array.from({ length: cols }, (_, j) => (
                <th key={j}>unit {j + 1}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, i) => (
              <tr key={i}>
                <th scope="row">{inputSymbols[i] ?? i + 1}</th>
                {Array.from({ length: cols }, (_, j) => {
                  const k = i * kernel.shape[1] + j;
                  const selected =
                    selection?.type === 'weight' &&
                    selection.nodeId === node.id &&
                    selection.i === i &&
                    selection.j === j;
                  return (
                    <WeightCell
                      key={j}
                      id={`${node.id}-${i}-${j}`}
                      symbol="W"
                      value={kernel.values[k]}
                      gradient={kernel.grad[k]}
                      learningRate={learningRate}
                      backward={shown.backward}
                      selected={selected}
                      onSelect={() => onSelect({ type: 'weight', nodeId: node.id, i, j })}
                    />
                  );
                })}
              </tr>
            ))}
            {bias && (
              <tr>
                <th scope="row">bias</th>
                {Array.from({ length: cols }, (_, j) => {
                  const selected =
                    selection?.type === 'weight' &&
                    selection.nodeId === node.id &&
                    selection.i === -1 &&
                    selection.j === j;
                  return (
                    <WeightCell
                      key={j}
                      id={`${node.id}-b-${j}`}
                      symbol="b"
                      value={bias.values[j]}
                      gradient={bias.grad[j]}
                      learningRate={learningRate}
                      backward={shown.backward}
                      selected={selected}
                      onSelect={() => onSelect({ type: 'weight', nodeId: node.id, i: -1, j })}
                    />
                  );
                })}
              </tr>
            )}
          </tbody>
        </table>
      )}
    </div>
  );
}
