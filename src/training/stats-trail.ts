/**
 * The statistics samples taken between two reports. A trainer measures every statsEvery-th step but
 * the worker reports about ten times a second, so without a trail a run that ends within a second
 * leaves a handful of points on the gradient chart. The trail keeps the samples a report would have
 * dropped, evenly spread: when it fills, every other sample goes and the spacing doubles, so a fast
 * run costs at most `capacity` samples per report. The fast engine keeps decoded samples; the tfjs
 * engine keeps the small flat tensors its statistics come in and reads them back together at the
 * report, handing `release` whatever the trail lets go of.
 */
import type { StatsSample } from './stats';

export class StatsTrail<Sample extends { step: number } = StatsSample> {
  private samples: Sample[] = [];
  private gap = 1;
  private lastStep = -Infinity;

  constructor(
    private readonly capacity = 24,
    private readonly release: (sample: Sample) => void = () => undefined,
  ) {}

  /** Starts over (a new run, restored weights): empty, and every sample wanted again. */
  reset(statsEvery: number): void {
    this.samples.forEach(this.release);
    this.samples = [];
    this.gap = Math.max(1, statsEvery);
    this.lastStep = -Infinity;
  }

  /** Whether the sample of `step` is far enough from the last kept one to be worth decoding. */
  wants(step: number): boolean {
    return step - this.lastStep >= this.gap;
  }

  /** Keeps a sample (steps increase); a full trail keeps every other sample and doubles the spacing. */
  add(sample: Sample): void {
    this.samples.push(sample);
    this.lastStep = sample.step;
    if (this.samples.length >= this.capacity) {
      this.samples.forEach((s, i) => i % 2 === 0 && this.release(s));
      this.samples = this.samples.filter((_, i) => i % 2 === 1);
      this.gap *= 2;
    }
  }

  /** Forgets the samples after `step` (the steps a divergence rolled back). */
  dropAfter(step: number): void {
    this.samples.forEach((s) => s.step > step && this.release(s));
    this.samples = this.samples.filter((s) => s.step <= step);
    this.lastStep = this.samples.length > 0 ? this.samples[this.samples.length - 1].step : -Infinity;
  }

  /** The kept samples, oldest first; the trail is empty afterwards. */
  take(): Sample[] {
    const taken = this.samples;
    this.samples = [];
    return taken;
  }
}
