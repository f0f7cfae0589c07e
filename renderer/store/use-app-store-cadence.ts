import { useEffect, useRef, useState } from 'react';
import { useServices } from '../app/use-services';
import type { AppState } from './types';

/**
 * Like useAppStore, but the component hears of a change at most once every `ms` milliseconds (the
 * latest value always arrives): for views whose data moves with every training report but which
 * need not redraw ten times a second. `selector` must be stable (defined outside the component or memoised).
 */
export function useAppStoreCadence<T>(selector: (state: AppState) => T, ms: number): T {
  const { store } = useServices();
  const [value, setValue] = useState(() => selector(store.getState()));
  const last = useRef(-Infinity);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const deliver = () => {
      timer = null;
      last.current = performance.now();
      setValue(() => selector(store.getState()));
    };
    // The selector may have changed since the first render: start from what it reads now.
    setValue(() => selector(store.getState()));
    const unsubscribe = store.subscribe((state, previous) => {
      if (timer !== null || Object.is(selector(state), selector(previous))) return;
      timer = setTimeout(deliver, Math.max(0, last.current + ms - performance.now()));
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store, selector, ms]);
  return value;
}
