import { withShortcut } from '../../app/commands';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { useState } from 'react';
import { emptyClassroom, hasClassroomContent } from '../../../src/project/light';
import { useAppStore } from '../../store/use-app-store';
import { CheckboxField } from '../../ui/CheckboxField';
import { Section } from '../../ui/Section';
import { StepsPanel } from './StepsPanel';
import { setShareDialog } from '../share/dialog-state';
import { SHARE_TIPS } from '../share/share-tips';
import { lazyComponent } from '../../ui/lazy-component';
import './classroom.css';

// The instructor's editors load when instructor mode is first turned on; students never need them.
const AccessPanel = lazyComponent(() => import('./AccessPanel').then((m) => m.AccessPanel));
const StepsEditor = lazyComponent(() => import('./StepsEditor').then((m) => m.StepsEditor));

/** The instructor's editors: what students may change or see (Access) and the lesson (Steps), with an honest word on what this is. */
function InstructorPanel() {
  const classroom = useAppStore((s) => s.document.classroom);
  const setClassroom = useAppStore((s) => s.setClassroom);
  const setInstructorMode = useAppStore((s) => s.setInstructorMode);
  const [tab, setTab] = useState<'access' | 'steps'>('access');
  const preview = (
    <>
      <button
        type="button"
        className="button button--small"
        data-testid="classroom-copy-link"
        {...tip(withShortcut(SHARE_TIPS.copyLink, 'copyLink'))}
        onClick={() => setShareDialog('link')}
      >
        Copy link
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="btn-student-preview"
        {...tip(TIPS['classroom.studentPreview'])}
        onClick={() => setInstructorMode(false)}
      >
        Student view
      </button>
    </>
  );
  return (
    <Section title="Instructor mode" testId="classroom-panel" actions={preview}>
      <p className="hint classroom__notice" data-testid="instructor-notice">
        Everything is usable while you prepare. Students get your locks, hidden controls and steps when the file opens.{' '}
        <strong>A guide, not a lock:</strong> anyone can switch instructor mode back on (Help menu or Ctrl+Shift+E).
      </p>
      {hasClassroomContent(classroom) && (
        <CheckboxField
          label="Open this file in the student view"
          testId="classroom-open-student"
          checked={classroom.openInStudentView}
          help={TIPS['classroom.openInStudentView']}
          onChange={(openInStudentView) => setClassroom({ ...(classroom ?? emptyClassroom()), openInStudentView })}
        />
      )}
      <div className="classroom__tabs" role="tablist" aria-label="Instructor editors">
        <button
          type="button"
          role="tab"
          className="dock__tab"
          aria-selected={tab === 'access'}
          data-testid="classroom-tab-access"
          {...tip(TIPS['classroom.accessTab'])}
          onClick={() => setTab('access')}
        >
          Access
        </button>
        <button
          type="button"
          role="tab"
          className="dock__tab"
          aria-selected={tab === 'steps'}
          data-testid="classroom-tab-steps"
          {...tip(TIPS['classroom.stepsTab'])}
          onClick={() => setTab('steps')}
        >
          Steps ({classroom?.steps.length ?? 0})
        </button>
      </div>
      {tab === 'access' ? <AccessPanel /> : <StepsEditor />}
    </Section>
  );
}

/**
 * Top of the right column: the instructor's editors in instructor mode, otherwise the lesson's steps (nothing when
 * the project has none).
 */
export function ClassroomPanel() {
  const instructorMode = useAppStore((s) => s.view.instructorMode);
  return instructorMode ? <InstructorPanel /> : <StepsPanel />;
}
