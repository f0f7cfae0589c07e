import { describe, expect, it } from 'vitest';
import { createProject, parseProject } from '../../../src/project/index';
import { createAppStore } from '../../store/app-store';
import { displayName, projectFileOf, projectTextOf, withMlpExtension } from './project-file';

describe('project file names', () => {
  it('adds .mlp when missing and keeps it when present', () => {
    expect(withMlpExtension('net')).toBe('net.mlp');
    expect(withMlpExtension('net.MLP')).toBe('net.MLP');
    expect(withMlpExtension('  ')).toBe('Untitled.mlp');
    expect(displayName('net.mlp')).toBe('net');
  });
});

describe('project file contents', () => {
  it('keeps the metadata it was opened with and stamps the modification time', () => {
    const file = createProject({ meta: { title: 'XOR demo', created: '2020-01-01T00:00:00.000Z' } });
    const store = createAppStore(file, 'xor.mlp');
    const now = new Date('2026-03-04T05:06:07.000Z');
    const out = projectFileOf(store.getState(), now);
    expect(out.meta).toEqual({ ...file.meta, modified: now.toISOString() });
    expect(out.graph).toBe(store.getState().document.graph);
  });

  it('writes text that parses back to the document', () => {
    const store = createAppStore();
    store.getState().setNotes('Try a deeper sigmoid net.');
    const reread = parseProject(projectTextOf(store.getState()));
    expect(reread.notes).toBe('Try a deeper sigmoid net.');
    expect(reread.graph).toEqual(store.getState().document.graph);
    expect(reread.data).toEqual(store.getState().document.data);
  });
});
