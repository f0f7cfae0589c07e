import { describe, expect, it } from 'vitest';
import { createProject } from './create';
import { MAX_FILE_BYTES, MAX_LENGTH } from './limits';
import { parseProject } from './parse';
import { serializeProject } from './serialize';
import { titleFromFileName, serializeForWrite } from './write-check';

describe('serializeForWrite', () => {
  it('returns the same text serializeProject writes for a valid project', () => {
    const file = createProject({ meta: { title: 'Moons' } });
    const result = serializeForWrite(file);
    expect(result).toEqual({ ok: true, text: serializeProject(file) });
  });

  it('refuses a title over the format limit, naming the field, instead of returning text', () => {
    const file = createProject({ meta: { title: 'x'.repeat(MAX_LENGTH.title + 40) } });
    const result = serializeForWrite(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.path).toBe('meta.title');
    expect(result.message).toContain('cannot open again');
    expect(result.message).toContain('meta.title');
  });

  it('refuses a project whose text would pass the file size limit', () => {
    const base = createProject();
    // Each CRLF escapes to four bytes, so 14 M of them make a 56 MB file from a 28 M-character table.
    const text = `a,b\r\n${'\r\n'.repeat(14_000_000)}`;
    const file = {
      ...base,
      data: {
        ...base.data,
        kind: 'csv' as const,
        csv: { fileName: 't.csv', text, targetColumn: 'b', targetKind: 'class' as const },
      },
    };
    const result = serializeForWrite(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(`${MAX_FILE_BYTES.toLocaleString('en-US')} bytes`);
  });

  it('reports a value JSON cannot hold (NaN) as an error value rather than throwing', () => {
    const base = createProject();
    const file = {
      ...base,
      training: { ...base.training, optimizer: { ...base.training.optimizer, learningRate: Number.NaN } },
    };
    const result = serializeForWrite(file);
    expect(result.ok).toBe(false);
  });
});

describe('titleFromFileName', () => {
  it('drops the .mlp extension', () => {
    expect(titleFromFileName('Two moons.mlp')).toBe('Two moons');
  });

  it('cuts a 240-character file name to a title the format accepts', () => {
    const title = titleFromFileName(`${'n'.repeat(240)}.mlp`);
    expect(title.length).toBe(MAX_LENGTH.title);
    expect(title.endsWith('…')).toBe(true);
    expect(parseProject(serializeProject(createProject({ meta: { title } }))).meta.title).toBe(title);
  });

  it('never cuts an emoji in half', () => {
    const title = titleFromFileName('😀'.repeat(150));
    expect(title.length).toBeLessThanOrEqual(MAX_LENGTH.title);
    expect(title).toBe(`${'😀'.repeat(99)}…`);
  });
});
