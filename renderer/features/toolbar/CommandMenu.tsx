import { Fragment } from 'react';
import { type CommandSpec, shortcutHint } from '../../../src/commands/index';
import { isCommandEnabled } from '../../app/command-runners';
import { type AppCommand, IS_MAC, withShortcut } from '../../app/commands';
import { commandTip } from '../../help/command-tips';
import { TIPS } from '../../help/tips';
import { useAppStore } from '../../store/use-app-store';
import { MenuButton } from '../../ui/menu-button/MenuButton';
import { MenuGroup, MenuItem, MenuItemText, MenuSeparator } from '../../ui/menu-button/MenuItem';
import { useControl } from '../../ui/use-control-access';
import type { WebMenu } from './web-menus';

/** Props of a menu of commands. */
export interface CommandMenuProps {
  menu: WebMenu;
  run(command: AppCommand): void;
  /** Opens leftwards, for a button at the right end of the toolbar. */
  alignEnd?: boolean;
}

function CommandItem({ spec, prefix, run }: { spec: CommandSpec; prefix: string; run(command: AppCommand): void }) {
  const command = spec.id as AppCommand;
  const enabled = useAppStore((s) => isCommandEnabled(command, s));
  const control = useControl(spec.control);
  if (control.access === 'hidden') return null;
  return (
    <MenuItem
      testId={`${prefix}${command}`}
      tip={control.title(withShortcut(commandTip(command), command))!}
      disabled={!enabled || control.disabled}
      onSelect={() => run(command)}
    >
      <MenuItemText title={spec.label} description={spec.hint} shortcut={shortcutHint(spec, IS_MAC)} />
    </MenuItem>
  );
}

/** A toolbar menu button whose items are commands of the table, in the table's menus and sections. */
export function CommandMenu({ menu, run, alignEnd }: CommandMenuProps) {
  const grouped = menu.menus.length > 1;
  const tipText = menu.testId === 'btn-help' ? TIPS['toolbar.help'] : TIPS['toolbar.menu'];
  return (
    <MenuButton
      testId={menu.testId}
      menuTestId={menu.menuTestId}
      label={menu.label}
      title={tipText}
      content={menu.content}
      popupClassName={`menu__list command-menu${alignEnd ? ' menu__list--end' : ''}`}
    >
      {menu.menus.map((model, m) => {
        const sections = model.sections.map((section, i) => (
          <Fragment key={i}>
            {i > 0 && <MenuSeparator />}
            {section.map((spec) => (
              <CommandItem key={spec.id} spec={spec} prefix={menu.itemPrefix} run={run} />
            ))}
          </Fragment>
        ));
        return grouped ? (
          <Fragment key={model.name}>
            {m > 0 && <MenuSeparator />}
            <MenuGroup label={model.title} testId={`${menu.menuTestId}-${model.name}`}>
              {sections}
            </MenuGroup>
          </Fragment>
        ) : (
          <Fragment key={model.name}>{sections}</Fragment>
        );
      })}
    </MenuButton>
  );
}
