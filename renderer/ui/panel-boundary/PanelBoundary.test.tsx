import { isValidElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../app/services';
import { CrashProbe } from './crash-probe';
import { describeError } from './describe-error';
import { PanelBoundary, type PanelBoundaryProps } from './PanelBoundary';
import { PanelErrorView } from './PanelErrorView';

/*
 * The boundary's own logic, without a DOM: what it renders before and after a failure, what its two
 * buttons do, and the message it shows. The browser spec e2e/panel-boundary.spec.ts makes a real
 * panel throw inside the running app.
 */

/** A boundary instance whose setState applies at once, as React would after an event. */
function boundary(props: PanelBoundaryProps, services: Partial<AppServices> | null = null) {
  const instance = new PanelBoundary(props);
  (instance as { context: unknown }).context = services;
  instance.setState = ((update: unknown) => {
    const next =
      typeof update === 'function' ? (update as (s: typeof instance.state) => object)(instance.state) : update;
    instance.state = { ...instance.state, ...(next as object) };
  }) as typeof instance.setState;
  return instance;
}

/** The boundary after `thrown` escaped its panel. */
function failed(instance: PanelBoundary, thrown: unknown) {
  instance.state = { ...instance.state, ...PanelBoundary.getDerivedStateFromError(thrown) };
  return instance;
}

describe('PanelBoundary', () => {
  it('renders the panel (with its test probe) while nothing failed', () => {
    const child = <p>panel</p>;
    const element = boundary({ id: 'inspector', name: 'The inspector', children: child }).render() as ReactElement<{
      children: ReactElement[];
    }>;
    const [probe, content] = element.props.children;
    expect(probe.type).toBe(CrashProbe);
    expect((probe.props as { panel: string }).panel).toBe('inspector');
    expect(content).toBe(child);
  });

  it('after a throw shows the panel name and the error instead of the panel', () => {
    const instance = failed(
      boundary({ id: 'inspector', name: 'The inspector', children: <p>panel</p> }),
      new TypeError("Cannot read properties of undefined (reading 'at')"),
    );
    const element = instance.render();
    expect(isValidElement(element) && element.type).toBe(PanelErrorView);
    const html = renderToStaticMarkup(element as ReactElement);
    expect(html).toContain('role="alert"');
    expect(html).toContain('data-testid="panel-error-inspector"');
    expect(html).toContain('The inspector stopped working:');
    expect(html).toContain(
      'Cannot read properties of undefined (reading &#x27;at&#x27;)</span>. Your project is unchanged',
    );
    expect(html).toContain('data-testid="panel-reload-inspector"');
    expect(html).toContain('>Reload view<');
    expect(html).toContain('data-testid="panel-save-copy-inspector"');
    expect(html).toContain('>Save a copy<');
    expect(html).not.toContain('<p>panel</p>');
  });

  it('Reload view remounts the panel: the error is gone and the key is new', () => {
    const instance = boundary({ id: 'canvas', name: 'The canvas', children: <p>panel</p> });
    const before = (instance.render() as ReactElement).key;
    failed(instance, new Error('boom'));
    const view = instance.render() as ReactElement<{ onReload(): void }>;
    view.props.onReload();
    const after = instance.render() as ReactElement;
    expect(after.type).not.toBe(PanelErrorView);
    expect(after.key).not.toBe(before);
  });

  it('Save a copy runs the normal Save As of the file commands', () => {
    const saveAs = vi.fn(async () => true);
    const instance = failed(
      boundary({ id: 'dock', name: 'The training views' }, { files: { saveAs } as unknown as AppServices['files'] }),
      new Error('boom'),
    );
    (instance.render() as ReactElement<{ onSaveCopy(): void }>).props.onSaveCopy();
    expect(saveAs).toHaveBeenCalledTimes(1);
  });

  it('floats the message of a dialog in a corner', () => {
    const html = renderToStaticMarkup(
      failed(boundary({ id: 'about', name: 'The About dialog', floating: true }), 'x').render() as ReactElement,
    );
    expect(html).toContain('panel-error--floating');
  });
});

describe('describeError', () => {
  it('shows whatever was thrown as one sentence fragment', () => {
    expect(describeError(new Error('Broke.'))).toBe('Broke');
    expect(describeError(new RangeError(''))).toBe('RangeError');
    expect(describeError('plain text ')).toBe('plain text');
    expect(describeError('')).toBe('an empty error');
    expect(describeError(42)).toBe('a non-error value (42)');
    expect(describeError(null)).toBe('a non-error value (null)');
    expect(describeError(Object.create(null))).toBe('a value that cannot be shown');
  });
});

describe('CrashProbe', () => {
  it('renders nothing outside an automated browser', () => {
    expect(renderToStaticMarkup(<CrashProbe panel="inspector" />)).toBe('');
  });
});
