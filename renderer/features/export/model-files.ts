/**
 * The TF.js model export as two files, model.json and its weights. The engine module (and with it
 * tfjs) is loaded only when a person asks for this export, and runs on TF.js's CPU backend: it
 * only serialises, and must not take a GPU context from the page.
 */
import type { ExportFile } from '../../bridge/platform';
import type { AppState } from '../../store/types';
import { currentWeights } from './export-source';
import { exportTitle, fileStem } from '../../ui/export-names';

/**
 * The files of the model as the app has it now (the current weights, or the seed's initial ones before any were
 * read), and notes for the person.
 */
export async function tfjsModelFiles(
  state: Pick<AppState, 'document' | 'view' | 'training'> & Partial<Pick<AppState, 'comparison'>>,
): Promise<{ files: ExportFile[]; notes: string[] }> {
  const [{ exportLayersModel }, tf] = await Promise.all([
    import('../../../src/training/model-export'),
    import('../../../src/training/tf'),
  ]);
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  const stem = fileStem(exportTitle(state));
  const current = currentWeights(state);
  const model = await exportLayersModel(state.document.graph, {
    seed: state.document.training.seed,
    weights: current?.weights,
    weightsFileName: `${stem}.weights.bin`,
  });
  const notes = [
    current ? `Weights as of step ${current.step}.` : 'Initial weights (the network has not been trained yet).',
    ...(model.customClasses.length > 0
      ? [
          `It uses MLP Studio's own layer classes ${model.customClasses.join(', ')} (GELU, ELU with α ≠ 1): ` +
            `register them with tf.serialization.registerClass before tf.loadLayersModel.`,
        ]
      : []),
  ];
  return {
    files: [
      { name: `${stem}.json`, data: model.modelJson, type: 'application/json' },
      { name: model.weightsFileName, data: new Uint8Array(model.weightData), type: 'application/octet-stream' },
    ],
    notes,
  };
}
