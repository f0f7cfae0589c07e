/**
 * User-timing measures the UI benchmark (`npm run bench:ui`) reads from the page's performance
 * timeline. Recording one is a few microseconds, so they stay on in production; the names are the
 * contract with bench/ui/.
 */

/** Set when the client asks the worker for a decision grid. */
export const GRID_REQUEST_MARK = 'mlp:grid-request';

/** Records `name` from `mark` to now; a missing mark (already cleared, or never set) records nothing. */
export function measureSince(mark: string, name: string): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(mark, 'mark').length === 0) return;
  performance.measure(name, mark);
  performance.clearMarks(mark);
}

/** Records `name` from `start` (a performance.now() reading) to now. */
export function measureFrom(start: number, name: string): void {
  if (typeof performance !== 'undefined') performance.measure(name, { start });
}
