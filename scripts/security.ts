#!/usr/bin/env tsx
/**
 * `npm run security`: runs @doyensec/electronegativity over what the desktop app ships — the
 * shell's sources in electron/ (tests and test doubles left out) together with the page and its
 * CSP (index.html) — with the installed Electron's version, and fails on any HIGH finding, on any
 * MEDIUM finding not justified in docs/security.md's scanner table, and on files the scanner
 * could not parse (it would silently skip their checks). Exit code 1 on failure.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { judgeFindings, parseJustifications, type Finding, type Severity } from './security-rules';

const require = createRequire(import.meta.url);
const root = path.join(import.meta.dirname, '..');

/** A finding as electronegativity's runner returns it. */
interface RawIssue {
  id: string;
  severity: { name: Severity };
  confidence: { name: string };
  file: string;
  location: { line: number };
  sample?: string;
}
type Runner = (options: object) => Promise<{
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable?: boolean }[];
  issues: RawIssue[];
}>;
const runElectronegativity = require('@doyensec/electronegativity/dist/runner.js') as Runner;

/**
 * Copies what ships into one folder, so the scanner judges the shell and the page together (CSP, navigation and
 * permission checks span both).
 */
function stageShippedSources(): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlp-security-'));
  const files = readdirSync(path.join(root, 'electron')).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'fake-electron.ts',
  );
  for (const f of files) cpSync(path.join(root, 'electron', f), path.join(dir, f));
  cpSync(path.join(root, 'index.html'), path.join(dir, 'index.html'));
  return { dir, files: [...files, 'index.html'] };
}

async function main(): Promise<void> {
  const electronVersion = (
    JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
  ).version;
  const { dir, files } = stageShippedSources();
  let result: Awaited<ReturnType<Runner>>;
  try {
    // The release-feed check needs the network; it is named below as not done.
    result = await runElectronegativity({
      input: dir,
      electronVersionOverride: electronVersion,
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      isRelative: true,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `electronegativity: ${result.atomicChecks + result.globalChecks} checks over ${files.length} files ` +
      `(electron/*.ts and index.html), Electron ${electronVersion}`,
  );

  const findings: Finding[] = result.issues.map((i) => ({
    check: i.id,
    severity: i.severity.name,
    confidence: i.confidence.name,
    file: i.file,
    line: i.location.line,
    sample: (i.sample ?? '').slice(0, 120),
  }));
  const justifications = parseJustifications(readFileSync(path.join(root, 'docs', 'security.md'), 'utf8'));
  const { failures, justified, stale } = judgeFindings(findings, justifications);
  const parseFailures = result.errors
    .filter((e) => !e.tolerable)
    .map(
      (e) =>
        `Could not parse ${e.file}: ${e.message}. Its checks did not run; make the file parseable for the scanner.`,
    );

  for (const line of justified) console.log(`✓ ${line}`);
  for (const f of findings.filter((f) => f.severity === 'LOW' || f.severity === 'INFORMATIONAL'))
    console.log(`· ${f.severity} ${f.check} at ${f.file}:${f.line} (not gated)`);
  for (const line of stale) console.log(`! ${line}`);
  for (const line of [...parseFailures, ...failures]) console.log(`✗ ${line}`);
  console.log(
    `Not checked here: whether Electron ${electronVersion} has newer security releases (the scanner's ` +
      `release-feed check needs the network); see https://releases.electronjs.org.`,
  );
  const failed = parseFailures.length + failures.length;
  console.log(
    failed === 0
      ? `security: passed (${findings.filter((f) => f.severity === 'HIGH').length} HIGH, ${justified.length} MEDIUM justified).`
      : `security: failed (${failed} problem(s) above).`,
  );
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
