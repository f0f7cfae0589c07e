import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, menuModels } from '../../../src/commands/index';
import { WEB_MENUS } from './web-menus';

// electron/menu.test.ts holds the native menu to the same table's menus, so the two list the same commands.
describe('the web menus', () => {
  it('hold every menu of the table once, in menu-bar order, so they list what the native menu lists', () => {
    const shown = WEB_MENUS.flatMap((m) => m.menus);
    expect(shown.map((m) => m.name)).toEqual(menuModels().map((m) => m.name));
    const commands = shown.flatMap((m) => m.sections.flat().map((s) => s.id));
    expect(commands).toEqual(menuModels().flatMap((m) => m.sections.flat().map((s) => s.id)));
    expect([...commands].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('gives each menu and item a distinct test id', () => {
    const ids = WEB_MENUS.flatMap((m) => [
      m.testId,
      m.menuTestId,
      ...m.menus.flatMap((model) => model.sections.flat().map((s) => `${m.itemPrefix}${s.id}`)),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
