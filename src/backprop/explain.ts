/**
 * The chain rule of one unit or one weight of a trace, written twice: with symbols, and with the
 * trace's numbers substituted, e.g. ∂L/∂W⁽²⁾[1,1] = δ⁽²⁾₁ · a⁽¹⁾₁ = (−0.05537) · (0.6225) = −0.03447.
 * Symbols: x for the input, z⁽ℓ⁾ for the ℓ-th Linear layer, a⁽ℓ⁾ for the activation right after it,
 * ŷ for the prediction, out(name) for any other node; units count from 1.
 */
import type { BackpropTrace, TraceNode } from './trace';

/** One line of a formula: the symbolic form, the same with numbers, and its value. */
export interface FormulaLine {
  symbolic: string;
  numeric: string;
  value: number;
}

/** Superscript digits for layer numbers. */
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sup = (n: number) =>
  `⁽${String(n)
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('')}⁾`;

/** A number as formulas show it: 4 significant digits, negatives in brackets when they are factors. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  return Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4 ? Number(v.toPrecision(4)).toString() : v.toExponential(3);
}
const factor = (v: number) => (v < 0 ? `(${formatValue(v)})` : formatValue(v));

/** The symbol of each node's output: x, z⁽ℓ⁾, a⁽ℓ⁾, ŷ or out(name). */
export function nodeSymbols(trace: BackpropTrace): Map<string, string> {
  const symbols = new Map<string, string>();
  let layer = 0;
  const byId = new Map(trace.nodes.map((n) => [n.id, n]));
  for (const node of trace.nodes) {
    if (node.kind === 'input') symbols.set(node.id, 'x');
    else if (node.kind === 'output') symbols.set(node.id, 'ŷ');
    else if (node.kind === 'dense') symbols.set(node.id, `z${sup(++layer)}`);
    else if (node.kind === 'activation' && byId.get(node.sources[0])?.kind === 'dense')
      symbols.set(node.id, `a${sup(layer)}`);
    else symbols.set(node.id, `out(${node.name})`);
  }
  return symbols;
}

/** The layer number ℓ of a Linear node (its z⁽ℓ⁾), for naming W⁽ℓ⁾, b⁽ℓ⁾ and δ⁽ℓ⁾. */
function layerOf(symbols: Map<string, string>, id: string): string {
  return (symbols.get(id) ?? '').slice(1);
}

const sub = (j: number) =>
  String(j + 1)
    .split('')
    .map((d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)])
    .join('');
const unitSymbol = (symbols: Map<string, string>, node: TraceNode, j: number) =>
  `${symbols.get(node.id) ?? node.name}${sub(j)}`;
const gradSymbol = (symbols: Map<string, string>, node: TraceNode, j: number) =>
  node.kind === 'dense' ? `δ${layerOf(symbols, node.id)}${sub(j)}` : `∂L/∂${unitSymbol(symbols, node, j)}`;

/** At most this many terms of a sum are written out; longer sums show their first terms and a count. */
const MAX_TERMS = 4;
function sumText(terms: string[]): string {
  if (terms.length <= MAX_TERMS) return terms.join(' + ');
  return `${terms.slice(0, MAX_TERMS).join(' + ')} + … (${terms.length} terms)`;
}

function forwardLine(trace: BackpropTrace, symbols: Map<string, string>, node: TraceNode, j: number): FormulaLine {
  const value = node.out[j];
  const me = unitSymbol(symbols, node, j);
  const source = trace.nodes.find((n) => n.id === node.sources[0]);
  switch (node.kind) {
    case 'dense': {
      const [kernel, bias] = node.parameters;
      const units = kernel.shape[1];
      const a = node.inputs[0];
      const l = layerOf(symbols, node.id);
      const terms = a.map(
        (_, i) => `W${l}[${i + 1},${j + 1}]·${source ? unitSymbol(symbols, source, i) : `in${sub(i)}`}`,
      );
      const numbers = a.map((ai, i) => `${factor(kernel.values[i * units + j])}·${factor(ai)}`);
      if (bias) {
        terms.push(`b${l}${sub(j)}`);
        numbers.push(factor(bias.values[j]));
      }
      return {
        symbolic: `${me} = ${sumText(terms)}`,
        numeric: `${me} = ${sumText(numbers)} = ${formatValue(value)}`,
        value,
      };
    }
    case 'activation': {
      const z = source ? unitSymbol(symbols, source, j) : 'z';
      const f = functionSymbol(node);
      if (node.activation === 'softmax') {
        return {
          symbolic: `${me} = e^${z} / Σₖ e^zₖ`,
          numeric:
            `${me} = e^${factor(node.inputs[0][j])} / ` +
            `${formatValue(node.inputs[0].reduce((s, v) => s + Math.exp(v), 0))} = ${formatValue(value)}`,
          value,
        };
      }
      return {
        symbolic: `${me} = ${f}(${z})`,
        numeric: `${me} = ${f}(${formatValue(node.inputs[0][j])}) = ${formatValue(value)}`,
        value,
      };
    }
    default:
      return { symbolic: `${me}`, numeric: `${me} = ${formatValue(value)}`, value };
  }
}

