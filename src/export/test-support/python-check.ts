/**
 * Runs Python's own parser over generated scripts. python3 is a required tool of this project's
 * test machines and CI: when it is missing the check throws (the test fails, saying so) rather
 * than skipping, so a missing checker can never pass as a checked script.
 */
import { spawnSync } from 'node:child_process';

const PARSER = [
  'import ast, json, sys',
  'sources = json.load(sys.stdin)',
  'problems = []',
  'for i, source in enumerate(sources):',
  '    try:',
  '        ast.parse(source)',
  '    except SyntaxError as error:',
  '        problems.append(f"script {i}, line {error.lineno}: {error.msg}: {(error.text or \'\').strip()}")',
  'print(json.dumps(problems))',
].join('\n');

/** The syntax errors Python finds in each of `sources` (empty when every one parses). */
export function pythonSyntaxErrors(sources: string[]): string[] {
  const run = spawnSync('python3', ['-c', PARSER], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error || run.status !== 0) {
    throw new Error(
      `python3 could not check the generated scripts (${run.error?.message ?? run.stderr.trim()}). ` +
        'python3 is required to run these tests: install it (apt-get install -y python3) and run them again.',
    );
  }
  return JSON.parse(run.stdout) as string[];
}
