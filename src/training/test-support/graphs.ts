/** Test support only: terse construction of graphs for the engine's tests, with the layers' default params. */
import type {
  ActivationName,
  Graph,
  GraphNode,
  InitializerName,
  LossName,
  NodeKind,
  ParamsByKind,
} from '../../graph/types';
import { layerSpec } from '../../layers/index';

/** Builds a graph node by node; each add() wires the new node after the given sources (in order). */
export class GraphBuilder {
  private readonly graph: Graph = { nodes: [], edges: [] };
  private count = 0;

  /** Adds a node of `kind` with default params overridden by `params`, fed by `sources`; returns its id. */
  add<K extends NodeKind>(kind: K, params: Partial<ParamsByKind[K]> = {}, sources: string[] = []): string {
    const id = `${kind}-${++this.count}`;
    const node = {
      id,
      kind,
      name: `${kind} ${this.count}`,
      position: { x: 0, y: 0 },
      params: { ...layerSpec(kind).defaults(), ...params },
    };
    this.graph.nodes.push(node as GraphNode);
    for (const source of sources) this.graph.edges.push({ id: `e-${source}-${id}`, source, target: id });
    return id;
  }

  /** The graph built so far. */
  build(): Graph {
    return structuredClone(this.graph);
  }
}

/** An initializer with default scales. */
export function init(name: InitializerName) {
  return { name, stddev: 0.05, limit: 0.05 };
}

/**
 * A plain MLP: Input (plane x1, x2 or `inputs` table columns) → [Linear(units) → activation]* →
 * Linear(outputUnits) → final activation → Output(loss).
 */
export function mlp(options: {
  inputs?: number;
  hidden: number[];
  activation: ActivationName;
  kernel?: InitializerName;
  outputUnits?: number;
  finalActivation?: ActivationName;
  loss?: LossName;
}): Graph {
  const b = new GraphBuilder();
  let at = b.add('input', options.inputs ? { source: 'table', columns: options.inputs } : {});
  const kernelInitializer = init(options.kernel ?? 'glorotUniform');
  for (const units of options.hidden) {
    at = b.add('dense', { units, kernelInitializer }, [at]);
    at = b.add('activation', { activation: options.activation }, [at]);
  }
  at = b.add('dense', { units: options.outputUnits ?? 1, kernelInitializer }, [at]);
  at = b.add('activation', { activation: options.finalActivation ?? 'sigmoid' }, [at]);
  b.add('output', { loss: options.loss ?? 'binaryCrossentropy' }, [at]);
  return b.build();
}

/** A DAG: a skip connection (Add), a side branch joined by Concat, a Linear without bias. */
export function dag(): Graph {
  const b = new GraphBuilder();
  const input = b.add('input', { features: ['x1', 'x2', 'x1Squared', 'x2Squared'] });
  const h = b.add('activation', { activation: 'tanh' }, [b.add('dense', { units: 6 }, [input])]);
  const k = b.add('activation', { activation: 'relu' }, [b.add('dense', { units: 6, useBias: false }, [h])]);
  const side = b.add('activation', { activation: 'sigmoid' }, [b.add('dense', { units: 3 }, [input])]);
  const joined = b.add('concat', {}, [b.add('add', {}, [h, k]), side]);
  b.add('output', {}, [b.add('activation', { activation: 'sigmoid' }, [b.add('dense', { units: 1 }, [joined])])]);
  return b.build();
}
