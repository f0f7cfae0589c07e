import { useEffect, useMemo, useState } from 'react';
import { useServices } from '../../app/use-services';
import { useAppStore } from '../../store/use-app-store';
import { useControl } from '../../ui/use-control-access';
import { TIPS } from '../../help/tips';
import { MenuButton } from '../../ui/menu-button/MenuButton';
import { MenuGroup, MenuItem } from '../../ui/menu-button/MenuItem';
import { groupPresets, type Preset } from '../presets/preset-groups';
import { usePresets } from '../presets/use-presets';

function presetTestId(p: Preset): string {
  return `preset-${p.fileName.replace(/\.mlp$/i, '')}`;
}

/**
 * The Presets drop-down: the bundled lessons under their group headings, and beside them the
 * description of the one pointed at or focused; picking one opens it (asking first if there are
 * unsaved changes).
 */
export function PresetsMenu() {
  const { files } = useServices();
  const open = useAppStore((s) => s.view.panels.presets);
  // Read on first use: the menu opens once they are here, so that focus lands on an item.
  const presets = usePresets(open);
  const groups = useMemo(() => groupPresets(presets ?? []), [presets]);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const [active, setActive] = useState<Preset | null>(null);
  const shown = active ?? groups[0]?.presets[0] ?? null;
  const control = useControl('toolbar.presets');
  // The menu opens once the examples are read: an Escape pressed meanwhile cancels the opening, as it closes the menu.
  const loading = open && presets === null;
  useEffect(() => {
    if (!loading) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') togglePanel('presets', false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [loading, togglePanel]);
  if (control.access === 'hidden') return null;

  const about = (
    <>
      {presets?.length === 0 && <p className="menu__empty">No example projects are bundled.</p>}
      {shown && (
        <aside
          className="presets-menu__about"
          data-testid="presets-description"
          data-file={shown.fileName}
          aria-live="polite"
        >
          <p className="menu__title">{shown.title}</p>
          <p className="menu__description">{shown.error ?? shown.description}</p>
        </aside>
      )}
    </>
  );
  return (
    <MenuButton
      testId="btn-presets"
      menuTestId="presets-menu"
      title={control.title(TIPS['toolbar.presets'])!}
      content="Presets ▾"
      disabled={control.disabled}
      buttonAttributes={control.attributes}
      open={open && presets !== null}
      onOpenChange={(next) => togglePanel('presets', next)}
      popupClassName="menu__list presets-menu"
      menuClassName="presets-menu__groups"
      aside={about}
    >
      {groups.map((group) => (
        <MenuGroup
          key={group.title}
          label={group.title}
          className="presets-menu__group"
          headingClassName="presets-menu__heading"
          testId={`preset-group-${group.title}`}
        >
          {group.presets.map((p) => (
            <MenuItem
              key={p.fileName}
              testId={presetTestId(p)}
              className={`menu__item${shown === p ? ' menu__item--active' : ''}`}
              disabled={p.error !== null}
              tip={p.error ?? TIPS['toolbar.preset']}
              onHighlight={() => setActive(p)}
              onSelect={() =>
                void files.openText({ name: p.fileName, text: p.text, handle: null }, { askFirst: true, arrange: true })
              }
            >
              <span className="menu__title">{p.title}</span>
            </MenuItem>
          ))}
        </MenuGroup>
      ))}
    </MenuButton>
  );
}
