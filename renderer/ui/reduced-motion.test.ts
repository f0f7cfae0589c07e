import { afterEach, describe, expect, it, vi } from 'vitest';
import { motionDuration, prefersReducedMotion, scrollBehaviour } from './reduced-motion';

describe('reduced motion', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the media query and turns animations into jumps when it matches', () => {
    const queries: string[] = [];
    vi.stubGlobal('matchMedia', (query: string) => {
      queries.push(query);
      return { matches: true };
    });
    expect(prefersReducedMotion()).toBe(true);
    expect(queries).toEqual(['(prefers-reduced-motion: reduce)']);
    expect(motionDuration(300)).toBe(0);
    expect(scrollBehaviour()).toBe('auto');
  });

  it('keeps the motion when the query does not match, or cannot be asked', () => {
    expect(prefersReducedMotion()).toBe(false);
    expect(motionDuration(300)).toBe(300);
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    expect(motionDuration(300)).toBe(300);
    expect(scrollBehaviour()).toBe('smooth');
  });
});
