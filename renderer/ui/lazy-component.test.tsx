import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { lazyWhenShown } from './lazy-component';

function Dialog({ label }: { label: string }) {
  return <div role="dialog">{label}</div>;
}

describe('a panel drawn and fetched only while shown', () => {
  it('draws nothing and fetches nothing while closed', () => {
    const load = vi.fn(() => Promise.resolve(Dialog));
    const Lazy = lazyWhenShown(() => false, load);
    expect(renderToStaticMarkup(<Lazy label="About" />)).toBe('');
    expect(load).not.toHaveBeenCalled();
  });

  it('fetches its code the first time it is shown, and only once', () => {
    const load = vi.fn(() => Promise.resolve(Dialog));
    const Lazy = lazyWhenShown(() => true, load);
    renderToStaticMarkup(<Lazy label="About" />);
    renderToStaticMarkup(<Lazy label="About" />);
    expect(load).toHaveBeenCalledOnce();
  });
});