/** σ for the sigmoid, the activation's name otherwise (tanh, relu, ...). */
function functionSymbol(node: TraceNode): string {
  const name = node.activation ?? 'linear';
  return name === 'sigmoid' ? 'σ' : name === 'linear' ? 'id' : name;
}

/** ∂L/∂z of an Activation's input unit j: ∂L/∂a · f′(z), or the fused loss head's (ŷ − y) form, or softmax's Jacobian. */
function activationInputLine(
  trace: BackpropTrace,
  symbols: Map<string, string>,
  node: TraceNode,
  j: number,
): FormulaLine {
  const value = (node.inputGrad as number[])[j];
  const k = trace.prediction.length;
  const source = trace.nodes.find((n) => n.id === node.sources[0]) as TraceNode;
  const z = unitSymbol(symbols, source, j);
  const target = gradSymbol(symbols, source, j);
  const half = trace.halved ? ' · ½' : '';
  if (trace.fusedHead?.nodeId === node.id) {
    const [y, p] = [trace.target[j], node.out[j]];
    const divide = node.activation === 'sigmoid' && k > 1 ? ` / ${k}` : '';
    return {
      symbolic: `${target} = (ŷ${sub(j)} − y${sub(j)})${divide}  (the loss from the logits)`,
      numeric: `${target} = (${formatValue(p)} − ${formatValue(y)})${divide}${half} = ${formatValue(value)}`,
      value,
    };
  }
  const up = `∂L/∂${unitSymbol(symbols, node, j)}`;
  if (!node.slope)
    return {
      symbolic: `${target} = s${sub(j)}(${up} − Σᵢ ∂L/∂sᵢ·sᵢ)`,
      numeric:
        `${target} = ${factor(node.out[j])}·(${factor(node.grad[j])} − ` +
        `${formatValue(node.out.reduce((s, si, i) => s + si * node.grad[i], 0))}) = ${formatValue(value)}`,
      value,
    };
  return {
    symbolic: `${target} = ${up} · ${functionSymbol(node)}′(${z})`,
    numeric: `${target} = ${factor(node.grad[j])} · ${factor(node.slope[j])} = ${formatValue(value)}`,
    value,
  };
}

