import { describe, expect, it } from 'vitest';
import { emptyClassroom, hasClassroomContent, MAX_CLASSROOM_IDS, type Classroom } from './classroom';
import { createProject, toDocument } from './create';
import { ProjectFormatError } from './errors';
import { parseProject } from './parse';
import { serializeProject } from './serialize';
import { FIXED_TIME } from './test-fixtures';

const lesson: Classroom = {
  locked: ['training.learningRate', 'graph.structure'],
  hidden: ['palette.dropout', 'some.future.control'],
  steps: [
    {
      title: 'Press Train',
      text: 'Watch the **loss** fall.\n\n- the boundary bends\n- the gradients shrink',
      focus: 'toolbar.train',
    },
    { title: 'Compare', text: 'What changed?' },
  ],
  openInStudentView: true,
};

const withClassroom = (classroom: unknown) => {
  const file = JSON.parse(serializeProject(createProject({ meta: { created: FIXED_TIME, modified: FIXED_TIME } })));
  return JSON.stringify({ ...file, classroom });
};

function refusal(text: string): ProjectFormatError {
  try {
    parseProject(text);
  } catch (error) {
    if (error instanceof ProjectFormatError) return error;
    throw error;
  }
  throw new Error('parseProject accepted the file');
}

describe('the classroom block', () => {
  it('round-trips exactly, unknown control ids included', () => {
    const file = createProject({ meta: { created: FIXED_TIME, modified: FIXED_TIME }, classroom: lesson });
    const reopened = parseProject(serializeProject(file));
    expect(reopened.classroom).toEqual(lesson);
    expect(toDocument(reopened).classroom).toEqual(lesson);
  });

  it('is absent from files that never had one, which open unchanged', () => {
    const plain = createProject({ meta: { created: FIXED_TIME, modified: FIXED_TIME } });
    const text = serializeProject(plain);
    expect(text).not.toContain('classroom');
    expect(parseProject(text)).toEqual(plain);
    expect('classroom' in toDocument(plain)).toBe(false);
  });

  it('refuses a malformed control id, naming the path, the value and the form it must take', () => {
    const error = refusal(withClassroom({ ...lesson, locked: ['training.learningRate', 'bad id!'] }));
    expect(error.path).toBe('classroom.locked[1]');
    expect(error.message).toContain('"bad id!"');
    expect(error.message).toContain('dot-separated words');
  });

  it('refuses a repeated id and says to remove the repeat', () => {
    const error = refusal(withClassroom({ ...lesson, hidden: ['palette.dropout', 'palette.dropout'] }));
    expect(error.path).toBe('classroom.hidden[1]');
    expect(error.message).toContain('listed twice');
  });

  it('refuses a step whose title is not text, and an unknown field', () => {
    expect(refusal(withClassroom({ ...lesson, steps: [{ title: 3, text: 'x' }] })).path).toBe(
      'classroom.steps[0].title',
    );
    const error = refusal(withClassroom({ ...lesson, teacher: 'me' }));
    expect(error.path).toBe('classroom.teacher');
    expect(error.message).toContain('not a field');
  });

  it('refuses a non-boolean openInStudentView and more ids than the limit', () => {
    expect(refusal(withClassroom({ ...lesson, openInStudentView: 'yes' })).message).toContain(
      'Set openInStudentView to true or false',
    );
    const many = Array.from({ length: MAX_CLASSROOM_IDS + 1 }, (_, i) => `node.dense.x${i}`);
    expect(refusal(withClassroom({ ...lesson, locked: many })).path).toBe('classroom.locked');
  });

  it('counts as content only when something is locked, hidden or written', () => {
    expect(hasClassroomContent(undefined)).toBe(false);
    expect(hasClassroomContent(emptyClassroom())).toBe(false);
    expect(hasClassroomContent({ ...emptyClassroom(), steps: lesson.steps })).toBe(true);
    expect(hasClassroomContent({ ...emptyClassroom(), hidden: ['palette.dropout'] })).toBe(true);
  });
});
