import { describe, expect, it } from 'vitest';
import { createProject, serializeProject } from '../../src/project/light';
import { loadedProjectFormat, loadProjectFormat } from './project-format';

describe('the project checks, loaded on first use', () => {
  it('are absent until asked for, then the same module for every caller', async () => {
    expect(loadedProjectFormat()).toBeNull();
    const [first, second] = await Promise.all([loadProjectFormat(), loadProjectFormat()]);
    expect(first).toBe(second);
    expect(loadedProjectFormat()).toBe(first);
    expect(await loadProjectFormat()).toBe(first);
  });

  it('read a project as a file is read', async () => {
    const { parseProject } = await loadProjectFormat();
    const project = createProject();
    expect(parseProject(serializeProject(project)).graph).toEqual(project.graph);
    expect(() => parseProject('{ nope')).toThrow(/JSON/);
  });
});
