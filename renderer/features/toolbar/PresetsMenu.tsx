import { useCallback, useRef } from 'react';
import { useServices } from '../../app/use-services';
import { useAppStore } from '../../store/use-app-store';
import { useDismiss } from '../../ui/use-dismiss';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';

/** The Presets drop-down: the bundled example projects; picking one opens it (asking first if there are unsaved changes). */
export function PresetsMenu() {
  const { presets, files } = useServices();
  const open = useAppStore((s) => s.view.panels.presets);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const root = useRef<HTMLDivElement>(null);

  const close = useCallback(() => togglePanel('presets', false), [togglePanel]);
  useDismiss(root, open, close);

  return (
    <div className="menu" ref={root}>
      <button
        type="button"
        className="toolbar-button"
        data-testid="btn-presets"
        aria-haspopup="menu"
        aria-expanded={open}
        {...tip(TIPS['toolbar.presets'])}
        onClick={() => togglePanel('presets')}
      >
        Presets ▾
      </button>
      {open && (
        <ul className="menu__list" role="menu" data-testid="presets-menu">
          {presets.length === 0 && <li className="menu__empty">No example projects are bundled.</li>}
          {presets.map((p) => (
            <li key={p.fileName} role="none">
              <button
                type="button"
                role="menuitem"
                className="menu__item"
                disabled={p.error !== null}
                {...tip(p.error ?? (p.description || TIPS['toolbar.preset']))}
                data-testid={`preset-${p.fileName.replace(/\.mlp$/i, '')}`}
                onClick={() => {
                  togglePanel('presets', false);
                  void files.openText({ name: p.fileName, text: p.text, handle: null }, { askFirst: true, arrange: true });
                }}
              >
                <span className="menu__title">{p.title}</span>
                {p.description && <span className="menu__description">{p.description}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
