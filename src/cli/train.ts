import { prepareData } from '../data';
import { storeWeights, toDocument } from '../project';
import type { MetricPoint, MlpFile } from '../project/types';
import { initBackend } from '../training/backends';
import { createEngine } from '../training/engine';
import type { StatsSample } from '../training/stats';
import type { CliArgs } from './args';
import { EXIT, type CliIo } from './io';
import { loadProject, quotedSource, sourceName } from './load';
import { createMessages } from './messages';
import { checkOutput, STDOUT, writeProjectChecked } from './output';
import { startTraining } from './resume';
import { cliWasmPaths } from './wasm-paths';

/** Formats a number for the progress table: 4 significant digits, or '-' when absent. */
function fmt(value: number | null | undefined): string {
  if (value === null || value === undefined) return '-';
  return Math.abs(value) >= 1e-3 || value === 0 ? value.toPrecision(4) : value.toExponential(2);
}

/**
 * Kernel-gradient L2 norms of the Linear layers, input → output, keyed by node name. A null-prototype
 * object because it is written out as JSON: a layer named "__proto__" or "toString" is a key like any other.
 */
function kernelGradNorms(layers: StatsSample['layers']): Record<string, number> {
  const norms: Record<string, number> = Object.create(null);
  for (const layer of layers) {
    if (layer.kind !== 'dense') continue;
    const kernel = layer.parameters.find((p) => p.name === 'kernel');
    if (kernel) norms[layer.nodeName] = kernel.gradNorm;
  }
  return norms;
}

/**
 * Runs `mlp train`: checks --out, resumes from the file's trained weights (unless --fresh), trains,
 * prints per-epoch metrics and gradient norms, and saves the result with its weights and history.
 */
export async function trainProject(args: CliArgs, io: CliIo): Promise<number> {
  const name = sourceName(args.file as string);
  const file = await loadProject(args.file as string, io);
  const say = createMessages(args, io);
  const input = file.graph.nodes.find((n) => n.kind === 'input');
  if (input?.kind !== 'input') {
    say.error(`${quotedSource(args.file as string)} has no Input node; add one before training.`, EXIT.invalid);
    return EXIT.invalid;
  }
  // Before any training: a run of an hour must not end in "cannot write".
  if (args.out) await checkOutput(args.out);
  const { backend, skipped } = await initBackend(args.backend, { wasmPaths: cliWasmPaths() });
  for (const { backend: name, reason } of skipped)
    say.note(`the ${name} backend could not be started (${reason}); using ${backend}`, {
      skippedBackend: name,
      reason,
    });
  const data = prepareData(file.data, input.params);
  // The same choice as the app's worker: the fast engine where it runs the network, else tfjs.
  const { engine: trainer, choice } = createEngine(toDocument(file), data, { engine: args.engine, backend });
  try {
    const start = startTraining(trainer, file, args.fresh, quotedSource(args.file as string));
    const epochs = args.epochs ?? start.defaultEpochs;
    say.note(
      `training '${file.meta.title || name}' for ${epochs} epoch${epochs === 1 ? '' : 's'} on ${backend} with ` +
        `the ${choice.kind} engine (${choice.reason})`,
      { epochs, backend, engine: choice.kind },
    );
    if (start.resumedFrom) {
      const { epoch, step } = start.resumedFrom;
      say.note(`resuming from epoch ${epoch} (step ${step}) of the file's trained weights; --fresh starts over`, {
        resumedFrom: { epoch, step },
      });
    } else if (file.state && args.fresh) {
      say.note(
        `starting fresh (--fresh): the file's weights at epoch ${file.state.epoch} and its history are not used`,
        { fresh: true },
      );
    }
    if (start.resumedFrom && args.epochs === null && epochs === 0) {
      say.note(
        `already trained to epoch ${start.resumedFrom.epoch} of ${file.training.epochs}; give --epochs N to train N more`,
      );
    }
    const history: MetricPoint[] = [...start.history];
    for (let e = 0; e < epochs; e++) {
      const result = await trainer.runEpoch();
      if (result.diverged) {
        const d = result.diverged;
        const where = d.firstLayerName ? `in '${d.firstLayerName}'` : 'in the loss';
        const saved = args.out ? ' Nothing was saved.' : '';
        say.error(
          `training diverged at step ${d.step} (non-finite ${d.what} ${where}); weights restored to step ` +
            `${d.restoredStep}. Lower the learning rate.${saved}`,
          EXIT.diverged,
        );
        return EXIT.diverged;
      }
      const m = await trainer.evaluate();
      const { step, epoch } = trainer.counters;
      history.push({
        step,
        epoch,
        trainLoss: m.trainLoss,
        trainAccuracy: m.trainAccuracy,
        validationLoss: m.validationLoss,
        validationAccuracy: m.validationAccuracy,
      });
      const grads = kernelGradNorms((await trainer.collectStats()).layers);
      if (args.json) {
        say.progress(JSON.stringify({ epoch, step, ...m, gradientNorms: grads, engine: choice.kind }));
      } else {
        const g = Object.entries(grads)
          .map(([node, v]) => `${node}=${fmt(v)}`)
          .join(' ');
        say.progress(
          `epoch ${String(epoch).padStart(5)}  loss ${fmt(m.trainLoss)}  acc ${fmt(m.trainAccuracy)}  val_loss ` +
            `${fmt(m.validationLoss)}  val_acc ${fmt(m.validationAccuracy)}  |∇W| ${g}`,
        );
      }
      if (trainer.earlyStop) {
        if (!args.json) io.out(trainer.earlyStop.message);
        break;
      }
    }
    if (args.out) {
      const { step, epoch } = trainer.counters;
      const trained: MlpFile = {
        ...file,
        meta: { ...file.meta, modified: new Date().toISOString() },
        state: { step, epoch, weights: storeWeights(await trainer.getWeights()), history },
      };
      const bytes = await writeProjectChecked(args.out, trained, io.out);
      const where = args.out === STDOUT ? 'standard output' : args.out;
      say.note(
        `saved trained project to ${where} with weights at epoch ${epoch} (step ${step}) and ${history.length} history points`,
        { saved: where, epoch, step, historyPoints: history.length, bytes },
      );
    }
    return EXIT.ok;
  } finally {
    trainer.dispose();
  }
}
