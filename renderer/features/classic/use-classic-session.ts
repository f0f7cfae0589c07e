import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClassicSettings } from '../../../src/classic/index';
import { canContinue, createSession, stepSessionEpoch, stepSessionUpdate, viewOf, type RunView } from './run-view';

/** What the workspace reads and calls. */
export interface ClassicSessionHandle {
  views: RunView[];
  data: ReturnType<typeof createSession>['data'];
  error: string | null;
  playing: boolean;
  /** Every run has stopped (converged, diverged) or reached the epoch limit. */
  finished: boolean;
  play(): void;
  pause(): void;
  stepEpoch(): void;
  stepUpdate(): void;
  reset(): void;
}

/** The settings a run depends on; the view-only ones (open, log scale) leave it alone. */
function runKey(settings: ClassicSettings): string {
  const { open: _open, logCost: _log, epochs: _epochs, ...rest } = settings;
  return JSON.stringify(rest);
}

/**
 * Owns the classic runs of the current settings: rebuilt from scratch when a setting they depend
 * on changes, played at `epochsPerSecond` until every run stops or reaches the epoch limit.
 */
export function useClassicSession(settings: ClassicSettings, epochsPerSecond: number): ClassicSessionHandle {
  const key = runKey(settings);
  const [resets, setResets] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the settings it serialises
  const session = useMemo(() => createSession(settings), [key, resets]);
  const [version, setVersion] = useState(0);
  const [playing, setPlaying] = useState(false);
  const epochs = settings.epochs;
  const sessionRef = useRef(session);
  sessionRef.current = session;

  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    setPlaying(false);
  }, [session]);

  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setInterval(() => {
      const current = sessionRef.current;
      if (!canContinue(current, epochs)) {
        setPlaying(false);
        return;
      }
      for (const { run } of current.runs) if (run.epoch < epochs) run.stepEpoch();
      refresh();
    }, 1000 / epochsPerSecond);
    return () => window.clearInterval(timer);
  }, [playing, epochs, epochsPerSecond, refresh]);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- version marks a step of the mutable runs
  const views = useMemo(() => session.runs.map(({ title, run }) => viewOf(title, run)), [session, version]);

  return {
    views,
    data: session.data,
    error: session.error,
    playing,
    finished: !canContinue(session, epochs),
    play: () => {
      if (canContinue(session, epochs)) setPlaying(true);
    },
    pause: () => setPlaying(false),
    stepEpoch: () => {
      setPlaying(false);
      stepSessionEpoch(session);
      refresh();
    },
    stepUpdate: () => {
      setPlaying(false);
      stepSessionUpdate(session);
      refresh();
    },
    reset: () => {
      setPlaying(false);
      setResets((r) => r + 1);
    },
  };
}
