import { describe, expect, it } from 'vitest';
import { CONTROL_ID_PATTERN, emptyClassroom } from '../../../src/project/classroom';
import { CONTROLS, controlById, unknownControlIds } from './control-registry';

describe('the control registry', () => {
  it('gives every control a unique id of the form files accept, and a name', () => {
    const ids = CONTROLS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CONTROLS) {
      expect(c.id).toMatch(CONTROL_ID_PATTERN);
      expect(c.name.length).toBeGreaterThan(0);
    }
  });

  it('covers the areas the classroom locks: palette kinds, inspector fields, training, dataset, toolbar, views', () => {
    for (const id of [
      'palette.dropout',
      'node.dense.units',
      'node.activation.activation',
      'training.loss',
      'training.learningRate',
      'training.batchSize',
      'training.epochs',
      'training.seed',
      'dataset.kind',
      'dataset.noise',
      'toolbar.new',
      'toolbar.open',
      'toolbar.presets',
      'toolbar.reset',
      'toolbar.autoLayout',
      'edit.delete',
      'dock.gradients',
      'graph.structure',
    ]) {
      expect(controlById(id), id).toBeDefined();
    }
  });

  it('reports the ids a file names that it does not know, once each, from locks, hidden controls and step focus', () => {
    const classroom = {
      ...emptyClassroom(),
      locked: ['training.learningRate', 'future.slider'],
      hidden: ['future.slider', 'palette.dropout'],
      steps: [
        { title: 'a', text: '', focus: 'future.panel' },
        { title: 'b', text: '', focus: 'toolbar.train' },
      ],
    };
    expect(unknownControlIds(classroom)).toEqual(['future.slider', 'future.panel']);
    expect(unknownControlIds(undefined)).toEqual([]);
  });

  it('keeps the toolbar ids files already name, the commands’ taken from the command table', () => {
    const toolbar = CONTROLS.filter((c) => c.group === 'Toolbar');
    expect(toolbar.map((c) => c.id.replace('toolbar.', '')).sort()).toEqual(
      [
        'new',
        'open',
        'save',
        'saveAs',
        'export',
        'undo',
        'redo',
        'presets',
        'autoLayout',
        'fit',
        'train',
        'pause',
        'step',
        'stepEpoch',
        'reset',
        'backend',
        'keepTrainedState',
        'speed',
      ].sort(),
    );
    expect(controlById('toolbar.open')?.name).toBe('Open');
    expect(controlById('toolbar.fit')?.name).toBe('Zoom to fit');
    expect(controlById('toolbar.train')?.name).toBe('Train');
  });
});
