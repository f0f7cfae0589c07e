/** Paths to the files in e2e/fixtures/ (sample projects and tables, broken ones included). */
import { join } from 'node:path';

/** The directory of the fixture files. */
export const FIXTURES_DIR = join(process.cwd(), 'e2e', 'fixtures');

/** The absolute path of a fixture file. */
export function fixturePath(name: string): string {
  return join(FIXTURES_DIR, name);
}
