/**
 * How a control gets its tooltip: spread `tip(text)` onto it (`<button {...tip(TIPS.train)}>`).
 * The text lives in the `data-tip` attribute, where the app's TooltipLayer finds it on hover and
 * keyboard focus; the catalogs in renderer/help/ and src/help/ hold the texts.
 */

/** The attribute that carries a control's tooltip text. */
export interface TipProps {
  'data-tip': string;
}

/** Props that give an element `text` as its tooltip. */
export function tip(text: string): TipProps {
  return { 'data-tip': text };
}

/** Like tip(), for an optional text: no attribute at all when there is none. */
export function tipOrNothing(text: string | undefined): Partial<TipProps> {
  return text ? tip(text) : {};
}
