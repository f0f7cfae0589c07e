import { useEffect, useState } from 'react';
import type { Preset } from './preset-groups';

let shelf: Promise<Preset[]> | null = null;
let ready: Preset[] | null = null;

/**
 * The bundled examples, read and each checked by parseProject once, on first use: their texts and the
 * checks are fetched then, not at start-up.
 */
export function loadBundledPresets(): Promise<Preset[]> {
  shelf ??= import('./presets').then(
    ({ loadPresets }) => (ready = loadPresets()),
    (error: unknown) => {
      shelf = null;
      throw error;
    },
  );
  return shelf;
}

/** The bundled examples once read, null until then; while `wanted`, a component asking for them starts the reading. */
export function usePresets(wanted = true): Preset[] | null {
  const [presets, setPresets] = useState(ready);
  useEffect(() => {
    if (!wanted || presets !== null) return;
    let live = true;
    // A failed fetch leaves the list empty; the next time it is wanted it is tried again.
    loadBundledPresets().then(
      (list) => live && setPresets(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, presets]);
  return presets;
}
