/** Whether a character leaves a line blank as papaparse plus trim() see it (ASCII controls, spaces and Unicode white space). */
function isBlank(code: number): boolean {
  if (code <= 32) return true;
  if (code < 128) return false;
  return /\s/.test(String.fromCharCode(code));
}

/**
 * Counts the non-blank records of a CSV text in one pass, without parsing it (`delimiter` and
 * `linebreak` as papaparse detected them on a preview): line breaks inside
 * quoted fields (a quote opens only at the start of a field, "" inside one is a quote) do not end
 * a record, and a line of nothing but white space is not one. Never counts more records than the
 * parser would find, so a table refused on this count is refused rightly, in a few milliseconds
 * per million lines instead of the seconds a full parse takes.
 */
export function countCsvRecords(text: string, delimiter: string, linebreak = '\n'): number {
  const separator = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  const breakCode = linebreak.charCodeAt(0);
  const twoUnitBreak = linebreak.length === 2;
  let records = 0;
  let inQuotes = false;
  let fieldStart = true;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inQuotes) {
      if (code !== 34) content ||= !isBlank(code);
      else if (text.charCodeAt(i + 1) === 34) {
        content = true;
        i++;
      } else inQuotes = false;
      continue;
    }
    if (code === breakCode && (!twoUnitBreak || text.charCodeAt(i + 1) === linebreak.charCodeAt(1))) {
      if (twoUnitBreak) i++;
      if (content) records++;
      content = false;
      fieldStart = true;
      continue;
    }
    if (code === 34 && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      continue;
    }
    fieldStart = code === separator;
    if (fieldStart || !isBlank(code)) content = true;
  }
  return content ? records + 1 : records;
}

/**
 * The text up to its `lines`-th line feed, at most `maxChars` long: what papaparse should be given
 * to preview a table, since it splits its whole input into lines before it stops at a preview
 * (a second or more per 10 M characters).
 */
export function leadingLines(text: string, lines: number, maxChars: number): string {
  let end = -1;
  for (let line = 0; line < lines; line++) {
    const next = text.indexOf('\n', end + 1);
    if (next < 0 || next >= maxChars) return text.slice(0, maxChars);
    end = next;
  }
  return text.slice(0, end + 1);
}
