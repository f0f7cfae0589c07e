/**
 * The menus the page shows itself, read from the command table's menus: on the web the app menu stands in for the
 * native File, Edit, View and Train menus, and Help is the toolbar's Help menu in both builds.
 */
import { type MenuModel, menuModels, type MenuName } from '../../../src/commands/index';

/** One web menu button: its test ids, its button, and the table's menus it holds (more than one: one group each). */
export interface WebMenu {
  testId: string;
  menuTestId: string;
  /** Test id of each item: this prefix and the command id. */
  itemPrefix: string;
  label: string;
  content: string;
  menus: MenuModel[];
  /** Whether it is shown only in the browser, where no native menu bar exists. */
  webOnly: boolean;
}

const models = (names: MenuName[]) => menuModels().filter((m) => names.includes(m.name));

/** The app menu (web only) and the Help menu. */
export const WEB_MENUS: readonly WebMenu[] = [
  {
    testId: 'btn-menu',
    menuTestId: 'app-menu',
    itemPrefix: 'menu-',
    label: 'Menu',
    content: '☰',
    menus: models(['file', 'edit', 'view', 'train']),
    webOnly: true,
  },
  {
    testId: 'btn-help',
    menuTestId: 'help-menu',
    itemPrefix: 'help-',
    label: 'Help',
    content: '?',
    menus: models(['help']),
    webOnly: false,
  },
];

/** The web menu with this button test id. */
export function webMenu(testId: 'btn-menu' | 'btn-help'): WebMenu {
  return WEB_MENUS.find((m) => m.testId === testId)!;
}
