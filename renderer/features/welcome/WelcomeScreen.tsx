import { useRef, useState } from 'react';
import logoUrl from '../../../assets/icons/source/app.svg';
import type { AppCommand } from '../../app/commands';
import { useServices } from '../../app/use-services';
import type { RecentProject } from '../../bridge/platform';
import { useAppStore } from '../../store/use-app-store';
import { groupPresets } from '../presets/preset-groups';
import { usePresets } from '../presets/use-presets';
import { RecentProjectsList } from './RecentProjectsList';
import { useRecentProjects } from './use-recent-projects';
import { browserStorage, readWelcomeSettings, writeWelcomeSettings } from './welcome-settings';
import './welcome.css';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { useMoreBelow } from '../../ui/use-scroll-more';
import { scrollBehaviour } from '../../ui/reduced-motion';
import { PANEL_TEXTS } from '../../help/panel-texts';
import { ModalDialog } from '../../ui/ModalDialog';

/** Props of the welcome screen. */
export interface WelcomeScreenProps {
  run(command: AppCommand): void;
}

/**
 * The welcome screen, on the first start and from Help: open an example, open a file, reopen a
 * recent project, or take the tour. Closing it remembers that it was seen.
 */
export function WelcomeScreen({ run }: WelcomeScreenProps) {
  const open = useAppStore((s) => s.view.panels.welcome);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const showToast = useAppStore((s) => s.showToast);
  const { files, platform } = useServices();
  const recent = useRecentProjects(open);
  const presets = usePresets(open);
  const [showAtStart, setShowAtStart] = useState(() => readWelcomeSettings(browserStorage()).showAtStart);
  const examples = useRef<HTMLElement>(null);
  const moreBelow = useMoreBelow(examples, open);
  if (!open) return null;

  const close = () => {
    writeWelcomeSettings(browserStorage(), { seen: true, showAtStart });
    togglePanel('welcome', false);
  };
  const then = (command: AppCommand) => {
    close();
    run(command);
  };
  const openRecent = async (entry: RecentProject) => {
    close();
    if (!entry.path || !platform.recentProjects) return run('open');
    try {
      const file = await platform.recentProjects.open(entry);
      if (file) await files.openText(file, { askFirst: !platform.asksBeforeDiscarding });
    } catch (error) {
      showToast(
        'error',
        `Could not open '${entry.name}': ${error instanceof Error ? error.message : String(error)}. Your current project is unchanged.`,
      );
    }
  };

  return (
    <ModalDialog labelledBy="welcome-title" onClose={close} closeOnOutside>
      <div className="dialog welcome" data-testid="welcome">
        <header className="welcome__header">
          <img className="welcome__logo" src={logoUrl} alt="" />
          <div>
            <h2 id="welcome-title">Welcome to MLP Studio</h2>
            <p>{PANEL_TEXTS['welcome.intro']}</p>
          </div>
        </header>
        <div className="welcome__columns">
          <section aria-labelledby="welcome-start">
            <h3 id="welcome-start">Start</h3>
            <button
              type="button"
              className="welcome__item welcome__item--primary"
              data-testid="welcome-tour"
              {...tip(TIPS['welcome.tour'])}
              onClick={() => then('tour')}
            >
              <span className="welcome__item-title">Take the 60-second tour</span>
              <span className="welcome__item-text">The canvas, the palette, training and the gradient views.</span>
            </button>
            <button
              type="button"
              className="welcome__item"
              data-testid="welcome-open"
              {...tip(TIPS['welcome.open'])}
              onClick={() => then('open')}
            >
              <span className="welcome__item-title">Open a project…</span>
              <span className="welcome__item-text">A .mlp file, from a colleague or saved earlier.</span>
            </button>
            <h3>Recent</h3>
            <RecentProjectsList entries={recent} onOpen={(entry) => void openRecent(entry)} />
          </section>
          <section className="welcome__examples" aria-labelledby="welcome-examples" ref={examples}>
            <h3 id="welcome-examples">Examples</h3>
            {groupPresets(presets ?? []).map((group) => (
              <div key={group.title} className="welcome__group">
                <h4 className="welcome__group-title">{group.title}</h4>
                <ul className="welcome__list">
                  {group.presets.map((p) => (
                    <li key={p.fileName}>
                      <button
                        type="button"
                        className="welcome__item"
                        disabled={p.error !== null}
                        title={p.error ?? p.description}
                        data-testid={`welcome-preset-${p.fileName.replace(/\.mlp$/i, '')}`}
                        onClick={() => {
                          close();
                          void files.openText(
                            { name: p.fileName, text: p.text, handle: null },
                            { askFirst: true, arrange: true },
                          );
                        }}
                      >
                        <span className="welcome__item-title">{p.title}</span>
                        {p.description && <span className="welcome__item-text">{p.description}</span>}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            {moreBelow && (
              <button
                type="button"
                className="welcome__more"
                data-testid="welcome-more"
                {...tip(TIPS['welcome.more'])}
                onClick={() =>
                  examples.current?.scrollBy({ top: examples.current.clientHeight * 0.8, behavior: scrollBehaviour() })
                }
              >
                ↓ More examples below
              </button>
            )}
          </section>
        </div>
        <footer className="dialog__actions welcome__footer">
          <label className="welcome__check">
            <input
              type="checkbox"
              data-testid="welcome-show-at-start"
              {...tip(TIPS['welcome.showAtStart'])}
              checked={showAtStart}
              onChange={(e) => setShowAtStart(e.target.checked)}
            />
            Show this screen at every start
          </label>
          <button
            type="button"
            className="button"
            data-testid="welcome-close"
            {...tip(TIPS['welcome.close'])}
            data-autofocus
            onClick={close}
          >
            Get started
          </button>
        </footer>
      </div>
    </ModalDialog>
  );
}
