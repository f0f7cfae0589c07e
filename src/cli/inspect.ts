import { prepareData } from '../data';
import { batchRowsOf } from '../graph/budget';
import { inferShapes, paramCounts, totalParams } from '../graph/shapes';
import { topologicalOrder } from '../graph/topology';
import { validateGraph, type GraphIssue } from '../graph/validate';
import { layerSpec } from '../layers';
import type { MlpFile } from '../project/types';

/** The network's issues checked against the project's own data (input width, task, classes, rows per step for the budget). */
export function checkProject(file: MlpFile): { issues: GraphIssue[]; dataError: string | null } {
  const input = file.graph.nodes.find((n) => n.kind === 'input');
  let context = {};
  let dataError: string | null = null;
  if (input?.kind === 'input') {
    try {
      const data = prepareData(file.data, input.params);
      // The batch is known here, so the multiply-add budget of one step is checked too.
      context = {
        inputWidth: data.inputWidth,
        task: data.task,
        classes: data.classes,
        batchRows: batchRowsOf(file.training.batchSize, data.train.n),
      };
    } catch (err) {
      dataError = (err as Error).message;
    }
  }
  return { issues: validateGraph(file.graph, context), dataError };
}

/** One row of `mlp info`: a node with its output width and parameter count. */
export interface LayerRow {
  id: string;
  name: string;
  kind: string;
  outputShape: string;
  params: number;
}

/** Lists the nodes in topological order with their output shapes and parameter counts. */
export function describeLayers(file: MlpFile): { rows: LayerRow[]; total: number } {
  const shapes = inferShapes(file.graph);
  const counts = paramCounts(file.graph);
  const rows = topologicalOrder(file.graph).order.map((node) => {
    const width = shapes.get(node.id)?.width;
    return {
      id: node.id,
      name: node.name,
      kind: layerSpec(node.kind).title,
      outputShape: width == null ? '?' : `[B, ${width}]`,
      params: counts.get(node.id) ?? 0,
    };
  });
  return { rows, total: totalParams(file.graph) };
}

/** Formats rows as a fixed-width text table with a header. */
export function formatTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
