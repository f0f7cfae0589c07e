import { describe, expect, it } from 'vitest';
import { gridResolutionFromUrl } from './services';

describe('gridResolutionFromUrl', () => {
  it('takes a whole grid side from 16 to 256 from ?grid=', () => {
    expect(gridResolutionFromUrl('?grid=128')).toEqual({ gridResolution: 128 });
    expect(gridResolutionFromUrl('?welcome=1&grid=16')).toEqual({ gridResolution: 16 });
  });

  it('ignores a missing, fractional or out-of-range value, leaving the client its default', () => {
    for (const search of ['', '?grid=', '?grid=12.5', '?grid=15', '?grid=257', '?grid=abc'])
      expect(gridResolutionFromUrl(search)).toEqual({});
  });
});
