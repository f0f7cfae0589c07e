/**
 * Project files named on a command line: the app's own launch, a second launch forwarded by the
 * single-instance lock, or a Linux file manager (which may pass file:// URLs).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isOpenableFile } from './files';

/**
 * The absolute paths of the .mlp files in `argv` (resolved against `cwd`); argv[0] (the program)
 * and switches (anything starting with '-', including Chromium's and macOS's -psn_) are skipped.
 */
export function projectPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  const paths: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    let candidate = arg;
    if (arg.startsWith('file://')) {
      try {
        candidate = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (!isOpenableFile(candidate)) continue;
    const absolute = path.resolve(cwd, candidate);
    if (!paths.includes(absolute)) paths.push(absolute);
  }
  return paths;
}
