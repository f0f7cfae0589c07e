/**
 * Runs a short Python program and returns what it printed; python3 (with numpy) is a required test tool here, so its
 * absence fails loudly.
 */
import { spawnSync } from 'node:child_process';

/** Runs `source` with python3 and returns its stdout; throws with Python's error output when it fails. */
export function runPython(source: string): string {
  const run = spawnSync('python3', ['-'], { input: source, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status !== 0) {
    throw new Error(
      `python3 failed (${run.error?.message ?? run.stderr.trim()}). These tests need python3 with numpy: apt-get ` +
        `install -y python3 python3-numpy.`,
    );
  }
  return run.stdout;
}
