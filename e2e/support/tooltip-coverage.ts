/**
 * Finds the visible interactive elements that have no tooltip, by the rule the app's TooltipLayer
 * follows: an element's own data-tip (or title), or that of the nearest ancestor that has one —
 * but only an ancestor that wraps this one control (a label around its checkbox), never a whole
 * panel whose tooltip would say nothing about the control.
 */
import type { Page } from '@playwright/test';

/** What counts as interactive: every control a person can press, type into, pick, drag or follow. */
export const INTERACTIVE = [
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'a[href]',
  '[role="tab"]',
  '[role="button"]',
  '[role="menuitem"]',
  '[role="checkbox"]',
  '[role="switch"]',
  '[role="slider"]',
  '[role="option"]',
  '[role="radio"]',
  '[role="menuitemcheckbox"]',
  '[role="menuitemradio"]',
  '[role="combobox"]',
  '[role="spinbutton"]',
  '[role="link"]',
  'summary',
  '[data-testid^="palette-"]',
  '[data-testid^="node-"][data-kind]',
  '.react-flow__handle',
  '.react-flow__minimap',
].join(', ');

/** The visible interactive elements without a tooltip, each named by its test id (or tag and text). */
export async function elementsWithoutTooltip(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const tipOf = (el: Element) =>
      (el.getAttribute('data-tip') || el.getAttribute('data-tip-title') || el.getAttribute('title') || '').trim();
    const name = (el: Element) => {
      const testId = el.getAttribute('data-testid');
      if (testId) return testId;
      const label =
        el.getAttribute('aria-label') ||
        (el as HTMLElement).innerText?.trim().slice(0, 40) ||
        el.getAttribute('name') ||
        '';
      const classes = el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/).join('.')}` : '';
      return `<${el.tagName.toLowerCase()}${classes}> ` + `"${label}"`;
    };
    const missing: string[] = [];
    for (const el of document.querySelectorAll(selector)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
      const anchor = el.closest('[data-tip], [data-tip-title], [title]');
      const usable =
        anchor !== null &&
        anchor !== document.documentElement &&
        anchor !== document.body &&
        tipOf(anchor) !== '' &&
        (anchor === el || anchor.querySelectorAll(selector).length === 1);
      if (!usable) missing.push(name(el));
    }
    return [...new Set(missing)];
  }, INTERACTIVE);
}
