import { describe, expect, it, vi } from 'vitest';
import { createThemeKeeper } from './theme-keeper';

describe('createThemeKeeper', () => {
  it('gives the remembered theme to the OS title bar at start, without writing it again', () => {
    const target = { themeSource: 'system' as 'system' | 'light' | 'dark' };
    const remember = vi.fn();
    const keeper = createThemeKeeper(target, 'dark', remember);
    expect(target.themeSource).toBe('dark');
    expect(keeper.get()).toBe('dark');
    expect(remember).not.toHaveBeenCalled();
  });

  it('keeps the title bar in step with each change and remembers only real changes', () => {
    const target = { themeSource: 'system' as 'system' | 'light' | 'dark' };
    const remember = vi.fn();
    const keeper = createThemeKeeper(target, 'system', remember);
    keeper.set('light');
    keeper.set('light');
    expect(target.themeSource).toBe('light');
    expect(keeper.get()).toBe('light');
    expect(remember).toHaveBeenCalledTimes(1);
    expect(remember).toHaveBeenCalledWith('light');
  });
});
