/**
 * Test support: runs the code cells of exported notebooks with python3, each in a fresh namespace
 * of one Python process, and returns what each left in `RESULT`. NumPy is required: without it the
 * run fails with the command that installs it, never skips.
 */
import { spawnSync } from 'node:child_process';

const RUNNER = [
  'import io, json, sys, contextlib, traceback',
  'try:',
  '    import numpy',
  'except ImportError:',
  "    sys.exit('NumPy is missing: the notebook agreement tests need it (apt-get install -y python3-numpy).')",
  'results = []',
  'for source in json.load(sys.stdin):',
  '    namespace = {}',
  '    printed = io.StringIO()',
  '    error = None',
  '    try:',
  '        with contextlib.redirect_stdout(printed):',
  "            exec(compile(source, 'notebook', 'exec'), namespace)",
  '    except Exception:',
  '        error = traceback.format_exc(limit=-3)',
  "    results.append({'result': namespace.get('RESULT'), 'printed': printed.getvalue(), 'error': error})",
  'print(json.dumps(results))',
].join('\n');

/** What one notebook left: its RESULT variable and everything it printed. */
export interface NotebookRun {
  result: unknown;
  printed: string;
  /** Python's traceback when the notebook raised, else null. */
  error: string | null;
}

/** Runs each source (a notebook's code cells joined) and returns its RESULT, output and error; throws when python3 cannot run. */
export function runNotebooks(sources: string[]): NotebookRun[] {
  const run = spawnSync('python3', ['-c', RUNNER], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, MPLBACKEND: 'Agg' },
  });
  if (run.error || run.status !== 0) {
    throw new Error(
      `python3 could not run the notebooks (${run.error?.message ?? run.stderr.trim()}). These tests need python3 ` +
        'with NumPy: apt-get install -y python3 python3-numpy.',
    );
  }
  return JSON.parse(run.stdout) as NotebookRun[];
}
