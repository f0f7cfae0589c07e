/**
 * What runs inside the training worker, free of the Worker API so tests can drive it in Node: the
 * engine's WorkerCore (which owns the training engine), with the app's additions around it — in
 * 'auto', a network only the tfjs engine can train (BatchNorm, Dropout) races the backends before
 * the core starts on the winner (the others go to the core's own engine choice, whose fast engine
 * needs no backend), WASM always finds its files, weights leave as copies, and the per-unit grids
 * are computed on a separate copy of the network from the weights the core reports.
 */
import { fastest, describeRace, raceBackends, shouldRace } from '../backend-race';
import { fastEngineSupport } from '../fast/support';
import { BACKEND_ORDER, initBackend, type WasmPaths } from '../backends';
import { transferablesOf, type CoreReport, type FromWorker, type ToWorker, type TrainingDocument } from './protocol';
import type { WeightValues } from '../weights';
import { WorkerCore, prepareDocumentData, type WorkerCoreOptions } from './worker-core';
import { NeuronGridModel } from './neuron-grid-model';
import { PCA_PROJECTION, type ProjectionChoice } from '../../data/projection';

/** What the host needs from the worker around it. */
export interface WorkerHostOptions {
  post(report: FromWorker, transfer: ArrayBuffer[]): void;
  wasmPaths?: WasmPaths;
  /** Milliseconds each backend trains for in a race (default: the race's own). */
  raceBudgetMs?: number;
  /** Passed through to the core (tests inject a clock, a yielder, slice lengths). */
  core?: Omit<WorkerCoreOptions, 'post' | 'initBackend'>;
}

/** The training worker's message handler: the engine's core plus the backend race and neuron grids. */
export class WorkerHost {
  private readonly core: WorkerCore;
  private document: TrainingDocument | null = null;
  private latestWeights: WeightValues[] | null = null;
  /** The plane the views draw data of more than two columns over; the units are drawn over it too. */
  private projection: ProjectionChoice = PCA_PROJECTION;
  private readonly neuronModel = new NeuronGridModel();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: WorkerHostOptions) {
    const wasmPaths = options.wasmPaths;
    this.core = new WorkerCore({
      ...options.core,
      post: (message) => this.fromCore(message),
      // The core's own fallback passes no WASM location; supply it every time.
      initBackend: (preferred, opts) => initBackend(preferred, { ...opts, wasmPaths: opts?.wasmPaths ?? wasmPaths }),
    });
  }

  private post(report: FromWorker): void {
    this.options.post(report, transferablesOf(report));
  }

  private fromCore(message: CoreReport): void {
    if (message.type === 'weights') {
      // On the CPU backend a weight's data() is the live variable's own array: transferring it would
      // detach the model's memory mid-run. The UI gets copies, and the neuron grids keep another.
      const copy = () => message.weights.map((w) => ({ ...w, values: w.values.slice() }));
      this.latestWeights = copy();
      this.post({ type: 'weights', weights: copy() });
      return;
    }
    if (message.type === 'ready') this.neuronModel.invalidate();
    this.post(message);
  }

  /**
   * Handles a request. Init and neuron grids wait their turn here (a race must not share the
   * backend with a running loop); everything else goes straight to the core, which queues it.
   */
  handle(request: ToWorker): Promise<void> {
    if (request.type !== 'init' && request.type !== 'requestNeuronGrids') {
      if (request.type === 'updateDocument') this.document = structuredClone(request.document);
      if (request.type === 'setProjection') this.projection = request.projection;
      return this.core.handle(request);
    }
    const run = this.queue.then(() => (request.type === 'init' ? this.init(request) : this.neuronGrids(request)));
    this.queue = run.catch((error: unknown) => {
      // A moment's drawing that failed leaves the view on the live units; no request waits for it.
      if (request.type === 'requestNeuronGrids' && request.moment) return;
      // A failed drawing is reported as a failed weights request: the UI stops waiting for it.
      this.post({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
        request: request.type === 'init' ? 'init' : 'getWeights',
      });
    });
    return this.queue;
  }

  private async init(request: Extract<ToWorker, { type: 'init' }>): Promise<void> {
    this.document = structuredClone(request.document);
    this.projection = request.moments?.projection ?? PCA_PROJECTION;
    const wasmPaths = request.wasmPaths ?? this.options.wasmPaths;
    let backend = request.backend;
    const tfjsOnly = !fastEngineSupport(request.document.graph).supported || request.engine === 'tfjs';
    if (backend === 'auto' && tfjsOnly && shouldRace(request.document)) {
      await this.core.handle({ type: 'pause' });
      const data = prepareDocumentData(request.document);
      const timings = await raceBackends(request.document, data, BACKEND_ORDER, {
        wasmPaths,
        budgetMs: this.options.raceBudgetMs,
      });
      this.post({ type: 'raced', timings, note: describeRace(timings) });
      backend = fastest(timings) ?? 'auto';
    }
    await this.core.handle({ ...request, backend, wasmPaths });
  }

  private async neuronGrids({ resolution, moment }: Extract<ToWorker, { type: 'requestNeuronGrids' }>): Promise<void> {
    if (moment) {
      if (this.document)
        this.post({
          type: 'neuronGrids',
          grids: await this.neuronModel.grids(this.document, moment.weights, resolution, this.projection),
          momentStep: moment.step,
        });
      return;
    }
    // Fresh weights first; they reach the UI too, so the grids and the weights match.
    await this.core.handle({ type: 'getWeights' });
    if (!this.document || !this.latestWeights) return;
    this.post({
      type: 'neuronGrids',
      grids: await this.neuronModel.grids(this.document, this.latestWeights, resolution, this.projection),
    });
  }
}
