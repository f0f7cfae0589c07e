/**
 * What the log hears from the page side: a page process that crashed or was killed, a window that
 * stopped responding, a preload or page load that failed, uncaught errors the page printed to its
 * console, and helper processes (GPU, utility) that died. Main only listens; the page gets no new
 * IPC verb, and errors it prints are rate-limited so a looping page cannot flood the log. Errors
 * of the main process itself that nothing caught are logged here too.
 */
import type { AppLog } from './app-log';

/** Page errors logged per window of RATE_WINDOW_MS; the rest are counted and summarised. */
export const MAX_PAGE_ERRORS_PER_WINDOW = 20;
/** Length of the rate-limit window. */
export const RATE_WINDOW_MS = 60_000;
/** Longest page error kept in the log. */
export const MAX_PAGE_ERROR_CHARS = 1000;

/** The part of a WebContents whose events are logged. */
export interface EventSource {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** Details Electron gives with 'render-process-gone' and 'child-process-gone'. */
interface GoneDetails {
  reason?: string;
  exitCode?: number;
  type?: string;
  name?: string;
}

/** Electron 45 passes the console message's fields on the event itself. */
interface ConsoleMessageEvent {
  level?: unknown;
  message?: unknown;
  lineNumber?: unknown;
  sourceId?: unknown;
}

function shorten(text: string, max = MAX_PAGE_ERROR_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A counter that allows `limit` events per `windowMs` and reports how many it refused once the window turns. */
export function createRateLimit(limit: number, windowMs: number, now: () => number = Date.now) {
  let windowStart = -Infinity;
  let used = 0;
  let refused = 0;
  return {
    /** Whether this event may pass, and how many were refused in the window that just ended. */
    take(): { allowed: boolean; refusedBefore: number } {
      const time = now();
      let refusedBefore = 0;
      if (time - windowStart >= windowMs) {
        refusedBefore = refused;
        windowStart = time;
        used = 0;
        refused = 0;
      }
      if (used < limit) {
        used++;
        return { allowed: true, refusedBefore };
      }
      refused++;
      return { allowed: false, refusedBefore };
    },
  };
}

/**
 * `write` behind a rate limit: at most `limit` messages per `windowMs`; the first message of a later
 * window is preceded by how many `what` were left out. For lines a page can cause at will.
 */
export function limitLog(
  write: (message: string) => void,
  what: string,
  limit: number,
  windowMs: number = RATE_WINDOW_MS,
  now: () => number = Date.now,
) {
  const rate = createRateLimit(limit, windowMs, now);
  return (message: string): void => {
    const { allowed, refusedBefore } = rate.take();
    if (refusedBefore > 0) write(`${refusedBefore} more ${what} were left out of the log.`);
    if (allowed) write(message);
  };
}

/** Logs the crashes, hangs and uncaught errors of one web contents (side effect: adds listeners). */
export function logPageTrouble(contents: EventSource, log: AppLog, now: () => number = Date.now): void {
  const logPageError = limitLog(
    (message) => log.error(message),
    'page errors',
    MAX_PAGE_ERRORS_PER_WINDOW,
    RATE_WINDOW_MS,
    now,
  );
  const on = (event: string, listener: (...args: unknown[]) => void) => contents.on(event, listener);

  on('render-process-gone', (_event, detailsArg) => {
    const details = detailsArg as GoneDetails | undefined;
    const reason = details?.reason ?? 'unknown';
    const message = `The window's page process is gone (${reason}, exit code ${details?.exitCode ?? 'unknown'}).`;
    if (reason === 'clean-exit') log.info(message);
    else log.error(message);
  });
  on('unresponsive', () => log.warn('The window stopped responding.'));
  on('responsive', () => log.info('The window responds again.'));
  on('preload-error', (_event, _preloadPath, error) => {
    log.error(`The preload script failed: ${error instanceof Error ? error.message : String(error)}`);
  });
  on('did-fail-load', (_event, code, description, _url, isMainFrame) => {
    if (isMainFrame === true) log.error(`The app page failed to load: ${String(description)} (${String(code)}).`);
  });
  on('console-message', (eventArg, legacyLevel, legacyMessage) => {
    const event = eventArg as ConsoleMessageEvent | undefined;
    // Electron 45 puts level and text on the event; older versions passed a numeric level (3 = error).
    const isError = event?.level === 'error' || legacyLevel === 3;
    if (!isError) return;
    const text = typeof event?.message === 'string' ? event.message : String(legacyMessage ?? '');
    const source = typeof event?.sourceId === 'string' ? event.sourceId.split(/[\\/]/).pop() : '';
    const where = source ? ` (${source}:${typeof event?.lineNumber === 'number' ? event.lineNumber : '?'})` : '';
    logPageError(`Page error: ${shorten(text)}${where}`);
  });
}

/** Logs helper processes (GPU, network, utility) that crashed or were killed (side effect: adds a listener to `app`). */
export function logChildProcessTrouble(app: EventSource, log: AppLog): void {
  app.on('child-process-gone', (_event, detailsArg) => {
    const details = detailsArg as GoneDetails | undefined;
    if (details?.reason === 'clean-exit') return;
    const name = details?.name ? ` "${details.name}"` : '';
    log.error(
      `A ${details?.type ?? 'helper'} process${name} is gone (${details?.reason ?? 'unknown'}, exit code ` +
        `${details?.exitCode ?? 'unknown'}).`,
    );
  });
}

/**
 * Logs errors of the main process that nothing caught (side effect: listens on `proc`). Listening
 * replaces Electron's own error box for uncaught exceptions, so `showError` shows one instead;
 * unhandled rejections are only logged, as Electron does not stop for them either.
 */
export function logMainProcessErrors(
  proc: EventSource,
  log: AppLog,
  showError: (title: string, content: string) => void,
): void {
  const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
  proc.on('uncaughtException', (error) => {
    log.error(`Uncaught error in the main process: ${describe(error)}`);
    const message = error instanceof Error ? error.message : String(error);
    showError('MLP Studio hit an unexpected error', `${message}\n\nHelp › Show Log has the details for a bug report.`);
  });
  proc.on('unhandledRejection', (reason) =>
    log.error(`Unhandled promise rejection in the main process: ${describe(reason)}`),
  );
}
