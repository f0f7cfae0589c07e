import { useCallback, useRef, useState } from 'react';
import { useServices } from '../../app/use-services';
import { MOD_KEY as MOD } from '../../ui/format';
import { useControl } from '../../ui/use-control-access';
import { useDismiss } from '../../ui/use-dismiss';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/**
 * The New drop-down: the starter network (also Ctrl+N) or an empty canvas to build on from scratch; both ask first if
 * there are unsaved changes.
 */
export function NewMenu() {
  const { files } = useServices();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(root, open, close);
  const control = useControl('toolbar.new');
  if (control.access === 'hidden') return null;
  const start = (template: 'starter' | 'empty') => {
    setOpen(false);
    void files.newProject(template);
  };

  return (
    <div className="menu" ref={root}>
      <button
        type="button"
        className="toolbar-button"
        data-testid="btn-new"
        disabled={control.disabled}
        {...control.attributes}
        aria-haspopup="menu"
        aria-expanded={open}
        {...tip(control.title(TIPS['toolbar.new'])!)}
        onClick={() => setOpen(!open)}
      >
        New ▾
      </button>
      {open && (
        <ul className="menu__list" role="menu" data-testid="new-menu">
          <li role="none">
            <button
              type="button"
              role="menuitem"
              className="menu__item"
              data-testid="new-starter"
              {...tip(TIPS['toolbar.newStarter'])}
              onClick={() => start('starter')}
            >
              <span className="menu__title">
                Starter network <kbd>{MOD}N</kbd>
              </span>
              <span className="menu__description">Input → Linear 8 → ReLU → Linear 1 → Sigmoid, on two moons.</span>
            </button>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              className="menu__item"
              data-testid="new-empty"
              {...tip(TIPS['toolbar.newEmpty'])}
              onClick={() => start('empty')}
            >
              <span className="menu__title">Empty canvas</span>
              <span className="menu__description">No nodes: drag your own network together from the palette.</span>
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
