/**
 * Test support only: an independent float64 forward and backward pass over a graph, in plain
 * JavaScript numbers with every derivative derived by hand, to check the tfjs engine against.
 * It shares nothing with the engine but the graph types.
 */
import { inputsOf, topologicalOrder } from '../../graph/topology';
import type { ActivationName, Graph, GraphNode, LossName } from '../../graph/types';

/** A row-major float64 matrix. */
export interface Mat {
  rows: number;
  cols: number;
  data: Float64Array;
}

/** Makes a rows × cols matrix, zero-filled or from values. */
export function mat(rows: number, cols: number, values?: ArrayLike<number>): Mat {
  const data = new Float64Array(rows * cols);
  if (values) data.set(Array.from(values));
  return { rows, cols, data };
}

/** Reference weights keyed `${nodeId}/${name}` (kernel in×out, bias, gamma, beta). */
export type RefWeights = Map<string, Float64Array>;

/** Per-kernel penalty factors keyed by node id. */
export type RefPenalty = Map<string, { l1: number; l2: number }>;

/** What the reference computes. */
export interface RefResult {
  loss: number;
  outputs: Map<string, Mat>;
  /** ∂L/∂w keyed like the weights. */
  gradients: Map<string, Float64Array>;
}

const GELU_C = Math.sqrt(2 / Math.PI);
const GELU_K = 0.044715;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function activate(name: ActivationName, z: number, alpha: number): number {
  switch (name) {
    case 'sigmoid':
      return sigmoid(z);
    case 'tanh':
      return Math.tanh(z);
    case 'relu':
      return Math.max(0, z);
    case 'leakyRelu':
      return z > 0 ? z : alpha * z;
    case 'elu':
      return z > 0 ? z : alpha * (Math.exp(z) - 1);
    case 'softplus':
      return Math.log1p(Math.exp(z));
    case 'gelu':
      return 0.5 * z * (1 + Math.tanh(GELU_C * (z + GELU_K * z ** 3)));
    case 'linear':
      return z;
    default:
      throw new Error(`no element-wise form for ${name}`);
  }
}

/** f'(z) by hand for each element-wise activation. */
function derivative(name: ActivationName, z: number, alpha: number): number {
  switch (name) {
    case 'sigmoid':
      return sigmoid(z) * (1 - sigmoid(z));
    case 'tanh':
      return 1 - Math.tanh(z) ** 2;
    case 'relu':
      return z > 0 ? 1 : 0;
    case 'leakyRelu':
      return z > 0 ? 1 : alpha;
    case 'elu':
      return z > 0 ? 1 : alpha * Math.exp(z);
    case 'softplus':
      return sigmoid(z);
    case 'gelu': {
      const u = GELU_C * (z + GELU_K * z ** 3);
      const du = GELU_C * (1 + 3 * GELU_K * z * z);
      const t = Math.tanh(u);
      return 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * du;
    }
    case 'linear':
      return 1;
    default:
      throw new Error(`no element-wise derivative for ${name}`);
  }
}

function softmaxRows(x: Mat): Mat {
  const y = mat(x.rows, x.cols);
  for (let i = 0; i < x.rows; i++) {
    let max = -Infinity;
    for (let j = 0; j < x.cols; j++) max = Math.max(max, x.data[i * x.cols + j]);
    let sum = 0;
    for (let j = 0; j < x.cols; j++) sum += Math.exp(x.data[i * x.cols + j] - max);
    for (let j = 0; j < x.cols; j++) y.data[i * x.cols + j] = Math.exp(x.data[i * x.cols + j] - max) / sum;
  }
  return y;
}

interface BatchNormCache {
  xhat: Mat;
  invStd: Float64Array;
}

/** Options of a reference pass: dropout masks (0/1 per element) and penalties. */
export interface RefOptions {
  dropoutMasks?: Map<string, Mat>;
  penalty?: RefPenalty;
}

/** Forward pass in training mode (batch statistics, given dropout masks); returns every node's output. */
export function referenceForward(graph: Graph, weights: RefWeights, x: Mat, options: RefOptions = {}) {
  const outputs = new Map<string, Mat>();
  const bnCache = new Map<string, BatchNormCache>();
  const order = topologicalOrder(graph).order;
  for (const node of order) {
    const ins = inputsOf(graph, node.id).map((id) => outputs.get(id) as Mat);
    outputs.set(node.id, forwardNode(node, ins, x, weights, options, bnCache));
  }
  return { outputs, bnCache, order };
}

