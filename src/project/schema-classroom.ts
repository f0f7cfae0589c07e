import {
  CONTROL_ID_PATTERN,
  MAX_CLASSROOM_IDS,
  MAX_CLASSROOM_STEPS,
  MAX_CONTROL_ID,
  MAX_STEP_TEXT,
  MAX_STEP_TITLE,
} from './classroom';
import { flag, list, record, text, token } from './schema-fields';

const controlId = (field: string, need: string) =>
  token(
    field,
    MAX_CONTROL_ID,
    CONTROL_ID_PATTERN,
    'a control id of dot-separated words such as "training.learningRate"',
    need,
  );

/** A list of control ids without repeats; a repeat is named with its position so it can be removed. */
const idList = (field: string, need: string) =>
  list(controlId(`each ${field} entry`, need), MAX_CLASSROOM_IDS, `classroom.${field} ${need}`).superRefine(
    (ids, context) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id))
          context.addIssue({
            code: 'custom',
            path: [i],
            message: `"${id}" is listed twice in classroom.${field}. Remove the repeat.`,
          });
        seen.add(id);
      });
    },
  );

const stepSchema = record(
  {
    title: text('title', MAX_STEP_TITLE, 'a lesson step has a title (empty shows as "Step n")'),
    text: text('text', MAX_STEP_TEXT, "a lesson step's text is plain Markdown-lite"),
    focus: controlId('focus', 'a step may ring one control, named by its id').optional(),
  },
  'each lesson step is an object',
);

/** The optional `classroom` block: locked and hidden control ids, lesson steps, and whether the file opens in the student view. */
export const classroomSchema = record(
  {
    locked: idList('locked', 'lists the controls students see but cannot change'),
    hidden: idList('hidden', 'lists the controls students do not see'),
    steps: list(stepSchema, MAX_CLASSROOM_STEPS, 'classroom.steps lists the steps of the lesson'),
    openInStudentView: flag(
      'openInStudentView',
      'openInStudentView says whether the project opens with the restrictions applied',
    ),
  },
  "classroom holds the instructor's locks, hidden controls and lesson steps",
);
