import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES, serializeProject, createProject } from '../../src/project/index';
import { openedFileOf, readProjectText } from './read-project-file';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('reading a project file in the browser', () => {
  it('reads a UTF-8 project, emoji and all', async () => {
    const text = serializeProject(createProject({ meta: { title: 'Café 😀' } }));
    const opened = await openedFileOf(new File([text], 'cafe.mlp'), 'H');
    expect(opened).toEqual({ name: 'cafe.mlp', text, handle: 'H' });
  });

  it('refuses a Latin-1 file instead of turning its é into U+FFFD', async () => {
    const text = serializeProject(createProject({ meta: { title: 'Café' } }));
    const opened = await openedFileOf(new File([latin1(text)], 'cafe.mlp'), 'H');
    expect(opened.text).toBe('');
    expect(opened.handle).toBeNull();
    expect(opened.problem).toMatch(/^The file is not UTF-8 text: byte \d+ \(0xE9\)/);
  });

  it('refuses a 600 MB file for its size before reading a byte of it', async () => {
    const arrayBuffer = vi.fn();
    const huge = { name: 'huge.mlp', size: 600 * 1024 * 1024, arrayBuffer, text: arrayBuffer } as unknown as File;
    const opened = await openedFileOf(huge, null);
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(opened.problem).toContain('The file is 600.0 MB (629,145,600 bytes)');
    expect(opened.problem).toContain(`at most 50 MB (${MAX_FILE_BYTES.toLocaleString('en-US')} bytes)`);
  });

  it('throws the same errors for callers that want them thrown', async () => {
    await expect(readProjectText(new Blob([latin1('{"t":"é"}')]))).rejects.toThrow(/not UTF-8/);
  });
});