function forwardNode(
  node: GraphNode,
  ins: Mat[],
  x: Mat,
  weights: RefWeights,
  options: RefOptions,
  bnCache: Map<string, BatchNormCache>,
): Mat {
  const a = ins[0];
  switch (node.kind) {
    case 'input':
      return x;
    case 'output':
      return a;
    case 'dense': {
      const W = weights.get(`${node.id}/kernel`) as Float64Array;
      const b = node.params.useBias ? (weights.get(`${node.id}/bias`) as Float64Array) : null;
      const units = node.params.units;
      const y = mat(a.rows, units);
      for (let i = 0; i < a.rows; i++) {
        for (let j = 0; j < units; j++) {
          let s = b ? b[j] : 0;
          for (let k = 0; k < a.cols; k++) s += a.data[i * a.cols + k] * W[k * units + j];
          y.data[i * units + j] = s;
        }
      }
      return y;
    }
    case 'activation': {
      if (node.params.activation === 'softmax') return softmaxRows(a);
      const y = mat(a.rows, a.cols);
      y.data.set(a.data.map((z) => activate(node.params.activation, z, node.params.alpha)));
      return y;
    }
    case 'dropout': {
      const mask = options.dropoutMasks?.get(node.id);
      const y = mat(a.rows, a.cols);
      const scale = 1 / (1 - node.params.rate);
      y.data.set(a.data.map((v, i) => (mask ? mask.data[i] : 1) * v * scale));
      return y;
    }
    case 'batchNorm': {
      const gamma = weights.get(`${node.id}/gamma`) as Float64Array;
      const beta = weights.get(`${node.id}/beta`) as Float64Array;
      const { rows, cols } = a;
      const xhat = mat(rows, cols);
      const invStd = new Float64Array(cols);
      const y = mat(rows, cols);
      for (let j = 0; j < cols; j++) {
        let mean = 0;
        for (let i = 0; i < rows; i++) mean += a.data[i * cols + j] / rows;
        let variance = 0;
        for (let i = 0; i < rows; i++) variance += (a.data[i * cols + j] - mean) ** 2 / rows;
        invStd[j] = 1 / Math.sqrt(variance + node.params.epsilon);
        for (let i = 0; i < rows; i++) {
          xhat.data[i * cols + j] = (a.data[i * cols + j] - mean) * invStd[j];
          y.data[i * cols + j] = gamma[j] * xhat.data[i * cols + j] + beta[j];
        }
      }
      bnCache.set(node.id, { xhat, invStd });
      return y;
    }
    case 'add': {
      const y = mat(a.rows, a.cols);
      for (const m of ins) for (let i = 0; i < y.data.length; i++) y.data[i] += m.data[i];
      return y;
    }
    case 'concat': {
      const cols = ins.reduce((s, m) => s + m.cols, 0);
      const y = mat(a.rows, cols);
      let offset = 0;
      for (const m of ins) {
        for (let i = 0; i < m.rows; i++)
          for (let j = 0; j < m.cols; j++) y.data[i * cols + offset + j] = m.data[i * m.cols + j];
        offset += m.cols;
      }
      return y;
    }
  }
}

/** L and ∂L/∂p for a prediction p (n × k) and targets y: BCE and MSE average over n·k elements, CCE over n rows. */
export function referenceLoss(loss: LossName, p: Mat, y: Mat): { value: number; grad: Mat } {
  const n = p.rows;
  const count = p.data.length;
  const grad = mat(p.rows, p.cols);
  let value = 0;
  for (let i = 0; i < count; i++) {
    const pi = p.data[i];
    const yi = y.data[i];
    if (loss === 'binaryCrossentropy') {
      value -= (yi * Math.log(pi) + (1 - yi) * Math.log(1 - pi)) / count;
      grad.data[i] = -(yi / pi - (1 - yi) / (1 - pi)) / count;
    } else if (loss === 'categoricalCrossentropy') {
      value -= (yi * Math.log(pi)) / n;
      grad.data[i] = -yi / pi / n;
    } else {
      value += (pi - yi) ** 2 / count;
      grad.data[i] = (2 * (pi - yi)) / count;
    }
  }
  return { value, grad };
}

/** Forward pass, loss (plus Σ λ₁|W| + λ₂W² penalties) and the hand-derived backward pass. */
export function referenceGradients(
  graph: Graph,
  weights: RefWeights,
  x: Mat,
  targets: Mat,
  options: RefOptions = {},
): RefResult {
  const { outputs, bnCache, order } = referenceForward(graph, weights, x, options);
  const outputNode = order.find((n) => n.kind === 'output') as GraphNode & { kind: 'output' };
  const prediction = outputs.get(outputNode.id) as Mat;
  const { value, grad } = referenceLoss(outputNode.params.loss, prediction, targets);
  let loss = value;
  const upstream = new Map<string, Mat>([[outputNode.id, grad]]);
  const gradients = new Map<string, Float64Array>();
  const accumulate = (id: string, g: Mat) => {
    const held = upstream.get(id);
    if (!held) upstream.set(id, g);
    else for (let i = 0; i < g.data.length; i++) held.data[i] += g.data[i];
  };
  for (const node of [...order].reverse()) {
    const dy = upstream.get(node.id);
    const sources = inputsOf(graph, node.id);
    if (!dy || sources.length === 0) continue;
    const ins = sources.map((id) => outputs.get(id) as Mat);
    backwardNode(node, dy, ins, outputs.get(node.id) as Mat, weights, options, bnCache, gradients).forEach((g, k) =>
      accumulate(sources[k], g),
    );
  }
  for (const [nodeId, { l1, l2 }] of options.penalty ?? []) {
    const W = weights.get(`${nodeId}/kernel`) as Float64Array;
    const g = gradients.get(`${nodeId}/kernel`) as Float64Array;
    W.forEach((w, i) => {
      loss += l1 * Math.abs(w) + l2 * w * w;
      g[i] += l1 * Math.sign(w) + 2 * l2 * w;
    });
  }
  return { loss, outputs, gradients };
}

