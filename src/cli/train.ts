import { writeFileAtomic } from '../project/atomic-write';
import { prepareData } from '../data';
import { serializeProject, storeWeights, toDocument } from '../project';
import type { MetricPoint, MlpFile } from '../project/types';
import { initBackend } from '../training/backends';
import { createEngine } from '../training/engine';
import type { StatsSample } from '../training/stats';
import { nodeWasmPaths } from '../training/wasm-paths-node';
import type { CliArgs } from './args';
import { EXIT, type CliIo } from './io';
import { loadProject } from './load';

/** Formats a number for the progress table: 4 significant digits, or '-' when absent. */
function fmt(value: number | null | undefined): string {
  if (value === null || value === undefined) return '-';
  return Math.abs(value) >= 1e-3 || value === 0 ? value.toPrecision(4) : value.toExponential(2);
}

/** Kernel-gradient L2 norms of the Linear layers, input → output, keyed by node name. */
function kernelGradNorms(layers: StatsSample['layers']): Record<string, number> {
  const norms: Record<string, number> = {};
  for (const layer of layers) {
    if (layer.kind !== 'dense') continue;
    const kernel = layer.parameters.find((p) => p.name === 'kernel');
    if (kernel) norms[layer.nodeName] = kernel.gradNorm;
  }
  return norms;
}

/** Runs `mlp train`: trains headless, prints per-epoch metrics and gradient norms, optionally saves the result. */
export async function trainProject(args: CliArgs, io: CliIo): Promise<number> {
  const file = await loadProject(args.file as string);
  const input = file.graph.nodes.find((n) => n.kind === 'input');
  if (input?.kind !== 'input') {
    io.err(`mlp: '${args.file}' has no Input node; add one before training.`);
    return EXIT.invalid;
  }
  const { backend } = await initBackend(args.backend, { wasmPaths: nodeWasmPaths() });
  const data = prepareData(file.data, input.params);
  // The same choice as the app's worker: the fast engine where it runs the network, else tfjs.
  const { engine: trainer, choice } = createEngine(toDocument(file), data, { engine: args.engine, backend });
  const epochs = args.epochs ?? file.training.epochs;
  const history: MetricPoint[] = [];
  if (!args.json) io.out(`training '${file.meta.title || args.file}' for ${epochs} epochs on ${backend} with the ${choice.kind} engine (${choice.reason})`);
  try {
    for (let e = 0; e < epochs; e++) {
      const result = await trainer.runEpoch();
      if (result.diverged) {
        const d = result.diverged;
        const where = d.firstLayerName ? `in '${d.firstLayerName}'` : 'in the loss';
        io.err(`mlp: training diverged at step ${d.step} (non-finite ${d.what} ${where}); weights restored to step ${d.restoredStep}. Lower the learning rate.`);
        return EXIT.invalid;
      }
      const m = await trainer.evaluate();
      const { step, epoch } = trainer.counters;
      history.push({ step, epoch, trainLoss: m.trainLoss, trainAccuracy: m.trainAccuracy, validationLoss: m.validationLoss, validationAccuracy: m.validationAccuracy });
      const grads = kernelGradNorms((await trainer.collectStats()).layers);
      if (args.json) {
        io.out(JSON.stringify({ epoch, step, ...m, gradientNorms: grads, engine: choice.kind }));
      } else {
        const g = Object.entries(grads).map(([name, v]) => `${name}=${fmt(v)}`).join(' ');
        io.out(`epoch ${String(epoch).padStart(5)}  loss ${fmt(m.trainLoss)}  acc ${fmt(m.trainAccuracy)}  val_loss ${fmt(m.validationLoss)}  val_acc ${fmt(m.validationAccuracy)}  |∇W| ${g}`);
      }
      if (trainer.earlyStop) {
        if (!args.json) io.out(trainer.earlyStop.message);
        break;
      }
    }
    if (args.out) {
      const weights = await trainer.getWeights();
      const { step, epoch } = trainer.counters;
      const trained: MlpFile = {
        ...file,
        meta: { ...file.meta, modified: new Date().toISOString() },
        state: {
          step,
          epoch,
          weights: storeWeights(weights),
          history: [...(file.state?.history ?? []), ...history],
        },
      };
      await writeFileAtomic(args.out, serializeProject(trained));
      if (!args.json) io.out(`saved trained project to ${args.out}`);
    }
    return EXIT.ok;
  } finally {
    trainer.dispose();
  }
}
