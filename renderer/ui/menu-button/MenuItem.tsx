import type { ReactNode } from 'react';
import { tip } from '../tip';
import { useMenu } from './menu-context';

/** Props of one menu item. */
export interface MenuItemProps {
  testId: string;
  /** Its tooltip: what choosing it does. */
  tip: string;
  disabled?: boolean;
  className?: string;
  /** Runs after the menu has closed and handed focus back to its button. */
  onSelect(): void;
  /** Called as the pointer or the focus reaches it (the Presets menu describes the lesson under it). */
  onHighlight?(): void;
  children: ReactNode;
}

/** A menu item (role menuitem, reached by the arrow keys, never by Tab): Enter, Space or a click chooses it. */
export function MenuItem({
  testId,
  tip: tipText,
  disabled,
  className,
  onSelect,
  onHighlight,
  children,
}: MenuItemProps) {
  const menu = useMenu();
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={className ?? 'menu__item'}
      data-testid={testId}
      disabled={disabled}
      {...tip(tipText)}
      onMouseEnter={onHighlight}
      onFocus={onHighlight}
      onClick={() => {
        menu.close();
        onSelect();
      }}
    >
      {children}
    </button>
  );
}

/** The usual text of an item: a title, a line of description and its shortcut. */
export function MenuItemText({
  title,
  description,
  shortcut,
}: {
  title: string;
  description?: string;
  shortcut?: string;
}) {
  return (
    <>
      <span className="menu__title">
        {title}
        {shortcut && <kbd className="menu__shortcut">{shortcut}</kbd>}
      </span>
      {description && <span className="menu__description">{description}</span>}
    </>
  );
}

/** A group of items under a heading that also names the group for screen readers. */
export function MenuGroup({
  label,
  testId,
  className,
  headingClassName,
  children,
}: {
  label: string;
  testId?: string;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <div role="group" aria-label={label} className={className} data-testid={testId}>
      {/* The group is named by aria-label; the visible heading is not one of the menu's items. */}
      <div aria-hidden="true" className={`menu__group-heading ${headingClassName ?? 'menu__heading'}`}>
        {label}
      </div>
      {children}
    </div>
  );
}

/** A line between sections of a menu. */
export function MenuSeparator() {
  return <div role="separator" className="menu__separator" />;
}
