#!/usr/bin/env node
// Builds the web renderer and runs the Playwright specs against it in Debian Chromium.
import { spawnSync } from 'node:child_process';

const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.config.ts'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const args = ['playwright', 'test', '--reporter=list,json', ...process.argv.slice(2)];
const result = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
