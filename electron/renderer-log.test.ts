import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { AppLog } from './app-log';
import {
  createRateLimit,
  logChildProcessTrouble,
  logMainProcessErrors,
  logPageTrouble,
  MAX_PAGE_ERRORS_PER_WINDOW,
  RATE_WINDOW_MS,
} from './renderer-log';

function recordingLog() {
  const lines: string[] = [];
  const log: AppLog = {
    file: '/logs/main.log',
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
  return { log, lines };
}

describe('logPageTrouble', () => {
  it('logs a crashed page process, a hang and its end, a failed preload and a failed page load', () => {
    const contents = new EventEmitter();
    const { log, lines } = recordingLog();
    logPageTrouble(contents, log);
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    contents.emit('unresponsive');
    contents.emit('responsive');
    contents.emit('preload-error', {}, '/app/preload.cjs', new Error('bridge missing'));
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'file:///app/index.html', true);
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'about:blank', false);
    expect(lines).toEqual([
      "error The window's page process is gone (crashed, exit code 139).",
      "info The window's page process is gone (clean-exit, exit code 0).",
      'warn The window stopped responding.',
      'info The window responds again.',
      'error The preload script failed: bridge missing',
      'error The app page failed to load: ERR_FILE_NOT_FOUND (-6).',
    ]);
  });

  it("logs the page's uncaught errors (not its other console output), naming the script by file name", () => {
    const contents = new EventEmitter();
    const { log, lines } = recordingLog();
    logPageTrouble(contents, log);
    contents.emit('console-message', {
      level: 'info',
      message: 'hello',
      lineNumber: 1,
      sourceId: 'file:///app/index.js',
    });
    contents.emit('console-message', {
      level: 'error',
      message: "Uncaught TypeError: Cannot read properties of undefined (reading 'at')",
      lineNumber: 42,
      sourceId: 'file:///opt/MLP Studio/resources/app.asar/dist/renderer/assets/index-abc.js',
    });
    contents.emit('console-message', { level: 'error', message: 'x'.repeat(5000), lineNumber: 1, sourceId: '' });
    expect(lines[0]).toBe(
      "error Page error: Uncaught TypeError: Cannot read properties of undefined (reading 'at') (index-abc.js:42)",
    );
    expect(lines).toHaveLength(2);
    expect(lines[1].length).toBeLessThan(1100);
  });

  it('keeps a page that prints errors in a loop from flooding the log', () => {
    const contents = new EventEmitter();
    const { log, lines } = recordingLog();
    let time = 0;
    logPageTrouble(contents, log, () => time);
    for (let i = 0; i < 500; i++) contents.emit('console-message', { level: 'error', message: `boom ${i}` });
    expect(lines).toHaveLength(MAX_PAGE_ERRORS_PER_WINDOW);
    time = RATE_WINDOW_MS;
    contents.emit('console-message', { level: 'error', message: 'later' });
    expect(lines.slice(-2)).toEqual([
      `error ${500 - MAX_PAGE_ERRORS_PER_WINDOW} more page errors were left out of the log.`,
      'error Page error: later',
    ]);
  });
});

describe('logChildProcessTrouble', () => {
  it('logs helper processes that died, not those that exited cleanly', () => {
    const app = new EventEmitter();
    const { log, lines } = recordingLog();
    logChildProcessTrouble(app, log);
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 8 });
    app.emit('child-process-gone', {}, { type: 'Utility', name: 'Network Service', reason: 'clean-exit', exitCode: 0 });
    expect(lines).toEqual(['error A GPU process is gone (crashed, exit code 8).']);
  });
});

describe('logMainProcessErrors', () => {
  it('logs uncaught errors with their stack and shows one box for each, and logs unhandled rejections', () => {
    const proc = new EventEmitter();
    const { log, lines } = recordingLog();
    const boxes: [string, string][] = [];
    logMainProcessErrors(proc, log, (title, content) => boxes.push([title, content]));
    proc.emit('uncaughtException', new Error('menu exploded'));
    proc.emit('unhandledRejection', 'no recent list');
    expect(lines[0]).toMatch(/^error Uncaught error in the main process: Error: menu exploded\n\s+at /);
    expect(lines[1]).toBe('error Unhandled promise rejection in the main process: no recent list');
    expect(boxes).toEqual([
      ['MLP Studio hit an unexpected error', 'menu exploded\n\nHelp › Show Log has the details for a bug report.'],
    ]);
  });
});

describe('createRateLimit', () => {
  it('allows the limit per window and reports the refusals when the next window starts', () => {
    let time = 0;
    const limit = createRateLimit(2, 100, () => time);
    expect([limit.take(), limit.take(), limit.take(), limit.take()].map((t) => t.allowed)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    time = 100;
    expect(limit.take()).toEqual({ allowed: true, refusedBefore: 2 });
  });
});
