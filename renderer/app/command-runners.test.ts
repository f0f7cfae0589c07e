import { describe, expect, it, vi } from 'vitest';
import { COMMAND_LIST } from '../../src/commands/index';
import { createEmptyProject } from '../../src/project/index';
import { controlById } from '../features/classroom/control-registry';
import { createAppStore } from '../store/app-store';
import { type CommandContext, COMMAND_RUNNERS, isCommandEnabled } from './command-runners';

describe('the renderer half of the commands', () => {
  it('has a runner for every command of the table and none for a command it does not know', () => {
    const ids = COMMAND_LIST.map((c) => c.id);
    expect(Object.keys(COMMAND_RUNNERS).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(typeof COMMAND_RUNNERS[id].run, id).toBe('function');
  });

  it('names only controls the Access panel lists, so every lock a command obeys can be set', () => {
    for (const spec of COMMAND_LIST) {
      if ('control' in spec) expect(controlById(spec.control), spec.id).toBeDefined();
    }
    const store = createAppStore(createEmptyProject());
    expect(controlById(COMMAND_RUNNERS.train.control!(store.getState()))?.name).toBe('Train');
    store.setState({ training: { ...store.getState().training, status: 'running' } });
    expect(controlById(COMMAND_RUNNERS.train.control!(store.getState()))?.name).toBe('Pause');
  });

  it('enables Undo after a change and Redo after an undo, and the steps only while no run is going', () => {
    const store = createAppStore(createEmptyProject());
    expect(isCommandEnabled('undo', store.getState())).toBe(false);
    store.getState().addNodeAt('input', { x: 0, y: 0 });
    expect(isCommandEnabled('undo', store.getState())).toBe(true);
    expect(isCommandEnabled('redo', store.getState())).toBe(false);
    store.getState().undo();
    expect(isCommandEnabled('redo', store.getState())).toBe(true);

    expect(isCommandEnabled('step', store.getState())).toBe(true);
    store.setState({ training: { ...store.getState().training, status: 'running' } });
    expect(isCommandEnabled('step', store.getState())).toBe(false);
    expect(isCommandEnabled('stepEpoch', store.getState())).toBe(false);
    expect(isCommandEnabled('train', store.getState())).toBe(true);
  });

  it('runs the store action a command names', () => {
    const store = createAppStore(createEmptyProject());
    store.getState().addNodeAt('input', { x: 0, y: 0 });
    const fit = vi.fn();
    const context = (): CommandContext => ({
      state: store.getState(),
      files: {} as CommandContext['files'],
      fit,
      canvasSize: () => ({ width: 800, height: 600 }),
      theme: 'light',
    });
    COMMAND_RUNNERS.selectAll.run(context());
    expect(store.getState().view.selection.nodeIds).toHaveLength(1);
    COMMAND_RUNNERS.delete.run(context());
    expect(store.getState().document.graph.nodes).toHaveLength(0);
    COMMAND_RUNNERS.undo.run(context());
    expect(store.getState().document.graph.nodes).toHaveLength(1);
    COMMAND_RUNNERS.toggleTheme.run(context());
    expect(store.getState().view.theme).toBe('dark');
    COMMAND_RUNNERS.zoomToFit.run(context());
    expect(fit).toHaveBeenCalledOnce();
  });
});
