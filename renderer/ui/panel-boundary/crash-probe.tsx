/**
 * A test hook inside every panel boundary: an automated browser (navigator.webdriver) can make one
 * panel throw while it renders, to check that the rest of the app and the document survive. A request
 * for a panel that is not drawn yet (one that loads or draws a moment after start-up) waits for it.
 * In a person's browser it never listens, so it renders nothing and can never throw.
 */
import { useEffect, useState } from 'react';

/** The window event a browser test dispatches, with the panel's id as its detail. */
export const CRASH_EVENT = 'mlp-test-crash';

const automated = () => typeof navigator !== 'undefined' && navigator.webdriver === true;

/** Panels asked to fail and not failed yet, and the probes drawn now. */
const requested = new Set<string>();
const probes = new Set<(panel: string) => void>();

if (typeof window !== 'undefined' && automated()) {
  window.addEventListener(CRASH_EVENT, (event) => {
    const panel = (event as CustomEvent<unknown>).detail;
    if (typeof panel !== 'string') return;
    requested.add(panel);
    probes.forEach((probe) => probe(panel));
  });
}

/** Renders nothing; throws in render once a test asked panel `panel` to fail (automated browsers only). */
export function CrashProbe({ panel }: { panel: string }) {
  const [crash, setCrash] = useState(false);
  useEffect(() => {
    if (!automated()) return;
    const probe = (asked: string) => {
      if (asked === panel) setCrash(true);
    };
    probe([...requested].find((asked) => asked === panel) ?? '');
    probes.add(probe);
    return () => {
      probes.delete(probe);
    };
  }, [panel]);
  if (crash) {
    // Once: the panel drawn again by "Reload view" works.
    requested.delete(panel);
    throw new Error(`The test asked the '${panel}' panel to fail`);
  }
  return null;
}
