/**
 * The other half of report routing, as pure functions: what a worker's `ready` or `error` report, a flush
 * (are the grid and weights due again?) or a pinned moment does to the bookkeeping (ReportTrack), to the
 * worker's session, which messages go to the worker and what changes in the store. No store, worker or
 * clock: the single-run controller (solo-run.ts) passes what they read and carries out the result.
 */
import type { ProjectDocument } from '../../src/project/index';
import type { BackendPreference, FromWorker, ToWorker } from '../../src/training/light';
import type { TrainingStatus, TrainingUpdate } from '../store/types';
import { workerDocument } from './document-sync';
import { initialTrack, type ReportTrack } from './report-reducer';
import { backendLabel, describeReady, shiftCounters, ZERO_BASE } from './reports';
import type { Session, WeightSnapshot } from './session';

/** A backend failing mid-run (rather than a problem with the network): resume elsewhere instead of stopping. */
const BACKEND_FAILURE = /context|webgl|webgpu|gpu|device (was )?lost|out of memory/i;

/** Least milliseconds between weight requests while a paced run plays. */
export const PACED_WEIGHTS_EVERY_MS = 250;

/** Where a worker's session stands, as the reducer reads it: its fields and its link's queue. */
export type SessionFacts = Pick<Session, 'backend' | 'lost' | 'resume'> & {
  ready: boolean;
  waiting: readonly ToWorker[];
};

/** The session fields a report may change (`ready` and `waiting` are its link's). */
export type SessionChange = Partial<Pick<Session, 'backend' | 'lost' | 'resume' | 'base' | 'sent'>> & {
  ready?: boolean;
  waiting?: ToWorker[];
};

/** What the controller does after a session report or a check: in this order, change, post, update, then act. */
export interface SessionStep {
  track: ReportTrack;
  session: SessionChange;
  /** Messages for the worker, in order. */
  post: ToWorker[];
  update: TrainingUpdate | null;
  /** Then: resume on the next backend ('crash'), show the failure ('fail') or wake the callers waiting for weights. */
  then?: { act: 'crash' | 'fail'; message: string } | { act: 'weightsArrived' };
}

const step = (track: ReportTrack, parts: Partial<Omit<SessionStep, 'track'>> = {}): SessionStep => ({
  track,
  session: {},
  post: [],
  update: null,
  ...parts,
});

/** The run is forgotten (reset, rebuild, new worker): answers to earlier requests are dropped. */
export function forgetTrack(track: ReportTrack, sessionReady: boolean): ReportTrack {
  return {
    ...track,
    generation: track.generation + 1,
    lastMetricStep: -1,
    skipProgress: 0,
    barrier: sessionReady ? 'stepZero' : null,
    gridStale: true,
    weightsStale: true,
    planeless: false,
    momentNeuronStep: null,
  };
}

/** The worker is gone: nothing it was asked will be answered. */
export function detachedTrack(track: ReportTrack): ReportTrack {
  return {
    ...forgetTrack(track, false),
    gridRequests: [],
    weightRequests: [],
    racedNote: null,
    raw: initialTrack().raw,
  };
}

/** A rebuild was asked for: everything until its 'ready' belongs to the old network. */
export function awaitingReady(track: ReportTrack): ReportTrack {
  return { ...forgetTrack(track, false), barrier: 'ready' };
}

/** The views need a fresh grid and fresh weights. */
export function staleVisuals(track: ReportTrack): ReportTrack {
  return { ...track, gridStale: true, weightsStale: true };
}

/** What a 'ready' report reads besides the track and the session. */
export interface ReadyContext {
  preference: BackendPreference;
  /** The weights the controller holds (what a lost context resumes from). */
  snapshot: WeightSnapshot | null;
  /** The last step already charted: a resumed run re-evaluates it, and the history has that point. */
  lastChartedStep: number;
  document: ProjectDocument;
}

