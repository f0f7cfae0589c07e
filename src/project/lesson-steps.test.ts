import { describe, expect, it } from 'vitest';
import { lessonSteps, stepsFromNotes } from './lesson-steps';

describe('stepsFromNotes', () => {
  it('reads a numbered list as steps, continuation lines joined and other text left out', () => {
    const notes =
      'Before the list.\n\n1. Press Train\n   and watch.\n2) Open the gradient chart.\n\nAfter the list.\n10. Last one.';
    expect(stepsFromNotes(notes)).toEqual([
      { title: 'Step 1', text: 'Press Train and watch.' },
      { title: 'Step 2', text: 'Open the gradient chart.' },
      { title: 'Step 3', text: 'Last one.' },
    ]);
  });

  it('finds no steps in notes without a numbered list', () => {
    expect(stepsFromNotes('')).toEqual([]);
    expect(stepsFromNotes('Just a remark.\n- a bullet')).toEqual([]);
  });
});

describe('lessonSteps', () => {
  it('prefers the classroom steps and otherwise reads the notes, returning the same array for the same notes', () => {
    const classroom = { steps: [{ title: 'Look', text: 'At the boundary.' }] };
    expect(lessonSteps({ notes: '1. ignored', classroom })).toBe(classroom.steps);
    const a = lessonSteps({ notes: '1. one\n2. two', classroom: { steps: [] } });
    expect(a.map((s) => s.text)).toEqual(['one', 'two']);
    expect(lessonSteps({ notes: '1. one\n2. two' })).toBe(a);
  });
});
