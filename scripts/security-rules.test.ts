import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeFindings, parseJustifications, type Finding } from './security-rules';

const finding = (over: Partial<Finding>): Finding => ({
  check: 'PRELOAD_JS_CHECK',
  severity: 'MEDIUM',
  confidence: 'FIRM',
  file: 'window.ts',
  line: 29,
  sample: 'preload: preloadPath,',
  ...over,
});

const doc = `
Some prose | with a pipe.

| Check | File | Why it is acceptable |
|---|---|---|
| \`PRELOAD_JS_CHECK\` | \`window.ts\` | The preload is our own bundle and exposes task verbs only. |
| OPEN_EXTERNAL_JS_CHECK | * | Every call is behind the https-only check in the same function. |
| AUXCLICK_JS_CHECK | main.ts | ok |
`;

describe('parseJustifications', () => {
  it('reads the rows whose first cell is a check name, without backticks, and skips other tables and prose', () => {
    expect(parseJustifications(doc)).toEqual([
      {
        check: 'PRELOAD_JS_CHECK',
        file: 'window.ts',
        why: 'The preload is our own bundle and exposes task verbs only.',
      },
      {
        check: 'OPEN_EXTERNAL_JS_CHECK',
        file: '*',
        why: 'Every call is behind the https-only check in the same function.',
      },
      { check: 'AUXCLICK_JS_CHECK', file: 'main.ts', why: 'ok' },
    ]);
  });

  it("finds a justification for each MEDIUM finding the project's own docs/security.md must cover today", () => {
    const rows = parseJustifications(readFileSync(path.join(import.meta.dirname, '..', 'docs', 'security.md'), 'utf8'));
    expect(rows.map((r) => r.check)).toEqual(expect.arrayContaining(['OPEN_EXTERNAL_JS_CHECK', 'PRELOAD_JS_CHECK']));
  });
});

describe('judgeFindings', () => {
  const rows = parseJustifications(doc);

  it('passes justified MEDIUM findings, matching the file or any file', () => {
    const verdict = judgeFindings(
      [finding({}), finding({ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'open-external.ts' })],
      rows,
    );
    expect(verdict.failures).toEqual([]);
    expect(verdict.justified).toHaveLength(2);
  });

  it('fails every HIGH finding even when a row claims to justify it', () => {
    const verdict = judgeFindings([finding({ severity: 'HIGH' })], rows);
    expect(verdict.failures).toEqual([
      expect.stringMatching(/^HIGH PRELOAD_JS_CHECK at window\.ts:29 .*cannot be justified/),
    ]);
  });

  it('fails a MEDIUM finding with no row, or a row for another file, and says which row to add', () => {
    const verdict = judgeFindings([finding({ file: 'main-window.ts' }), finding({ check: 'SANDBOX_JS_CHECK' })], rows);
    expect(verdict.failures).toEqual([
      expect.stringContaining('| PRELOAD_JS_CHECK | main-window.ts | why it is acceptable |'),
      expect.stringContaining('| SANDBOX_JS_CHECK | window.ts |'),
    ]);
  });

  it('refuses a reason too short to be one', () => {
    const verdict = judgeFindings([finding({ check: 'AUXCLICK_JS_CHECK', file: 'main.ts' })], rows);
    expect(verdict.failures).toEqual([expect.stringMatching(/\("ok"\) is too short/)]);
  });

  it('does not gate LOW findings, and names rows no finding uses any more', () => {
    const verdict = judgeFindings([finding({ severity: 'LOW', check: 'CSP_GLOBAL_CHECK', file: 'index.html' })], rows);
    expect(verdict.failures).toEqual([]);
    expect(verdict.stale).toHaveLength(3);
  });
});
