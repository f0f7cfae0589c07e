import { type ComponentType, lazy, Suspense } from 'react';

/**
 * A component whose code is fetched the first time it renders (dynamic import()), drawn as nothing
 * until it arrives. Used for views off the start-up path, so their libraries (recharts, the code
 * exporters) stay out of the first download and the canvas is interactive sooner.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload(): Promise<unknown> } {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetchOnce = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed fetch is tried again the next time the component is drawn or preloaded.
        loading = null;
        throw error;
      },
    ));
  const Lazy = lazy(() => fetchOnce().then((component) => ({ default: component })));
  function LazyComponent(props: P) {
    // Once its code is here (drawn before, or preloaded), it draws in the same render, with no empty frame.
    const Loaded = loaded;
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  /** Fetches the code now, so that the first time it is shown it draws at once. */
  LazyComponent.preload = (): Promise<unknown> => fetchOnce();
  return LazyComponent;
}

/**
 * A component drawn only while `useShown()` is true, whose code is fetched the first time it is shown: for dialogs and
 * panels closed at start-up, whose own open check would otherwise need their code loaded to say "nothing".
 */
export function lazyWhenShown<P extends object>(
  useShown: () => boolean,
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload(): Promise<unknown> } {
  const Lazy = lazyComponent(load);
  function ShownLazily(props: P) {
    return useShown() ? <Lazy {...props} /> : null;
  }
  ShownLazily.preload = Lazy.preload;
  return ShownLazily;
}
