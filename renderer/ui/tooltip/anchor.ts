/**
 * The elements a tooltip can belong to, and the attributes it borrows from them. A control gets
 * its tooltip from `data-tip` (see tip.ts); an element that still carries a plain `title` gets the
 * same themed, keyboard-reachable tooltip, its `title` parked in `data-tip-title` while the tooltip
 * shows so that the browser's own tooltip does not appear on top of it.
 */

const TIP_SELECTOR = '[data-tip], [data-tip-title], [title]';

/** The nearest element at or above `target` that has a tooltip, or null. */
export function findAnchor(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null;
  // A focusable wrapper whose tooltip sits on its only child (React Flow's node around a node card).
  const anchor = target.closest(TIP_SELECTOR) ?? target.querySelector(':scope > [data-tip]');
  if (!anchor || anchor === document.documentElement || anchor === document.body) return null;
  return tipTextOf(anchor) ? anchor : null;
}

/** The tooltip text of an element: its `data-tip`, else its (possibly parked) `title`; '' when it has none. */
export function tipTextOf(element: Element): string {
  return (
    element.getAttribute('data-tip') ||
    element.getAttribute('data-tip-title') ||
    element.getAttribute('title') ||
    ''
  ).trim();
}

/** Moves `title` to `data-tip-title`, so that only the themed tooltip shows. */
export function parkTitle(element: Element): void {
  const title = element.getAttribute('title');
  if (title === null) return;
  element.setAttribute('data-tip-title', title);
  element.removeAttribute('title');
}

/** Puts a parked `title` back, unless the page has given the element a new one meanwhile. */
export function restoreTitle(element: Element): void {
  const parked = element.getAttribute('data-tip-title');
  if (parked === null) return;
  element.removeAttribute('data-tip-title');
  if (!element.hasAttribute('title')) element.setAttribute('title', parked);
}

/** Adds `id` to the element's aria-describedby list (keeping ids it already has). */
export function addDescribedBy(element: Element, id: string): void {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  if (!ids.includes(id)) element.setAttribute('aria-describedby', [...ids, id].join(' '));
}

/** Removes `id` from the element's aria-describedby list, and the attribute when nothing is left. */
export function removeDescribedBy(element: Element, id: string): void {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((x) => x && x !== id);
  if (ids.length > 0) element.setAttribute('aria-describedby', ids.join(' '));
  else element.removeAttribute('aria-describedby');
}
