import { type ComponentType, lazy, Suspense, useEffect } from 'react';

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
 * panels closed at start-up, whose own open check would otherwise need their code loaded to say "nothing". With
 * `useClose` (the dialog's close, read by a hook), an Escape pressed before the dialog's code has arrived closes it,
 * as it would once drawn, instead of being lost while the dialog appears anyway.
 */
export function lazyWhenShown<P extends object>(
  useShown: () => boolean,
  load: () => Promise<ComponentType<P>>,
  useClose: () => (() => void) | null = () => null,
): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function ShownLazily(props: P) {
    const shown = useShown();
    const close = useClose();
    if (!shown) return null;
    return (
      <Suspense fallback={close ? <EscapeWhileLoading close={close} /> : null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return ShownLazily;
}

/** Drawn while a dialog's code is fetched: Escape closes the dialog that was asked for. */
function EscapeWhileLoading({ close }: { close: () => void }) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      close();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [close]);
  return null;
}
