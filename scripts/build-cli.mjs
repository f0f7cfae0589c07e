#!/usr/bin/env node
// Bundles the headless CLI into dist/cli/ (mlp.mjs with every package it needs, and wasm/); see
// scripts/cli-bundle.mjs. bin/mlp.mjs runs it, and the desktop package ships it as resources/cli.
import { buildCli } from './cli-bundle.mjs';

await buildCli('dist/cli');