/**
 * The worker built its network: a first start, a rebuild asked for, or (unasked) the core's fallback after a lost
 * GPU context. Loads the weights to resume from, sends what waited, and says where training runs.
 */
export function reduceReady(
  track: ReportTrack,
  session: SessionFacts,
  report: Extract<FromWorker, { type: 'ready' }>,
  context: ReadyContext,
): SessionStep {
  const first = !session.ready;
  const unasked = !first && track.barrier !== 'ready';
  const lost = session.lost ?? (unasked && session.backend ? { backend: session.backend, wasRunning: false } : null);
  let next: ReportTrack = {
    ...track,
    barrier: null,
    generation: track.generation + 1,
    lastMetricStep: context.lastChartedStep,
    skipProgress: 0,
    planeless: false,
  };
  const described = describeReady(report, context.preference);
  let notice = first ? described.notice : null;
  const snapshot = lost ? context.snapshot : first ? (session.resume?.snapshot ?? null) : null;
  if (lost)
    notice = snapshot
      ? `The ${backendLabel(lost.backend)} context was lost; training continues on ` +
        `${backendLabel(report.backend)} from step ${snapshot.at.step}.`
      : `The ${backendLabel(lost.backend)} context was lost; training starts again from fresh weights on ` +
        `${backendLabel(report.backend)}.`;
  else if (first && session.resume?.notice) notice = session.resume.notice(report.backend);
  const change: SessionChange = { ready: true, backend: report.backend, lost: null, resume: null, base: ZERO_BASE };
  const post: ToWorker[] = [];
  if (snapshot) {
    // The engine restores the counters with the weights, so its own numbers are the user's (no base to add).
    const { step: at, epoch, batchInEpoch = 0 } = snapshot.at;
    // The rebuild's own progress report (fresh weights) is already on its way; the one after setWeights is the real one.
    next = { ...next, skipProgress: 1 };
    post.push({
      type: 'setWeights',
      weights: snapshot.weights.map((w) => ({ ...w, values: w.values.slice() })),
      at: { step: at, epoch, batchInEpoch },
    });
    change.sent = workerDocument(context.document, ZERO_BASE);
    post.push({ type: 'updateDocument', document: change.sent });
  }
  const waiting = [...session.waiting];
  if (lost?.wasRunning && !waiting.some((m) => m.type === 'play')) waiting.push({ type: 'play' });
  post.push(...waiting);
  change.waiting = [];
  const playing = waiting.some((m) => m.type === 'play');
  // A rebuild keeps the status it had (the core reports its own stop); a new worker waits paused unless asked to play.
  const status: TrainingStatus | null = playing ? 'starting' : first || lost ? 'paused' : null;
  return step(staleVisuals(next), {
    session: change,
    post,
    update: {
      patch: {
        backend: report.backend,
        engine: report.engine ?? 'tfjs',
        engineNote: next.racedNote ? `${described.note} ${next.racedNote}` : described.note,
        counters: shiftCounters(report.counters, ZERO_BASE),
        ...(status ? { status } : {}),
        ...(notice ? { notice } : {}),
      },
    },
  });
}

/**
 * The worker reported an error: a request it could not answer is dropped, a lost context waits for the core's
 * fallback, a refused setting is shown, a failing GPU backend moves the run to the next one, and anything else
 * means the worker holds no usable network.
 */