/** How ∂L/∂(output unit j of `node`) is made of what its consumers pass back (δ for a Linear). */
function gradLine(trace: BackpropTrace, symbols: Map<string, string>, node: TraceNode, j: number): FormulaLine {
  const value = node.grad[j];
  const consumers = trace.nodes.filter((n) => n.sources.includes(node.id));
  const symbolic: string[] = [];
  const numeric: string[] = [];
  const k = trace.prediction.length;
  let offset = 0;
  for (const c of consumers) {
    switch (c.kind) {
      case 'output': {
        const y = trace.target[j];
        const p = node.out[j];
        const scale = trace.halved ? 1 : 2;
        if (trace.lossName === 'meanSquaredError') {
          symbolic.push(`${scale === 2 ? '2' : ''}(ŷ${sub(j)} − y${sub(j)})${k > 1 ? ` / ${k}` : ''}`);
          numeric.push(`${scale === 2 ? '2·' : ''}(${formatValue(p)} − ${formatValue(y)})${k > 1 ? ` / ${k}` : ''}`);
        } else {
          symbolic.push(
            trace.lossName === 'binaryCrossentropy'
              ? `−(y${sub(j)}/ŷ${sub(j)} − (1 − y${sub(j)})/(1 − ŷ${sub(j)}))${k > 1 ? ` / ${k}` : ''}`
              : `−y${sub(j)}/ŷ${sub(j)}`,
          );
          numeric.push(formatValue(c.grad[j]));
        }
        break;
      }
      case 'dense': {
        const [kernel] = c.parameters;
        const units = kernel.shape[1];
        const l = layerOf(symbols, c.id);
        const nums = Array.from(
          { length: units },
          (_, m) => `${factor(kernel.values[j * units + m])}·${factor(c.grad[m])}`,
        );
        symbolic.push(units === 1 ? `W${l}[${j + 1},1]·δ${l}₁` : `Σₘ W${l}[${j + 1},m]·δ${l}ₘ`);
        numeric.push(sumText(nums));
        break;
      }
      case 'activation': {
        // What the activation passes back: ∂L/∂a · f′(z), or the fused head's (ŷ − y) form.
        const fused = trace.fusedHead?.nodeId === c.id;
        symbolic.push(
          fused
            ? `(ŷ${sub(j)} − y${sub(j)})${c.activation === 'sigmoid' && k > 1 ? ` / ${k}` : ''}`
            : c.slope
              ? `∂L/∂${unitSymbol(symbols, c, j)} · ${functionSymbol(c)}′(${unitSymbol(symbols, node, j)})`
              : `(softmax Jacobian)ᵀ·∂L/∂${symbols.get(c.id)}`,
        );
        numeric.push(
          fused || !c.slope ? factor((c.inputGrad as number[])[j]) : `${factor(c.grad[j])} · ${factor(c.slope[j])}`,
        );
        break;
      }
      case 'concat': {
        for (const id of c.sources) {
          if (id === node.id) break;
          offset += (trace.nodes.find((n) => n.id === id) as TraceNode).out.length;
        }
        symbolic.push(`∂L/∂${unitSymbol(symbols, c, offset + j)}`);
        numeric.push(factor(c.grad[offset + j]));
        offset = 0;
        break;
      }
      case 'batchNorm': {
        symbolic.push(`∂L/∂${unitSymbol(symbols, c, j)} · γ${sub(j)}/√(σ²${sub(j)} + ε)`);
        numeric.push(`${factor(c.grad[j])} · ${formatValue(c.parameters[0].values[j])}/√(σ²${sub(j)} + ε)`);
        break;
      }
      default:
        symbolic.push(`∂L/∂${unitSymbol(symbols, c, j)}`);
        numeric.push(factor(c.grad[j]));
    }
  }
  const me = gradSymbol(symbols, node, j);
  return {
    symbolic: `${me} = ${symbolic.join(' + ') || '0'}`,
    numeric: `${me} = ${numeric.join(' + ') || '0'} = ${formatValue(value)}`,
    value,
  };
}

/** Forward then backward formula of unit `j` of node `nodeId`. */
export function explainUnit(trace: BackpropTrace, nodeId: string, j: number): FormulaLine[] {
  const symbols = nodeSymbols(trace);
  const node = trace.nodes.find((n) => n.id === nodeId);
  if (!node || j < 0 || j >= node.out.length) return [];
  if (node.kind === 'input') return [forwardLine(trace, symbols, node, j)];
  const lines = [forwardLine(trace, symbols, node, j)];
  if (node.kind !== 'output') lines.push(gradLine(trace, symbols, node, j));
  if (node.kind === 'activation') lines.push(activationInputLine(trace, symbols, node, j));
  return lines;
}

/** ∂L/∂W[i,j] = δⱼ · inᵢ, or ∂L/∂bⱼ = δⱼ, of a Linear node, with numbers (i = −1 asks for the bias). */
export function explainWeight(trace: BackpropTrace, nodeId: string, i: number, j: number): FormulaLine[] {
  const symbols = nodeSymbols(trace);
  const node = trace.nodes.find((n) => n.id === nodeId);
  if (!node || node.kind !== 'dense') return [];
  const l = layerOf(symbols, node.id);
  const delta = node.grad[j];
  const lines = [gradLine(trace, symbols, node, j)];
  if (i < 0) {
    lines.push({
      symbolic: `∂L/∂b${l}${sub(j)} = δ${l}${sub(j)}`,
      numeric: `∂L/∂b${l}${sub(j)} = ${formatValue(delta)}`,
      value: delta,
    });
    return lines;
  }
  const source = trace.nodes.find((n) => n.id === node.sources[0]) as TraceNode;
  const a = node.inputs[0][i];
  const units = node.parameters[0].shape[1];
  const value = node.parameters[0].grad[i * units + j];
  lines.push({
    symbolic: `∂L/∂W${l}[${i + 1},${j + 1}] = δ${l}${sub(j)} · ${unitSymbol(symbols, source, i)}`,
    numeric: `∂L/∂W${l}[${i + 1},${j + 1}] = ${factor(delta)} · ${factor(a)} = ${formatValue(value)}`,
    value,
  });
  return lines;
}
