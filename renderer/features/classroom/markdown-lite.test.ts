import { describe, expect, it } from 'vitest';
import { parseMarkdownLite, parseSpans } from './markdown-lite';

describe('Markdown-lite', () => {
  it('splits bold runs and leaves an unpaired marker as written', () => {
    expect(parseSpans('the **loss** falls **fast**')).toEqual([
      { text: 'the ', bold: false },
      { text: 'loss', bold: true },
      { text: ' falls ', bold: false },
      { text: 'fast', bold: true },
    ]);
    expect(parseSpans('2 ** 3')).toEqual([{ text: '2 ** 3', bold: false }]);
  });

  it('joins the lines of a paragraph, separates paragraphs at blank lines and groups list items', () => {
    const text = 'Press Train\nand wait.\r\n\r\n- bullet one\n* bullet **two**\n1. first\n2) second\nAfter.';
    expect(parseMarkdownLite(text)).toEqual([
      { type: 'paragraph', spans: [{ text: 'Press Train and wait.', bold: false }] },
      {
        type: 'list',
        ordered: false,
        items: [
          [{ text: 'bullet one', bold: false }],
          [
            { text: 'bullet ', bold: false },
            { text: 'two', bold: true },
          ],
        ],
      },
      { type: 'list', ordered: true, items: [[{ text: 'first', bold: false }], [{ text: 'second', bold: false }]] },
      { type: 'paragraph', spans: [{ text: 'After.', bold: false }] },
    ]);
  });

  it('keeps markup characters as text', () => {
    expect(parseMarkdownLite('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'paragraph', spans: [{ text: '<img src=x onerror=alert(1)>', bold: false }] },
    ]);
    expect(parseMarkdownLite('\n\n')).toEqual([]);
  });
});
