import { useCallback, useRef, useState } from 'react';
import type { AppCommand } from '../../app/commands';
import { useDismiss } from '../../ui/use-dismiss';
import './welcome.css';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/** Props of the Help menu. */
export interface HelpMenuProps {
  run(command: AppCommand): void;
}

const ITEMS: { command: AppCommand; label: string; text: string; tip: string }[] = [
  { command: 'welcome', label: 'Welcome', text: 'Examples, recent projects and the tour', tip: TIPS['help.welcome'] },
  {
    command: 'tour',
    label: '60-second tour',
    text: 'The canvas, palette, inspector, Train and the gradient views',
    tip: TIPS['help.tour'],
  },
  {
    command: 'shortcuts',
    label: 'Keyboard shortcuts',
    text: 'Every key the editor answers',
    tip: TIPS['help.shortcuts'],
  },
  {
    command: 'instructorMode',
    label: 'Instructor mode',
    text: 'Lock or hide controls and write lesson steps (Ctrl+Shift+E)',
    tip: TIPS['help.instructorMode'],
  },
  {
    command: 'presenterView',
    label: 'Presenter view',
    text: 'Large type and high contrast for a projector (Ctrl+Shift+P)',
    tip: TIPS['help.presenterView'],
  },
  {
    command: 'about',
    label: 'About MLP Studio',
    text: 'Version and the licences of bundled libraries',
    tip: TIPS['help.about'],
  },
];

/** The toolbar's Help menu (the same commands as the native Help menu): welcome screen, tour, shortcuts, About. */
export function HelpMenu({ run }: HelpMenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(root, open, close);

  return (
    <div className="menu" ref={root}>
      <button
        type="button"
        className="toolbar-button"
        data-testid="btn-help"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label="Help"
        {...tip(TIPS['toolbar.help'])}
        onClick={() => setOpen(!open)}
      >
        ?
      </button>
      {open && (
        <ul className="menu__list menu__list--end" role="menu" data-testid="help-menu">
          {ITEMS.map((item) => (
            <li key={item.command} role="none">
              <button
                type="button"
                role="menuitem"
                className="menu__item"
                data-testid={`help-${item.command}`}
                {...tip(item.tip)}
                onClick={() => {
                  setOpen(false);
                  run(item.command);
                }}
              >
                <span className="menu__title">{item.label}</span>
                <span className="menu__description">{item.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
