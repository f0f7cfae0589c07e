import { displayName } from '../files/project-file';
import { useAppStore } from '../../store/use-app-store';
import { isDirty } from '../../store/view-slice';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/** The project's name, with a dot while there are unsaved changes. */
export function FileTitle() {
  const name = useAppStore((s) => s.view.file.name);
  const dirty = useAppStore(isDirty);
  return (
    <div
      className="file-title"
      data-testid="file-name"
      {...tip(`${TIPS['toolbar.fileName']} ${dirty ? 'Unsaved changes.' : 'All changes saved.'}`)}
    >
      <span className="file-title__name">{displayName(name)}</span>
      {dirty && (
        <span className="file-title__dirty" data-testid="dirty-marker" aria-label="unsaved changes">
          ●
        </span>
      )}
    </div>
  );
}
