import { describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../../src/project/index';
import { createAppStore } from '../../store/app-store';
import { projectFileOf } from '../files/project-file';
import { importTable } from './import-table';

const rows = (n: number, end = '\n') =>
  `x1,x2,label${end}${Array.from({ length: n }, (_, i) => `${i % 7},${i % 5},${i % 2}`).join(end)}${end}`;

describe('importing a CSV file', () => {
  it('reads a good table into a source and its dataset', async () => {
    const { source, dataset } = await importTable(new File([rows(40)], 'points.csv'), createAppStore().getState());
    expect(source).toMatchObject({ fileName: 'points.csv', targetColumn: 'label', targetKind: 'class' });
    expect(dataset.n).toBe(40);
  });

  it('refuses a file larger than a project file before reading it, naming size and limit', async () => {
    const arrayBuffer = vi.fn();
    const huge = { name: 'huge.csv', size: 64 * 1024 * 1024, arrayBuffer } as unknown as File;
    await expect(importTable(huge, createAppStore().getState())).rejects.toThrow(
      'the file is 64.0 MB (67,108,864 bytes); a project holds at most 50.0 MB (52,428,800 bytes), table included',
    );
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('refuses a Latin-1 file rather than changing its text', async () => {
    const latin1 = Uint8Array.from('a,label\ncaf\u00e9,1\n', (c) => c.charCodeAt(0));
    await expect(importTable(new File([latin1], 'menu.csv'), createAppStore().getState())).rejects.toThrow(
      /not UTF-8 text: byte 11 \(0xE9\)/,
    );
  });

  it('refuses a table that fits the limit as a file but not once escaped in the project', async () => {
    const text = rows(4000, '\r\n');
    const limit = text.length + 2000;
    const file = new File([text], 'crlf.csv');
    expect(file.size).toBeLessThan(limit);
    await expect(importTable(file, createAppStore().getState(), limit)).rejects.toThrow(
      /with this table the project would be .* once saved .*; a project holds at most/,
    );
  });

  it('measures the project exactly: accepted at its saved size, refused one byte below', async () => {
    const text = rows(300, '\r\n').replace('label', 'label "q"\u00e9😀').replace(/"/g, '');
    const state = createAppStore().getState();
    const { source } = await importTable(new File([text], 'exact.csv'), state);
    const saved = new Blob([
      serializeProject(
        projectFileOf({
          ...state,
          document: { ...state.document, data: { ...state.document.data, kind: 'csv', csv: source } },
        }),
      ),
    ]).size;
    await expect(importTable(new File([text], 'exact.csv'), state, saved)).resolves.toBeDefined();
    await expect(importTable(new File([text], 'exact.csv'), state, saved - 1)).rejects.toThrow(/would be/);
  });
});