function backwardNode(
  node: GraphNode,
  dy: Mat,
  ins: Mat[],
  out: Mat,
  weights: RefWeights,
  options: RefOptions,
  bnCache: Map<string, BatchNormCache>,
  gradients: Map<string, Float64Array>,
): Mat[] {
  const a = ins[0];
  switch (node.kind) {
    case 'input':
      return [];
    case 'output':
      return [dy];
    case 'dense': {
      // y = aW + b: dW = aᵀ·dy, db = Σ_rows dy, da = dy·Wᵀ.
      const W = weights.get(`${node.id}/kernel`) as Float64Array;
      const units = node.params.units;
      const dW = new Float64Array(a.cols * units);
      const da = mat(a.rows, a.cols);
      for (let i = 0; i < a.rows; i++) {
        for (let k = 0; k < a.cols; k++) {
          for (let j = 0; j < units; j++) {
            dW[k * units + j] += a.data[i * a.cols + k] * dy.data[i * units + j];
            da.data[i * a.cols + k] += dy.data[i * units + j] * W[k * units + j];
          }
        }
      }
      gradients.set(`${node.id}/kernel`, dW);
      if (node.params.useBias) {
        const db = new Float64Array(units);
        for (let i = 0; i < a.rows; i++) for (let j = 0; j < units; j++) db[j] += dy.data[i * units + j];
        gradients.set(`${node.id}/bias`, db);
      }
      return [da];
    }
    case 'activation': {
      const da = mat(a.rows, a.cols);
      if (node.params.activation === 'softmax') {
        // dz_i = s_i·(dy_i − Σ_j dy_j·s_j), row by row.
        for (let i = 0; i < a.rows; i++) {
          let dot = 0;
          for (let j = 0; j < a.cols; j++) dot += dy.data[i * a.cols + j] * out.data[i * a.cols + j];
          for (let j = 0; j < a.cols; j++)
            da.data[i * a.cols + j] = out.data[i * a.cols + j] * (dy.data[i * a.cols + j] - dot);
        }
        return [da];
      }
      da.data.set(a.data.map((z, i) => dy.data[i] * derivative(node.params.activation, z, node.params.alpha)));
      return [da];
    }
    case 'dropout': {
      const mask = options.dropoutMasks?.get(node.id);
      const scale = 1 / (1 - node.params.rate);
      const da = mat(a.rows, a.cols);
      da.data.set(dy.data.map((g, i) => g * (mask ? mask.data[i] : 1) * scale));
      return [da];
    }
    case 'batchNorm': {
      // dx = (γ·invStd/N)·(N·dy − Σdy − x̂·Σ(dy·x̂)), dγ = Σ dy·x̂, dβ = Σ dy, per feature.
      const gamma = weights.get(`${node.id}/gamma`) as Float64Array;
      const { xhat, invStd } = bnCache.get(node.id) as BatchNormCache;
      const { rows, cols } = a;
      const dGamma = new Float64Array(cols);
      const dBeta = new Float64Array(cols);
      const da = mat(rows, cols);
      for (let j = 0; j < cols; j++) {
        for (let i = 0; i < rows; i++) {
          dGamma[j] += dy.data[i * cols + j] * xhat.data[i * cols + j];
          dBeta[j] += dy.data[i * cols + j];
        }
        for (let i = 0; i < rows; i++) {
          const g = dy.data[i * cols + j];
          da.data[i * cols + j] =
            ((gamma[j] * invStd[j]) / rows) * (rows * g - dBeta[j] - xhat.data[i * cols + j] * dGamma[j]);
        }
      }
      gradients.set(`${node.id}/gamma`, dGamma);
      gradients.set(`${node.id}/beta`, dBeta);
      return [da];
    }
    case 'add':
      return ins.map(() => mat(dy.rows, dy.cols, dy.data));
    case 'concat': {
      let offset = 0;
      return ins.map((m) => {
        const part = mat(m.rows, m.cols);
        for (let i = 0; i < m.rows; i++)
          for (let j = 0; j < m.cols; j++) part.data[i * m.cols + j] = dy.data[i * dy.cols + offset + j];
        offset += m.cols;
        return part;
      });
    }
  }
}
