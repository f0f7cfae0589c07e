/** The trace the Backprop view draws: the document's network, its data, the chosen sample and the weights the worker last reported. */
import { useMemo } from 'react';
import { traceBackprop, traceCaveats, type BackpropTrace } from '../../../src/backprop/index';
import { prepareData, type PreparedData } from '../../../src/data/index';
import { inferShapes, type NodeOf } from '../../../src/graph/index';
import { offThreadDataset, READING_TABLE } from '../../store/csv-tables';
import { useAppStore } from '../../store/use-app-store';
import { pickSample, type SampleChoice, type TraceSample } from './sample';

/** What the view needs: the trace or the reason there is none, and what it was made from. */
export interface BackpropResult {
  trace: BackpropTrace | null;
  sample: TraceSample | null;
  error: string | null;
  caveats: string[];
  /** Training samples to pick from. */
  count: number;
  featureNames: string[];
  /** The step whose weights are traced; null before the worker reported any. */
  weightsStep: number | null;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Traces `choice` through the current network with the current weights (recomputed when any of them changes). */
export function useBackpropTrace(choice: SampleChoice, halve: boolean): BackpropResult {
  const graph = useAppStore((s) => s.document.graph);
  const spec = useAppStore((s) => s.document.data);
  const weights = useAppStore((s) => s.training.weights);
  const weightsAt = useAppStore((s) => s.training.weightsAt);
  const input = graph.nodes.find((n): n is NodeOf<'input'> => n.kind === 'input');
  const inputParams = input?.params;
  const tablesParsed = useAppStore((s) => s.view.tablesParsed);
  const prepared = useMemo((): PreparedData | string => {
    if (!inputParams) return 'The network has no Input node.';
    // A large table is read off the page's thread; this view waits for it rather than parsing it here.
    const table = offThreadDataset(spec);
    if (table && 'pending' in table) return READING_TABLE;
    if (table && 'error' in table) return table.error;
    try {
      return prepareData(spec, inputParams, table?.dataset);
    } catch (error) {
      return message(error);
    }
    // tablesParsed: recomputed when the off-thread parse of the table finishes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [spec, inputParams, tablesParsed]);

  return useMemo((): BackpropResult => {
    const caveats = traceCaveats(graph);
    const base = {
      trace: null,
      sample: null,
      caveats,
      count: 0,
      featureNames: [],
      weightsStep: weightsAt?.step ?? null,
    };
    if (typeof prepared === 'string') return { ...base, error: prepared };
    const count = prepared.train.n;
    const featureNames = prepared.raw.train.featureNames;
    const output = graph.nodes.find((n) => n.kind === 'output');
    const outputs = output ? (inferShapes(graph).get(output.id)?.width ?? null) : null;
    if (outputs === null)
      return {
        ...base,
        count,
        featureNames,
        error: 'The network needs an Output node fed by the rest of the network.',
      };
    if (!weights)
      return {
        ...base,
        count,
        featureNames,
        error: 'The weights appear once the network is built: train a step, or wait a moment after opening a project.',
      };
    try {
      const sample = pickSample(prepared, choice, outputs);
      const byName = new Map(weights.map((w) => [`${w.nodeId}/${w.name}`, w.values]));
      const halveSquaredError = halve && output?.kind === 'output' && output.params.loss === 'meanSquaredError';
      const trace = traceBackprop(graph, (id, name) => byName.get(`${id}/${name}`), sample.input, sample.target, {
        halveSquaredError,
      });
      return { ...base, count, featureNames, trace, sample, error: null };
    } catch (error) {
      return { ...base, count, featureNames, error: message(error) };
    }
  }, [graph, prepared, weights, weightsAt, choice, halve]);
}
