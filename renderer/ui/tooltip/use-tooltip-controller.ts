import { useEffect, useState } from 'react';
import { addDescribedBy, findAnchor, parkTitle, removeDescribedBy, restoreTitle, tipTextOf } from './anchor';

/** How long the pointer rests on a control before its tooltip shows: long enough not to flash while the mouse crosses the toolbar. */
export const SHOW_DELAY_MS = 450;
/** Within this time of one tooltip closing, the next one shows at once (moving along a row of buttons). */
export const WARM_MS = 400;
/** How often a shown tooltip checks that its control is still on the page (menus and dialogs close under it). */
const WATCH_MS = 250;

/** The tooltip on screen: the control it describes and its text. */
export interface ShownTip {
  anchor: Element;
  text: string;
}

/**
 * Watches the whole page (one set of delegated listeners) and decides which single tooltip shows:
 * after a short rest of the pointer on a control, at once on keyboard focus; it goes on Escape,
 * blur, a press, scrolling, or when the control leaves the page. While shown, the control's
 * aria-describedby names the tooltip element `tipId`.
 */
export function useTooltipController(tipId: string): ShownTip | null {
  const [shown, setShown] = useState<ShownTip | null>(null);

  useEffect(() => {
    let current: Element | null = null;
    let visible = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let watch: ReturnType<typeof setInterval> | undefined;
    let observer: MutationObserver | null = null;
    let lastHidden = -Infinity;
    // Keyboard until the first press, so focus moved by a script or by Tab shows the tooltip.
    let keyboard = true;
    // A control just pressed or dismissed with Escape: no tooltip again until the pointer leaves it.
    let dismissed: Element | null = null;

    const hide = () => {
      clearTimeout(timer);
      clearInterval(watch);
      observer?.disconnect();
      observer = null;
      if (current) {
        removeDescribedBy(current, tipId);
        restoreTitle(current);
      }
      if (visible) lastHidden = performance.now();
      current = null;
      visible = false;
      setShown(null);
    };

    const reveal = (anchor: Element) => {
      clearTimeout(timer);
      if (!anchor.isConnected) return hide();
      parkTitle(anchor);
      addDescribedBy(anchor, tipId);
      visible = true;
      setShown({ anchor, text: tipTextOf(anchor) });
      watch = setInterval(() => {
        if (!anchor.isConnected) hide();
      }, WATCH_MS);
      // The page may change the text while it shows (a toggle that says what the next click does).
      observer = new MutationObserver(() => {
        parkTitle(anchor);
        setShown({ anchor, text: tipTextOf(anchor) });
      });
      observer.observe(anchor, { attributes: true, attributeFilter: ['data-tip', 'title'] });
    };

    const showFor = (anchor: Element, delay: number) => {
      if (anchor === current) return;
      hide();
      current = anchor;
      parkTitle(anchor);
      if (delay <= 0) reveal(anchor);
      else timer = setTimeout(() => reveal(anchor), delay);
    };

    const onPointerOver = (event: PointerEvent) => {
      const anchor = findAnchor(event.target);
      if (anchor !== dismissed) dismissed = null;
      if (anchor === current) return;
      if (!anchor || anchor === dismissed) return hide();
      const warm = performance.now() - lastHidden < WARM_MS || visible;
      showFor(anchor, warm ? 0 : SHOW_DELAY_MS);
    };
    const onPointerOut = (event: PointerEvent) => {
      if (event.relatedTarget === null) hide();
    };
    const onPointerDown = () => {
      keyboard = false;
      if (current) {
        dismissed = current;
        hide();
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      keyboard = true;
      if (event.key === 'Escape' && current) {
        dismissed = current;
        hide();
      }
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!keyboard) return;
      const anchor = findAnchor(event.target);
      if (anchor) showFor(anchor, 0);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (current && event.target instanceof Node && current.contains(event.target)) hide();
    };

    document.addEventListener('pointerover', onPointerOver);
    document.addEventListener('pointerout', onPointerOut);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    window.addEventListener('scroll', hide, true);
    window.addEventListener('wheel', hide, { passive: true });
    window.addEventListener('resize', hide);
    window.addEventListener('blur', hide);
    return () => {
      hide();
      document.removeEventListener('pointerover', onPointerOver);
      document.removeEventListener('pointerout', onPointerOut);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      window.removeEventListener('scroll', hide, true);
      window.removeEventListener('wheel', hide);
      window.removeEventListener('resize', hide);
      window.removeEventListener('blur', hide);
    };
  }, [tipId]);

  return shown;
}