export function reduceError(
  track: ReportTrack,
  session: Pick<Session, 'backend'>,
  report: Extract<FromWorker, { type: 'error' }>,
  status: TrainingStatus,
): SessionStep {
  const { message, request } = report;
  if (request === 'requestGrid') return step({ ...track, gridRequests: track.gridRequests.slice(1), planeless: true });
  if (request === 'getWeights')
    return step({ ...track, weightRequests: track.weightRequests.slice(1) }, { then: { act: 'weightsArrived' } });
  if (request === null && /context was lost/i.test(message) && session.backend)
    return step(track, {
      session: { lost: { backend: session.backend, wasRunning: status === 'running' } },
      update: { patch: { status: 'starting' } },
    });
  if (request === 'setWeights')
    return step(
      { ...track, skipProgress: 0 },
      {
        session: { base: ZERO_BASE },
        update: {
          patch: {
            notice: `The saved weights do not fit this network (${message}); training starts from fresh weights.`,
            counters: track.raw,
          },
        },
      },
    );
  if (
    request === 'setLearningRate' ||
    request === 'setOptimizer' ||
    (request === 'updateDocument' && track.barrier !== 'ready')
  )
    return step(track, { update: { patch: { notice: message } } });
  const backendFailed =
    request !== 'init' &&
    request !== 'updateDocument' &&
    session.backend !== null &&
    session.backend !== 'cpu' &&
    BACKEND_FAILURE.test(message);
  // The worker holds no usable network (init or a rebuild failed) or a step failed: say why and start afresh next time.
  return step(track, { then: { act: backendFailed ? 'crash' : 'fail', message } });
}

/** What deciding on new grid and weight requests reads. */
export interface DueContext {
  running: boolean;
  now: number;
  /** Whether the worker sends its moments by itself while it plays. */
  moments: boolean;
  /** Whether the run is paced (epochs per second set): its weights follow it more often. */
  paced: boolean;
  gridEveryMs: number;
  weightsEveryMs: number;
  gridResolution: number;
  neuronResolution: number;
}

/**
 * After each store update: the decision grid and the weights (with neuron grids) are asked for again when stale, no
 * more often than set while running. Call only when the worker is ready.
 */
export function dueRequests(track: ReportTrack, context: DueContext): { track: ReportTrack; post: ToWorker[] } {
  if (track.barrier !== null) return { track, post: [] };
  const { running, now } = context;
  const post: ToWorker[] = [];
  let next = track;
  // While a run plays, the worker sends its moments (and a paced run's frames) by itself.
  if (
    next.gridStale &&
    !next.planeless &&
    next.gridRequests.length === 0 &&
    (!running || (!context.moments && now - next.lastGridAt >= context.gridEveryMs))
  ) {
    next = { ...next, gridStale: false, gridRequests: [...next.gridRequests, next.generation] };
    post.push({ type: 'requestGrid', resolution: context.gridResolution });
  }
  // A paced run has time to spare: its weights and unit pictures follow it four times a second.
  const weightsEvery = context.paced
    ? Math.min(PACED_WEIGHTS_EVERY_MS, context.weightsEveryMs)
    : context.weightsEveryMs;
  if (next.weightsStale && next.weightRequests.length === 0 && (!running || now - next.lastWeightsAt >= weightsEvery)) {
    next = { ...next, weightsStale: false, weightRequests: [...next.weightRequests, next.generation] };
    post.push({ type: 'requestNeuronGrids', resolution: context.neuronResolution });
  }
  return { track: next, post };
}

/**
 * The timeline was pinned or unpinned: the units at the pinned moment's weights are asked for (once per moment);
 * unpinned, the moment's units are cleared.
 */
export function pinnedRequest(
  track: ReportTrack,
  moment: { step: number; weights?: Extract<ToWorker, { type: 'setWeights' }>['weights'] } | null,
  context: { ready: boolean; shown: boolean; neuronResolution: number },
): SessionStep {
  if (!moment?.weights) {
    const next = { ...track, momentNeuronStep: null };
    return step(next, context.shown ? { update: { patch: { momentNeuronGrids: null } } } : {});
  }
  if (!context.ready || moment.step === track.momentNeuronStep) return step(track);
  return step(
    { ...track, momentNeuronStep: moment.step },
    {
      post: [
        {
          type: 'requestNeuronGrids',
          resolution: context.neuronResolution,
          moment: { step: moment.step, weights: moment.weights },
        },
      ],
    },
  );
}
