import { useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { placeTooltip } from './placement';
import { useTooltipController } from './use-tooltip-controller';
import './tooltip.css';

/** The id of the one tooltip element; a control's aria-describedby names it while its tooltip shows. */
export const TOOLTIP_ID = 'app-tooltip';

/**
 * The app's single tooltip, mounted once at the root. It serves every element with a `data-tip`
 * (or a plain `title`): fixed over the page so nothing moves when it shows, placed by placeTooltip
 * so it never leaves the viewport, coloured by the theme's variables.
 */
export function TooltipLayer() {
  const shown = useTooltipController(TOOLTIP_ID);
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const tip = ref.current;
    if (!tip || !shown) return;
    const anchor = shown.anchor.getBoundingClientRect();
    const place = placeTooltip(
      { left: anchor.left, top: anchor.top, width: anchor.width, height: anchor.height },
      { width: tip.offsetWidth, height: tip.offsetHeight },
      { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    );
    tip.style.left = `${Math.round(place.left)}px`;
    tip.style.top = `${Math.round(place.top)}px`;
    tip.dataset.side = place.side;
    tip.style.visibility = 'visible';
  }, [shown]);

  if (!shown) return null;
  return createPortal(
    <div
      ref={ref}
      id={TOOLTIP_ID}
      role="tooltip"
      className="tooltip"
      data-testid="tooltip"
      style={{ visibility: 'hidden' }}
    >
      {shown.text}
    </div>,
    // Inside a modal <dialog> (the top layer) a tooltip in the body would sit under the dialog: it goes in the dialog.
    shown.anchor.closest('dialog') ?? document.body,
  );
}
