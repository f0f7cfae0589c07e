import { describe, expect, it } from 'vitest';
import { loadPresets } from './presets';
import { loadBundledPresets } from './use-presets';

describe('the bundled presets, read on first use', () => {
  it('are the same list loadPresets reads, read once', async () => {
    const [first, second] = await Promise.all([loadBundledPresets(), loadBundledPresets()]);
    expect(first).toBe(second);
    expect(first.map((p) => p.fileName)).toEqual(loadPresets().map((p) => p.fileName));
    expect(first.length).toBeGreaterThan(10);
    expect(first.every((p) => p.error === null)).toBe(true);
  });
});
