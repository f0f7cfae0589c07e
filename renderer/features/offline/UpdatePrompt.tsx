import { tip } from '../../ui/tip';
import { setPendingUpdate, usePendingUpdate } from './update-state';
import './offline.css';

const TIPS = {
  reload:
    'Reload the page to run the new version; save first if you want to keep unsaved changes in a file (a draft is kept either way).',
  later: 'Keep working in this version; the new one starts the next time the app is opened.',
} as const;

/** The notice that a new version of the web build is ready, with Reload and Later. */
export function UpdatePrompt() {
  const pending = usePendingUpdate();
  if (!pending) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>A new version is ready.</span>
      <button
        type="button"
        className="button button--small"
        data-testid="update-reload"
        {...tip(TIPS.reload)}
        onClick={() => pending.reload()}
      >
        Reload
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="update-later"
        {...tip(TIPS.later)}
        onClick={() => setPendingUpdate(null)}
      >
        Later
      </button>
    </div>
  );
}
