import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MenuButton } from './MenuButton';
import { MenuGroup, MenuItem, MenuSeparator } from './MenuItem';

// The markup the WAI-ARIA menu button pattern asks for; e2e/menu-keyboard.spec.ts drives the keys in a browser.
function render(open: boolean) {
  return renderToStaticMarkup(
    <MenuButton testId="btn-x" menuTestId="x-menu" title="Things" content="X ▾" open={open} onOpenChange={() => {}}>
      <MenuGroup label="First">
        <MenuItem testId="x-a" tip="A" onSelect={() => {}}>
          A
        </MenuItem>
      </MenuGroup>
      <MenuSeparator />
      <MenuItem testId="x-b" tip="B" disabled onSelect={() => {}}>
        B
      </MenuItem>
    </MenuButton>,
  );
}

describe('MenuButton', () => {
  it('marks its button as opening a menu, collapsed, with no menu rendered while closed', () => {
    const html = render(false);
    expect(html).toMatch(/<button[^>]*aria-haspopup="menu"[^>]*aria-expanded="false"/);
    expect(html).not.toContain('role="menu"');
    expect(html).not.toContain('aria-controls');
  });

  it('renders an open menu labelled by its button, whose items are out of the Tab order', () => {
    const html = render(true);
    const buttonId = /<button[^>]*\sid="([^"]+)"/.exec(html)?.[1];
    expect(buttonId).toBeTruthy();
    expect(html).toMatch(/aria-expanded="true"/);
    expect(html).toContain(`role="menu" aria-labelledby="${buttonId}"`);
    // A group is named by its label; its visible heading is hidden from the tree, as a menu allows only items.
    expect(html).toContain('role="group" aria-label="First"');
    expect(html).toMatch(/<div aria-hidden="true"[^>]*>First<\/div>/);
    expect(html).toContain('role="separator"');
    const items = html.match(/<button[^>]*role="menuitem"[^>]*>/g) ?? [];
    expect(items).toHaveLength(2);
    for (const item of items) expect(item).toContain('tabindex="-1"');
    expect(items[1]).toContain('disabled');
  });

  it('refuses an item rendered outside a menu, naming the fix', () => {
    expect(() =>
      renderToStaticMarkup(
        <MenuItem testId="lost" tip="t" onSelect={() => {}}>
          lost
        </MenuItem>,
      ),
    ).toThrow(/inside the MenuButton/);
  });
});
