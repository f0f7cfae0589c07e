/**
 * What the UI benchmark runs in the page. Kept as plain JavaScript source (not functions handed to
 * Playwright), because the TypeScript runner adds helpers to compiled functions that do not exist
 * in the page.
 */

/** Installed before the app starts: a long-task observer and a requestAnimationFrame loop recording frame intervals. */
export const INSTALL_PROBES = `
  window.__uiBench = { longTasks: [], frames: [], recording: false };
  new PerformanceObserver(function (list) {
    if (!window.__uiBench.recording) return;
    for (const entry of list.getEntries()) window.__uiBench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  let last = 0;
  requestAnimationFrame(function frame(now) {
    if (window.__uiBench.recording && last > 0) window.__uiBench.frames.push(now - last);
    last = now;
    requestAnimationFrame(frame);
  });
`;

/** Starts recording: forgets what was seen while the app loaded and the user timings so far. */
export const START_RECORDING = `
  window.__uiBench.longTasks = [];
  window.__uiBench.frames = [];
  window.__uiBench.recording = true;
  performance.clearMeasures();
`;

/** What one recording saw. */
export interface Recording {
  longTasks: number[];
  frames: number[];
  measures: Record<string, number[]>;
}

/** Stops recording; evaluates to a Recording (the app's user-timing measures grouped by name). */
export const STOP_RECORDING = `(() => {
  window.__uiBench.recording = false;
  const measures = {};
  for (const entry of performance.getEntriesByType('measure')) (measures[entry.name] ??= []).push(entry.duration);
  return { longTasks: window.__uiBench.longTasks, frames: window.__uiBench.frames, measures };
})()`;
