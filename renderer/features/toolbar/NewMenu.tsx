import { commandSpec, shortcutHint } from '../../../src/commands/index';
import { IS_MAC } from '../../app/commands';
import { useServices } from '../../app/use-services';
import { TIPS } from '../../help/tips';
import { MenuButton } from '../../ui/menu-button/MenuButton';
import { MenuItem, MenuItemText } from '../../ui/menu-button/MenuItem';
import { useControl } from '../../ui/use-control-access';

/**
 * The New drop-down: the starter network (the New command's shortcut) or an empty canvas to build on from scratch;
 * both ask first if there are unsaved changes.
 */
export function NewMenu() {
  const { files } = useServices();
  const control = useControl('toolbar.new');
  if (control.access === 'hidden') return null;
  return (
    <MenuButton
      testId="btn-new"
      menuTestId="new-menu"
      title={control.title(TIPS['toolbar.new'])!}
      content="New ▾"
      disabled={control.disabled}
      buttonAttributes={control.attributes}
    >
      <MenuItem testId="new-starter" tip={TIPS['toolbar.newStarter']} onSelect={() => void files.newProject('starter')}>
        <MenuItemText
          title="Starter network"
          description="Input → Linear 8 → ReLU → Linear 1 → Sigmoid, on two moons."
          shortcut={shortcutHint(commandSpec('new'), IS_MAC)}
        />
      </MenuItem>
      <MenuItem testId="new-empty" tip={TIPS['toolbar.newEmpty']} onSelect={() => void files.newProject('empty')}>
        <MenuItemText title="Empty canvas" description="No nodes: drag your own network together from the palette." />
      </MenuItem>
    </MenuButton>
  );
}
