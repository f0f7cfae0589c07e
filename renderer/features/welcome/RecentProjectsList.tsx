import type { RecentProject } from '../../bridge/platform';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { PANEL_TEXTS } from '../../help/panel-texts';

/** Props of the recent projects list. */
export interface RecentProjectsListProps {
  entries: readonly RecentProject[];
  onOpen(entry: RecentProject): void;
}

/** The recent projects on the welcome screen; on the web, names only, with a word on why they open through Open. */
export function RecentProjectsList({ entries, onOpen }: RecentProjectsListProps) {
  if (entries.length === 0)
    return (
      <p className="hint" data-testid="welcome-recent-empty">
        No recent projects yet.
      </p>
    );
  const namesOnly = entries.every((e) => e.path === null);
  return (
    <>
      <ul className="welcome__list" data-testid="welcome-recent">
        {entries.map((entry, i) => (
          <li key={`${entry.path ?? ''}:${entry.name}`}>
            <button
              type="button"
              className="welcome__item"
              data-testid={`welcome-recent-${i}`}
              {...tip(
                entry.path
                  ? `${TIPS['welcome.recent']} ${entry.path}`
                  : `${TIPS['welcome.recent']} The browser asks you to choose '${entry.name}' again in the file dialog.`,
              )}
              onClick={() => onOpen(entry)}
            >
              <span className="welcome__item-title">{entry.name}</span>
              {entry.path && <span className="welcome__item-text">{entry.path}</span>}
            </button>
          </li>
        ))}
      </ul>
      {namesOnly && <p className="hint">{PANEL_TEXTS['welcome.browserRecent']}</p>}
    </>
  );
}
