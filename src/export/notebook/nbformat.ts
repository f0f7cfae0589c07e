/** Jupyter notebooks in nbformat 4.5: markdown and code cells with ids, the Python 3 kernel, and the JSON text. */

/** A cell as nbformat 4.5 stores it (source as a list of lines, each but the last ending in a newline). */
export interface NotebookCell {
  id: string;
  cell_type: 'markdown' | 'code';
  metadata: Record<string, never>;
  source: string[];
  outputs?: [];
  execution_count?: null;
}

/** A cell before it is numbered: its kind and its text. */
export interface CellDraft {
  kind: 'markdown' | 'code';
  text: string;
}

/** A markdown cell from lines. */
export function markdown(...lines: string[]): CellDraft {
  return { kind: 'markdown', text: lines.join('\n') };
}

/** A code cell from lines. */
export function code(...lines: string[]): CellDraft {
  return { kind: 'code', text: lines.join('\n') };
}

function sourceLines(text: string): string[] {
  const lines = text.replace(/\n+$/, '').split('\n');
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\n` : line));
}

/** The cells numbered with ids unique in the notebook (nbformat 4.5 requires them: 1-64 of [a-zA-Z0-9-_]). */
export function numberCells(drafts: readonly CellDraft[], prefix: string): NotebookCell[] {
  return drafts.map((draft, i) => {
    const id = `${prefix}-${String(i + 1).padStart(2, '0')}`;
    if (draft.kind === 'markdown') return { id, cell_type: 'markdown', metadata: {}, source: sourceLines(draft.text) };
    return {
      id,
      cell_type: 'code',
      metadata: {},
      source: sourceLines(draft.text),
      outputs: [],
      execution_count: null,
    };
  });
}

/** The whole notebook as JSON text (one space of indent, as Jupyter writes it, and a final newline). */
export function notebookText(cells: NotebookCell[], metadata: Record<string, unknown>): string {
  const notebook = {
    cells,
    metadata: {
      kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
      language_info: { name: 'python', version: '3' },
      ...metadata,
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
}

/** The code of every code cell, in order, joined into one script (what running the notebook top to bottom runs). */
export function codeOf(cells: readonly NotebookCell[]): string {
  return cells
    .filter((c) => c.cell_type === 'code')
    .map((c) => c.source.join(''))
    .join('\n\n');
}

/** The cells as one readable text in the percent format editors understand (`# %%` before code, `# %% [markdown]` before text). */
export function previewOf(cells: readonly NotebookCell[]): string {
  return cells
    .map((c) => {
      const text = c.source.join('');
      if (c.cell_type === 'code') return `# %%\n${text}`;
      return `# %% [markdown]\n${text
        .split('\n')
        .map((line) => (line ? `# ${line}` : '#'))
        .join('\n')}`;
    })
    .join('\n\n');
}
