/**
 * Axes of the canvas line charts: the domain and "nice" ticks of each axis (steps of 1, 2, 2.5 or 5
 * times a power of ten, or whole decades on a log axis) and the maps from values to pixels.
 */
import { decadeTicks } from './metric-rows';

/** A domain end: a number, or 'auto' for the data's own extent rounded out to a tick. */
export type DomainEnd = number | 'auto';

/** One axis as drawn: its value range, its ticks and whether it is logarithmic. */
export interface AxisScale {
  min: number;
  max: number;
  ticks: number[];
  log: boolean;
}

const STEPS = [1, 2, 2.5, 5, 10];

/** A step of 1, 2, 2.5 or 5 × 10^k that cuts `span` into about `count` parts. */
export function niceStep(span: number, count = 4): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return (STEPS.find((s) => s * power >= raw - 1e-12 * raw) ?? 10) * power;
}

/** Multiples of `step` from `min` to `max` (both included when they fall on the grid), without float dust. */
export function ticksBetween(min: number, max: number, step: number): number[] {
  const ticks: number[] = [];
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  for (let k = Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++)
    ticks.push(Number((k * step).toFixed(digits)));
  return ticks;
}

/** The smallest and largest finite value (positive only on a log axis) of `keys` over `rows`; null when there is none. */
export function dataExtent(rows: readonly object[], keys: readonly string[], log: boolean): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    for (const key of keys) {
      const v = (row as Record<string, unknown>)[key];
      if (typeof v !== 'number' || !Number.isFinite(v) || (log && v <= 0)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return min <= max ? [min, max] : null;
}

/** At most this many labelled ticks on a log axis; beyond it the decades are thinned to every 2nd, 5th, 10th… one. */
export const MAX_LOG_TICKS = 7;

/**
 * Every k-th decade of `ticks` (k = 1, 2, 5, 10, 20…, the smallest that leaves at most `max`), keeping exponents that
 * are multiples of k so labels read 10⁰, 10⁵, 10¹⁰.
 */
export function thinDecades(ticks: readonly number[], max = MAX_LOG_TICKS): number[] {
  if (ticks.length <= max) return [...ticks];
  let k = 1;
  for (let i = 0; ticks.filter((t) => Math.round(Math.log10(t)) % k === 0).length > max; i++)
    k = [2, 5, 10][i % 3] * 10 ** Math.floor(i / 3);
  return ticks.filter((t) => Math.round(Math.log10(t)) % k === 0);
}

/** A linear axis clips its top when the largest value passes this many times the 90th percentile of the values. */
export const OUTLIER_FACTOR = 10;

/**
 * The extent of a linear axis with outliers left out: when a few values tower over the rest (a loss
 * of 1e31 among losses of 0.7), the top is set to twice the 90th percentile, so the rest keeps its
 * shape, and `clippedMax` reports the largest value left out (drawn as a marker); otherwise the
 * plain extent and a null clippedMax.
 */
export function clippedExtent(
  rows: readonly object[],
  keys: readonly string[],
): { extent: [number, number] | null; clippedMax: number | null } {
  const extent = dataExtent(rows, keys, false);
  if (!extent) return { extent, clippedMax: null };
  const values: number[] = [];
  for (const row of rows) {
    for (const key of keys) {
      const v = (row as Record<string, unknown>)[key];
      if (typeof v === 'number' && Number.isFinite(v)) values.push(v);
    }
  }
  values.sort((a, b) => a - b);
  const q = values[Math.floor(0.9 * (values.length - 1))];
  const [low, high] = extent;
  const bulk = q - Math.min(low, 0);
  if (!(bulk > 0) || high - Math.min(low, 0) <= OUTLIER_FACTOR * bulk) return { extent, clippedMax: null };
  return { extent: [low, Math.min(low, 0) + 2 * bulk], clippedMax: high };
}

/**
 * The y axis: given ticks when there are (the domain spans them unless it is given); otherwise
 * whole decades on a log axis, or about five nice steps on a linear one, with an 'auto' end rounded
 * out to the next tick so the lines never touch the frame.
 */
export function yScale(
  extent: [number, number] | null,
  domain: [DomainEnd, DomainEnd],
  log: boolean,
  givenTicks?: readonly number[],
): AxisScale {
  const [low, high] = extent ?? (log ? [0.1, 1] : [0, 1]);
  if (log) {
    const ticks = givenTicks && givenTicks.length > 0 ? [...givenTicks] : decadeTicks(low, high);
    const min = typeof domain[0] === 'number' && domain[0] > 0 ? domain[0] : ticks[0];
    const max = typeof domain[1] === 'number' && domain[1] > 0 ? domain[1] : ticks[ticks.length - 1];
    // The domain spans every decade; only the labelled ticks are thinned, so that 30 decades do not pile up into a smudge.
    return {
      min,
      max: max > min ? max : min * 10,
      ticks: thinDecades(ticks.filter((t) => t >= min * (1 - 1e-9) && t <= max * (1 + 1e-9))),
      log,
    };
  }
  let min = typeof domain[0] === 'number' ? domain[0] : low;
  let max = typeof domain[1] === 'number' ? domain[1] : high;
  if (max <= min) max = min + (Math.abs(min) || 1);
  if (givenTicks && givenTicks.length > 0) {
    if (domain[0] === 'auto') min = Math.min(min, givenTicks[0]);
    if (domain[1] === 'auto') max = Math.max(max, givenTicks[givenTicks.length - 1]);
    return { min, max, ticks: givenTicks.filter((t) => t >= min && t <= max), log };
  }
  const step = niceStep(max - min);
  if (domain[0] === 'auto') min = Math.floor(min / step + 1e-9) * step;
  if (domain[1] === 'auto') max = Math.ceil(max / step - 1e-9) * step;
  return { min, max, ticks: ticksBetween(min, max, step), log };
}

/** The x axis from 0 to the last x, rounded up to a nice tick. */
export function xScale(lastX: number): AxisScale {
  const end = lastX > 0 && Number.isFinite(lastX) ? lastX : 1;
  const step = niceStep(end);
  const max = Math.ceil(end / step - 1e-9) * step;
  return { min: 0, max, ticks: ticksBetween(0, max, step), log: false };
}

/** Where `value` falls along `length` pixels of `axis` (0 at its minimum); NaN when a log axis cannot place it. */
export function position(axis: AxisScale, value: number, length: number): number {
  if (axis.log) {
    if (!(value > 0)) return Number.NaN;
    return ((Math.log10(value) - Math.log10(axis.min)) / (Math.log10(axis.max) - Math.log10(axis.min))) * length;
  }
  return ((value - axis.min) / (axis.max - axis.min)) * length;
}
