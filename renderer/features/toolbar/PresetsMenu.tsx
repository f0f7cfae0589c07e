import { useCallback, useMemo, useRef, useState } from 'react';
import { useServices } from '../../app/use-services';
import { useAppStore } from '../../store/use-app-store';
import { useControl } from '../../ui/use-control-access';
import { useDismiss } from '../../ui/use-dismiss';
import { TIPS } from '../../help/tips';
import { tip } from '../../ui/tip';
import { groupPresets, type Preset } from '../presets/presets';

function presetTestId(p: Preset): string {
  return `preset-${p.fileName.replace(/\.mlp$/i, '')}`;
}

/**
 * The Presets drop-down: the bundled lessons under their group headings, and beside them the
 * description of the one pointed at or focused; picking one opens it (asking first if there are
 * unsaved changes).
 */
export function PresetsMenu() {
  const { presets, files } = useServices();
  const groups = useMemo(() => groupPresets(presets), [presets]);
  const open = useAppStore((s) => s.view.panels.presets);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const root = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Preset | null>(null);
  const shown = active ?? groups[0]?.presets[0] ?? null;

  const close = useCallback(() => togglePanel('presets', false), [togglePanel]);
  useDismiss(root, open, close);
  const control = useControl('toolbar.presets');
  if (control.access === 'hidden') return null;

  return (
    <div className="menu" ref={root}>
      <button
        type="button"
        className="toolbar-button"
        data-testid="btn-presets"
        disabled={control.disabled}
        {...control.attributes}
        aria-haspopup="menu"
        aria-expanded={open}
        {...tip(control.title(TIPS['toolbar.presets'])!)}
        onClick={() => togglePanel('presets')}
      >
        Presets ▾
      </button>
      {open && (
        <div className="menu__list presets-menu" data-testid="presets-menu">
          {presets.length === 0 && <p className="menu__empty">No example projects are bundled.</p>}
          <div className="presets-menu__groups">
            {groups.map((group) => (
              <section key={group.title} className="presets-menu__group" data-testid={`preset-group-${group.title}`}>
                <h3 className="presets-menu__heading">{group.title}</h3>
                {/* One menu per group, named by its heading: a heading may not sit among a menu's items. */}
                <div role="menu" aria-label={group.title}>
                  {group.presets.map((p) => (
                    <button
                      key={p.fileName}
                      type="button"
                      role="menuitem"
                      className={`menu__item${shown === p ? ' menu__item--active' : ''}`}
                      disabled={p.error !== null}
                      {...tip(p.error ?? TIPS['toolbar.preset'])}
                      data-testid={presetTestId(p)}
                      onMouseEnter={() => setActive(p)}
                      onFocus={() => setActive(p)}
                      onClick={() => {
                        togglePanel('presets', false);
                        void files.openText(
                          { name: p.fileName, text: p.text, handle: null },
                          { askFirst: true, arrange: true },
                        );
                      }}
                    >
                      <span className="menu__title">{p.title}</span>
                    </button>
                  ))}
                </div>
              </section>
            ))}
          </div>
          {shown && (
            <aside
              className="presets-menu__about"
              data-testid="presets-description"
              data-file={shown.fileName}
              aria-live="polite"
            >
              <h3 className="menu__title">{shown.title}</h3>
              <p className="menu__description">{shown.error ?? shown.description}</p>
            </aside>
          )}
        </div>
      )}
    </div>
  );
}
