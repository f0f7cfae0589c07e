/** How the live views write numbers: losses, accuracies and gradient magnitudes. */

const DASH = '—';

/** An accuracy in [0, 1] as a percentage with one decimal ("97.5%"); a dash when unknown. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return `${(value * 100).toFixed(1)}%`;
}

/** A loss with `digits` (default 4) significant digits, switching to exponent form below 0.001 ("0.3127", "4.2e-5"). */
export function formatLoss(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value !== 0 && Math.abs(value) < 1e-3) return formatScientific(value);
  return Number(value.toPrecision(digits)).toString();
}

/** A positive magnitude in exponent form with 2 significant digits ("3.1e-4", and "1e-3" for a whole power); "0" for zero. */
export function formatScientific(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  if (value === 0) return '0';
  const [mantissa, exponent] = value.toExponential(1).split('e');
  return `${mantissa.replace(/\.0$/, '')}e${Number(exponent)}`;
}

/** A magnitude written short: 2 significant digits between 0.01 and 1000 ("5.6", "0.042"), exponent form outside ("3.1e-4"). */
export function formatMagnitude(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH;
  const a = Math.abs(value);
  if (a === 0 || (a >= 0.01 && a < 1000)) return Number(value.toPrecision(2)).toString();
  return formatScientific(value);
}

/** An epoch position for an axis or a tooltip: whole epochs bare, fractions with up to 2 decimals. */
export function formatEpoch(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}
