/**
 * Test support only: a scripted run worker that speaks the protocol the run group uses, with steps, weights and
 * divergence under the test's control.
 */
import type { WeightValues } from '../../src/project/index';
import type { WorkerPort } from './session';
import type { FromWorker, ToWorker } from '../../src/training/index';
import { countersAt, progressAt } from './test-support';

/** A worker whose network has one 2×2 kernel; `divergeAt` makes a step call that crosses that step diverge there. */
export class ScriptedRunWorker implements WorkerPort {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  step = 0;
  terminated = false;
  sent: ToWorker[] = [];
  divergeAt: number | null = null;
  failOnStep: string | null = null;
  /** Set: its data has no plane, so a grid request is answered with this error. */
  planeless: string | null = null;
  weights: WeightValues[];

  constructor(
    seed: number,
    readonly perEpoch = 10,
  ) {
    this.weights = [
      {
        nodeId: 'dense-1',
        name: 'kernel',
        shape: [2, 2],
        values: Float32Array.from([seed, seed + 1, seed + 2, seed + 3]),
      },
    ];
  }

  private reply(report: FromWorker): void {
    // Asynchronous and copied, as a real worker's messages are.
    setTimeout(() => this.onmessage?.({ data: structuredClone(report) }), 0);
  }

  private progress(): void {
    this.reply(progressAt(this.step, { accuracy: Math.min(1, 0.5 + this.step / 1000), perEpoch: this.perEpoch }));
  }

  postMessage(message: ToWorker): void {
    this.sent.push(message);
    switch (message.type) {
      case 'init':
        this.reply({
          type: 'ready',
          backend: 'cpu',
          skipped: [],
          counters: countersAt(0, this.perEpoch),
          layersByNode: new Map(),
          linearNodeIds: [],
        });
        return this.progress();
      case 'requestGrid':
        if (this.planeless) return this.reply({ type: 'error', message: this.planeless, request: 'requestGrid' });
        // One channel, every cell the step / 1000, so a test can tell whose grid and when.
        return this.reply({
          type: 'grid',
          resolution: message.resolution,
          channels: 1,
          values: new Float32Array(message.resolution ** 2).fill(this.step / 1000),
        });
      case 'getWeights':
        return this.reply({ type: 'weights', weights: this.weights });
      case 'setWeights':
        this.weights = message.weights;
        return this.progress();
      case 'step': {
        if (this.failOnStep) return this.reply({ type: 'error', message: this.failOnStep, request: 'step' });
        const target = this.step + message.batches;
        if (this.divergeAt !== null && target >= this.divergeAt) {
          this.step = this.divergeAt - 1;
          this.reply({
            type: 'diverged',
            step: this.divergeAt,
            firstLayerNodeId: 'dense-1',
            firstLayerName: 'Linear 1',
            what: 'loss',
            where: 'output',
            restoredStep: this.step,
            message: 'The loss became NaN in Linear 1. Lower the learning rate.',
          });
        } else this.step = target;
        this.progress();
        return this.reply({ type: 'stats', step: this.step, epoch: Math.floor(this.step / this.perEpoch), layers: [] });
      }
      default:
        return;
    }
  }

  terminate(): void {
    this.terminated = true;
  }
}
