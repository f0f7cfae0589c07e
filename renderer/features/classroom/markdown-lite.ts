/**
 * The small Markdown a lesson step is written in: paragraphs separated by blank lines, **bold**,
 * and lists of lines starting "- ", "* " or "1. ". Parsed into plain data that React renders as
 * elements, so a step's text can never inject markup.
 */

/** A run of text, bold or not. */
export interface Span {
  text: string;
  bold: boolean;
}

/** A block of a step: a paragraph (its lines joined by spaces) or a list of items. */
export type Block = { type: 'paragraph'; spans: Span[] } | { type: 'list'; ordered: boolean; items: Span[][] };

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** Splits a line at each pair of ** markers; an unpaired ** stays as written. */
export function parseSpans(line: string): Span[] {
  const spans: Span[] = [];
  let rest = line;
  for (;;) {
    const open = rest.indexOf('**');
    const close = open < 0 ? -1 : rest.indexOf('**', open + 2);
    if (close < 0) break;
    if (open > 0) spans.push({ text: rest.slice(0, open), bold: false });
    if (close > open + 2) spans.push({ text: rest.slice(open + 2, close), bold: true });
    rest = rest.slice(close + 2);
  }
  if (rest !== '') spans.push({ text: rest, bold: false });
  return spans;
}

/** Parses a step's text into paragraphs and lists. */
export function parseMarkdownLite(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', spans: parseSpans(paragraph.join(' ')) });
    paragraph = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const item = BULLET.exec(raw) ?? NUMBERED.exec(raw);
    if (line === '') {
      endParagraph();
    } else if (item) {
      endParagraph();
      const ordered = !BULLET.test(raw);
      const last = blocks[blocks.length - 1];
      if (last?.type === 'list' && last.ordered === ordered) last.items.push(parseSpans(item[1]));
      else blocks.push({ type: 'list', ordered, items: [parseSpans(item[1])] });
    } else {
      paragraph.push(line);
    }
  }
  endParagraph();
  return blocks;
}
