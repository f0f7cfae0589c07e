/**
 * The pure rules of `npm run security`: which electronegativity findings fail the gate (every
 * HIGH, and every MEDIUM that docs/security.md does not justify), and how the justifications are
 * read from that document's table. Unit-tested in security-rules.test.ts.
 */

/** Severities electronegativity reports, lowest first. */
export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';

/** One finding, reduced to what the gate needs. */
export interface Finding {
  check: string;
  severity: Severity;
  confidence: string;
  /** The file as scanned, relative to the scanned folder ('N/A' for whole-app findings). */
  file: string;
  line: number;
  sample: string;
}

/** One row of the justification table: a check, the file it applies to ('*' for any) and why the finding is acceptable. */
export interface Justification {
  check: string;
  file: string;
  why: string;
}

/** Shortest reason accepted: a justification has to say something. */
const MIN_REASON_LENGTH = 20;

const cell = (text: string) =>
  text
    .trim()
    .replace(/^`(.*)`$/, '$1')
    .trim();

/**
 * Reads the justification rows from markdown: table rows whose first cell is a check name (`SOME_CHECK`), then the
 * file, then the reason.
 */
export function parseJustifications(markdown: string): Justification[] {
  const rows: Justification[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|');
    if (cells.length < 3) continue;
    const check = cell(cells[0]);
    if (!/^[A-Z0-9_]+_CHECK$/.test(check)) continue;
    rows.push({ check, file: cell(cells[1]), why: cells.slice(2).join('|').trim() });
  }
  return rows;
}

/** The justification covering `finding`, if any: same check, and the same file or '*'. */
export function justificationFor(
  finding: Finding,
  justifications: readonly Justification[],
): Justification | undefined {
  return justifications.find((j) => j.check === finding.check && (j.file === '*' || j.file === finding.file));
}

/**
 * The gate's verdict: failures (HIGH findings, unjustified MEDIUM ones, justifications too short to be one), the
 * justified findings, and stale rows.
 */
export function judgeFindings(findings: readonly Finding[], justifications: readonly Justification[]) {
  const failures: string[] = [];
  const justified: string[] = [];
  const where = (f: Finding) => `${f.file}${f.line > 0 ? `:${f.line}` : ''}`;
  for (const f of findings) {
    if (f.severity === 'HIGH') {
      failures.push(
        `HIGH ${f.check} at ${where(f)} (${f.confidence}): fix it; HIGH findings cannot be justified ` +
          `away.${f.sample ? ` Code: ${f.sample}` : ''}`,
      );
      continue;
    }
    if (f.severity !== 'MEDIUM') continue;
    const j = justificationFor(f, justifications);
    if (!j)
      failures.push(
        `MEDIUM ${f.check} at ${where(f)} is not justified: fix it, or add a row "| ${f.check} | ${f.file} | why ` +
          `it is acceptable |" to the scanner table in docs/security.md.`,
      );
    else if (j.why.length < MIN_REASON_LENGTH)
      failures.push(
        `MEDIUM ${f.check} at ${where(f)}: the reason in docs/security.md ("${j.why}") is too short to justify ` +
          `anything; say why it is acceptable.`,
      );
    else justified.push(`MEDIUM ${f.check} at ${where(f)} — justified in docs/security.md`);
  }
  const stale = justifications
    .filter((j) => !findings.some((f) => f.check === j.check && (j.file === '*' || j.file === f.file)))
    .map(
      (j) =>
        `docs/security.md justifies ${j.check} in ${j.file}, which the scanner no longer reports; remove the row if the code changed.`,
    );
  return { failures, justified, stale };
}
