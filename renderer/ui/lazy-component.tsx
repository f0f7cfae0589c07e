import { type ComponentType, lazy, Suspense } from 'react';

/**
 * A component whose code is fetched the first time it renders (dynamic import()), drawn as nothing
 * until it arrives. Used for views off the start-up path, so their libraries (recharts, the code
 * exporters) stay out of the first download and the canvas is interactive sooner.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function LazyComponent(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyComponent;
}

/**
 * A component drawn only while `useShown()` is true, whose code is fetched the first time it is shown: for dialogs and
 * panels closed at start-up, whose own open check would otherwise need their code loaded to say "nothing".
 */
export function lazyWhenShown<P extends object>(
  useShown: () => boolean,
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const Lazy = lazyComponent(load);
  function ShownLazily(props: P) {
    return useShown() ? <Lazy {...props} /> : null;
  }
  return ShownLazily;
}
