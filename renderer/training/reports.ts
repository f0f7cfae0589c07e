/**
 * Turning the worker's reports into store values. A run resumed from saved weights (a reopened
 * project, or a backend fallback) starts the worker's counters at 0, so every step and epoch is
 * shifted by the base it resumed from; what the user sees counts on from where training stood.
 */
import {
  type BackendName,
  type BackendPreference,
  type FromWorker,
  describeBrokenNetwork,
  type LayerStats,
  type StatsSample,
  type DivergenceReport,
  type TrainingCounters,
} from '../../src/training/light';
import type { MetricPoint } from '../../src/project/index';

/** The step and epoch a run resumed from (zero for a run from fresh weights). */
export interface CounterBase {
  step: number;
  epoch: number;
}

/** No offset. */
export const ZERO_BASE: CounterBase = { step: 0, epoch: 0 };

type Progress = Extract<FromWorker, { type: 'progress' }>;
type Ready = Extract<FromWorker, { type: 'ready' }>;

/** The worker's counters as the user sees them. */
export function shiftCounters(counters: TrainingCounters, base: CounterBase): TrainingCounters {
  return { ...counters, step: counters.step + base.step, epoch: counters.epoch + base.epoch };
}

/** The history point of a progress report whose metrics were evaluated at its own step; null otherwise (they were reported already). */
export function metricPointOf(progress: Progress, base: CounterBase): MetricPoint | null {
  const { metrics } = progress;
  if (!metrics || progress.metricsStep !== progress.step) return null;
  return {
    step: progress.step + base.step,
    epoch: progress.epoch + base.epoch,
    trainLoss: metrics.trainLoss,
    trainAccuracy: metrics.trainAccuracy,
    validationLoss: metrics.validationLoss,
    validationAccuracy: metrics.validationAccuracy,
  };
}

/**
 * The history points a progress report brings, at the user's step numbers: every evaluation since
 * the previous report (`points`), or, from a worker that sends none, the single point of metricPointOf.
 */
export function metricPointsOf(progress: Progress, base: CounterBase): MetricPoint[] {
  if (!progress.points) {
    const point = metricPointOf(progress, base);
    return point ? [point] : [];
  }
  return progress.points.map((p) => ({ ...p, step: p.step + base.step, epoch: p.epoch + base.epoch }));
}

/** A statistics sample at the user's step numbers. */
export function shiftStats(sample: StatsSample, base: CounterBase): StatsSample {
  return { ...sample, step: sample.step + base.step, epoch: sample.epoch + base.epoch };
}

/** A divergence report at the user's step numbers, its sentence included. */
export function shiftDivergence(report: DivergenceReport, base: CounterBase): DivergenceReport {
  if (base.step === 0) return report;
  const message = report.message.replace(/\bstep (\d+)/g, (_, n: string) => `step ${Number(n) + base.step}`);
  return { ...report, step: report.step + base.step, restoredStep: report.restoredStep + base.step, message };
}

/**
 * What to say when a run reached its set epochs: raise Epochs to train further, unless the latest
 * statistics show a network that cannot learn on (exploded weights, no gradient left, a dead layer),
 * where more epochs would only keep training the wreck and a reset is what helps.
 */
export function finishedNotice(epochs: number, layers: readonly LayerStats[]): string {
  const broken = describeBrokenNetwork(layers);
  if (broken === null)
    return `Training reached the set ${epochs} epochs; raise Epochs in the training settings to train further.`;
  return (
    `Training reached the set ${epochs} epochs, but more would not help: ${broken}. Press Reset (and lower ` +
    `the learning rate if it exploded), then Train.`
  );
}

/**
 * The fallback order (as the engine's BACKEND_ORDER); kept here because importing the engine's module would load tfjs
 * on the page's thread.
 */
const ORDER: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** The backend to move to when `from` fails: the next in order (the CPU stays the CPU). */
export function nextBackend(from: BackendName): BackendName {
  return ORDER[Math.min(ORDER.indexOf(from) + 1, ORDER.length - 1)];
}

const LABEL: Record<BackendName, string> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

/** A backend's name as the UI writes it. */
export function backendLabel(backend: string): string {
  return LABEL[backend as BackendName] ?? backend;
}

/** What runs the fast engine's arithmetic, in words. */
function fastEngineKernels(ready: Ready): string {
  return ready.products === 'wasm' ? 'JavaScript loops, large matrix products on the WASM kernel' : 'plain JavaScript';
}

/**
 * Why the worker runs where it does: a note for the badge's tooltip (the engine, the backend and
 * what was passed over), and a notice when a backend the user picked could not start (so the
 * fallback is never silent).
 */
export function describeReady(ready: Ready, preference: BackendPreference): { note: string; notice: string | null } {
  const skipped = ready.skipped.map((s) => `${backendLabel(s.backend)}: ${s.reason}`);
  const engine =
    ready.engine === 'fast'
      ? `Training on the fast engine (${fastEngineKernels(ready)})${ready.engineReason ? `: ${ready.engineReason}` : ''}`
      : `Training on ${backendLabel(ready.backend)} with tfjs${ready.engineReason ? ` (${ready.engineReason})` : ''}`;
  const note = `${engine}.${skipped.length ? ` Passed over: ${skipped.join('; ')}.` : ''}`;
  const forcedAway = preference !== 'auto' && preference !== ready.backend;
  const reason = ready.skipped.find((s) => s.backend === preference)?.reason;
  const notice = forcedAway
    ? `${backendLabel(preference)} could not start here${reason ? ` (${reason})` : ''}; training runs on ${backendLabel(ready.backend)}.`
    : null;
  return { note, notice };
}
