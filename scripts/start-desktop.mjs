#!/usr/bin/env node
// Starts the built desktop app. Electron's own package downloads its binary on first use; where
// that cannot happen (no internet) this says so in one message and names the way on.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let electron;
try {
  electron = require('electron');
} catch (error) {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(
    `MLP Studio could not start as a desktop app: the Electron binary is not installed (${reason}).\n` +
      'It is downloaded once, over the internet, on the first start. Without it, run `npm run web` and open the ' +
      'address it prints: the same app in your browser.\n' +
      'To try the download again: delete node_modules/electron and run `npm install`, online.',
  );
  process.exit(1);
}
const result = spawnSync(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
