import './menu-button.css';
import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { tip } from '../tip';
import { MenuContext } from './menu-context';
import { menuKeyAction } from './menu-keys';

/** Props of a menu button. */
export interface MenuButtonProps {
  /** Test id of the button; the open menu's is `menuTestId`. */
  testId: string;
  menuTestId: string;
  /** The button's accessible name when its content is an icon. */
  label?: string;
  /** The button's tooltip. */
  title: string;
  /** What the button shows. */
  content: ReactNode;
  disabled?: boolean;
  /** More attributes of the button (a lock's data attributes, aria-busy). */
  buttonAttributes?: Record<string, string | boolean | undefined>;
  /** Given, the menu is controlled: shown while `open`, and `onOpenChange` asked to open or close it. */
  open?: boolean;
  onOpenChange?(open: boolean): void;
  /** Classes of the pop-up (default `menu__list`). */
  popupClassName?: string;
  /** Classes of the element with role menu, when an aside shares the pop-up with it. */
  menuClassName?: string;
  /** Content beside the items in the pop-up, outside the menu (the Presets menu's description). */
  aside?: ReactNode;
  children: ReactNode;
}

const ITEMS = '[role="menuitem"]:not(:disabled)';

/**
 * A button that opens a menu, after the WAI-ARIA menu button pattern: Enter, Space, ↓ or a click open it on the first
 * item (↑ on the last); in the menu ↑ ↓ Home End and a letter move, Enter or Space choose, Escape closes it and
 * returns focus to the button, Tab closes it and moves on; a press outside closes it.
 */
export function MenuButton(props: MenuButtonProps) {
  const { testId, menuTestId, label, title, content, disabled, buttonAttributes, aside, children } = props;
  const [ownOpen, setOwnOpen] = useState(false);
  const open = props.open ?? ownOpen;
  const { onOpenChange } = props;
  const setOpen = useCallback(
    (next: boolean) => (onOpenChange ? onOpenChange(next) : setOwnOpen(next)),
    [onOpenChange],
  );
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const firstFocus = useRef<'first' | 'last'>('first');
  const menuId = useId();
  const buttonId = useId();

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
  const close = useCallback(
    (returnFocus: boolean) => {
      setOpen(false);
      if (returnFocus) button.current?.focus();
    },
    [setOpen],
  );
  const context = useMemo(() => ({ close: () => close(true) }), [close]);

  // Opened (by the button, a key or a command elsewhere), the menu takes focus on its first or last item, before the
  // next key press can arrive; only opening moves focus, never a later render.
  useLayoutEffect(() => {
    if (!open) return;
    const list = [...(menu.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    (firstFocus.current === 'last' ? list.at(-1) : list[0])?.focus();
    firstFocus.current = 'first';
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) close(false);
    };
    window.addEventListener('pointerdown', onPointerDown);
    return () => window.removeEventListener('pointerdown', onPointerDown);
  }, [open, close]);

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    // Enter and Space press the button (and choose an item) natively; no window-wide shortcut may take them (Space trains).
    if (event.key === 'Enter' || event.key === ' ') return event.stopPropagation();
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      return close(true);
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    firstFocus.current = event.key === 'ArrowUp' ? 'last' : 'first';
    if (open) (event.key === 'ArrowUp' ? items().at(-1) : items()[0])?.focus();
    else setOpen(true);
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter' || event.key === ' ') return event.stopPropagation();
    const list = items();
    const current = list.indexOf(document.activeElement as HTMLElement);
    const action = menuKeyAction(
      event.key,
      current,
      list.map((item) => item.textContent ?? ''),
    );
    if (action.kind === 'none') return;
    // The menu's keys are the menu's: no shortcut or dialog behind it answers them too.
    event.stopPropagation();
    if (action.kind === 'focus') {
      event.preventDefault();
      list[action.index].focus();
      return;
    }
    // Tab: focus goes back to the button first, so that Tab's own move continues from there.
    if (action.returnFocus) event.preventDefault();
    close(true);
  };

  const menuList = (
    <div
      ref={menu}
      id={menuId}
      role="menu"
      aria-labelledby={buttonId}
      // A long menu scrolls: the menu itself takes focus, so the keyboard can always reach and scroll it.
      tabIndex={0}
      className={aside ? props.menuClassName : (props.popupClassName ?? 'menu__list')}
      data-testid={aside ? undefined : menuTestId}
    >
      {children}
    </div>
  );
  return (
    <div className="menu" ref={root}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="toolbar-button"
        data-testid={testId}
        disabled={disabled}
        {...buttonAttributes}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        {...tip(title)}
        onKeyDown={onButtonKeyDown}
        onClick={() => setOpen(!open)}
      >
        {content}
      </button>
      {open && (
        <MenuContext.Provider value={context}>
          {/* Keys pressed on an item bubble here; the menu answers them before any window-wide shortcut. */}
          <div className="menu__keys" onKeyDown={onMenuKeyDown}>
            {aside ? (
              <div className={props.popupClassName ?? 'menu__list'} data-testid={menuTestId}>
                {menuList}
                {aside}
              </div>
            ) : (
              menuList
            )}
          </div>
        </MenuContext.Provider>
      )}
    </div>
  );
}
