import { createContext, useContext } from 'react';

/** What a menu offers its items: closing it, focus going back to its button. */
export interface MenuContextValue {
  close(): void;
}

/** The open menu around an item. */
export const MenuContext = createContext<MenuContextValue | null>(null);

/** The menu an item sits in; an item outside a MenuButton is a mistake caught at once. */
export function useMenu(): MenuContextValue {
  const menu = useContext(MenuContext);
  if (!menu)
    throw new Error('A MenuItem was rendered outside a MenuButton: put it inside the MenuButton it belongs to.');
  return menu;
}
