/** The menus as data, read from the command table: the native menu and the web menus both lay themselves out from here. */
import { COMMAND_LIST, type CommandSpec, MENU_TITLES, type MenuName } from './command-table';

/** One menu: its name, title and sections of commands (a separator goes between sections). */
export interface MenuModel {
  name: MenuName;
  title: string;
  sections: CommandSpec[][];
}

/** The sections of one menu, each in table order, empty sections left out. */
export function menuSections(menu: MenuName): CommandSpec[][] {
  const sections = new Map<number, CommandSpec[]>();
  for (const spec of COMMAND_LIST as readonly CommandSpec[]) {
    if (spec.place?.menu !== menu) continue;
    const list = sections.get(spec.place.section) ?? [];
    list.push(spec);
    sections.set(spec.place.section, list);
  }
  return [...sections.entries()].sort(([a], [b]) => a - b).map(([, list]) => list);
}

/** Every menu in menu-bar order. */
export function menuModels(): MenuModel[] {
  return [...MENU_TITLES].map(([name, title]) => ({ name, title, sections: menuSections(name) }));
}
