import { describe, expect, it } from 'vitest';
import { type Classroom, emptyClassroom } from '../../src/project/classroom';
import {
  addNodesRefusal,
  controlAccess,
  setAccessOf,
  STRUCTURE_CONTROL,
  structureRefusal,
  withControlAccess,
} from './classroom-access';

const lesson: Classroom = {
  ...emptyClassroom(),
  locked: ['training.learningRate', 'palette.dense'],
  hidden: ['palette.dropout', 'training.learningRate'],
};
const title = (kind: string) => kind.toUpperCase();

describe('control access', () => {
  it('opens everything without a classroom block or in instructor mode', () => {
    expect(controlAccess(undefined, false, 'training.learningRate')).toBe('open');
    for (const id of ['training.learningRate', 'palette.dropout', 'palette.dense'])
      expect(controlAccess(lesson, true, id)).toBe('open');
  });

  it('hides before it locks, and leaves unlisted controls open', () => {
    expect(controlAccess(lesson, false, 'palette.dropout')).toBe('hidden');
    expect(controlAccess(lesson, false, 'training.learningRate')).toBe('hidden');
    expect(controlAccess(lesson, false, 'palette.dense')).toBe('locked');
    expect(controlAccess(lesson, false, 'training.epochs')).toBe('open');
  });

  it('locks every palette entry, but no parameter, when the structure is locked', () => {
    const structure = { ...emptyClassroom(), locked: [STRUCTURE_CONTROL], hidden: ['palette.add'] };
    expect(controlAccess(structure, false, 'palette.activation')).toBe('locked');
    expect(controlAccess(structure, false, 'palette.add')).toBe('hidden');
    expect(controlAccess(structure, false, 'node.dense.units')).toBe('open');
    expect(structureRefusal(structure, false)).toMatch(/Locked by the instructor: the network's structure/);
    expect(structureRefusal(structure, true)).toBeNull();
  });

  it('refuses adding locked or hidden kinds, naming each kind once', () => {
    expect(addNodesRefusal(lesson, false, ['input', 'activation'], title)).toBeNull();
    expect(addNodesRefusal(lesson, false, ['dense', 'dropout', 'dense'], title)).toBe(
      'Locked by the instructor: DENSE, DROPOUT nodes cannot be added in this lesson.',
    );
    expect(addNodesRefusal(lesson, true, ['dense', 'dropout'], title)).toBeNull();
  });

  it('sets one control at a time, moving it between the lists and keeping the others', () => {
    let c = withControlAccess(undefined, 'training.seed', 'locked');
    expect(c.locked).toEqual(['training.seed']);
    c = withControlAccess(c, 'dataset.noise', 'hidden');
    c = withControlAccess(c, 'training.seed', 'hidden');
    expect(c).toMatchObject({ locked: [], hidden: ['dataset.noise', 'training.seed'] });
    expect(setAccessOf(c, 'training.seed')).toBe('hidden');
    c = withControlAccess(c, 'training.seed', 'open');
    expect(c.hidden).toEqual(['dataset.noise']);
    expect(setAccessOf(c, 'training.seed')).toBe('open');
  });
});
