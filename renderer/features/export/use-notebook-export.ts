/**
 * The notebook export of the open project: the app's initial weights for its seed (read on TF.js's
 * CPU backend, loaded only when a notebook tab is open), then the notebook of the chosen flavour.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  notebookProblem,
  previewOf,
  toNotebook,
  type NotebookFlavour,
  type GeneratedScript,
} from '../../../src/export/index';
import type { Graph } from '../../../src/graph/index';
import type { WeightValues } from '../../../src/project/light';
import { useAppStore } from '../../store/use-app-store';
import { projectFileOf } from '../files/project-file';
import { exportTitle } from '../../ui/export-names';

/** A notebook ready to save (with its readable preview), the reason there is none, or the wait for the weights. */
export type NotebookResult = (GeneratedScript & { preview: string }) | { error: string } | { pending: true };

async function loadInitialWeights(graph: Graph, seed: number): Promise<WeightValues[]> {
  const [{ initialWeights }, tf] = await Promise.all([
    import('../../../src/training/initial-weights'),
    import('../../../src/training/tf'),
  ]);
  // Only a few small tensors: the CPU backend, so no GPU context is taken from the page.
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  return initialWeights(graph, seed);
}

type Start = { graph: Graph; seed: number } & ({ weights: WeightValues[] } | { error: string });

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The notebook of `flavour` for the open project (null: no notebook tab is open, nothing is loaded). */
export function useNotebookExport(flavour: NotebookFlavour | null): NotebookResult {
  const document = useAppStore((s) => s.document);
  const view = useAppStore((s) => s.view);
  const { graph } = document;
  const { seed } = document.training;
  const [start, setStart] = useState<Start | null>(null);
  const open = flavour !== null;

  useEffect(() => {
    if (!open) return;
    let live = true;
    loadInitialWeights(graph, seed).then(
      (weights) => live && setStart({ graph, seed, weights }),
      (error: unknown) => live && setStart({ graph, seed, error: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [open, graph, seed]);

  // Said at once, before the weights are read: a network the flavour cannot write, or one the app could not train.
  const problem = useMemo(() => (flavour ? notebookProblem(document, flavour) : null), [flavour, document]);

  return useMemo((): NotebookResult => {
    if (problem !== null) return { error: problem };
    if (!flavour || !start || start.graph !== graph || start.seed !== seed) return { pending: true };
    try {
      if ('error' in start) throw new Error(start.error);
      const file = projectFileOf({ document, view });
      const notebook = toNotebook({ file, title: exportTitle({ view }), initialWeights: start.weights }, flavour);
      return { ...notebook, preview: previewOf(JSON.parse(notebook.code).cells) };
    } catch (error) {
      return { error: messageOf(error) };
    }
  }, [problem, flavour, start, graph, seed, document, view]);
}
