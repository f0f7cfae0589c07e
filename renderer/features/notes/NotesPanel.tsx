import { useAppStore } from '../../store/use-app-store';
import { Section } from '../../ui/Section';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { useControl } from '../../ui/use-control-access';

/** Limit of the notes, as the project format sets it. */
const MAX_NOTES = 200_000;

/** Workshop notes saved with the project; everything typed between focus and blur is one undo step. */
export function NotesPanel() {
  const notes = useAppStore((s) => s.document.notes);
  const setNotes = useAppStore((s) => s.setNotes);
  const beginChange = useAppStore((s) => s.beginChange);
  const endChange = useAppStore((s) => s.endChange);
  const control = useControl('notes');
  if (control.access === 'hidden') return null;
  return (
    <Section title="Notes" testId="notes-panel">
      <textarea
        className="notes"
        value={notes}
        maxLength={MAX_NOTES}
        rows={5}
        placeholder="Notes for the workshop: what to try, what to look for."
        aria-label="Project notes"
        readOnly={control.disabled}
        {...control.attributes}
        data-testid="notes"
        {...tip(control.title(TIPS.notes)!)}
        onFocus={beginChange}
        onBlur={endChange}
        onChange={(e) => setNotes(e.target.value)}
      />
    </Section>
  );
}
