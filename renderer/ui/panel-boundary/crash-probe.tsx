/**
 * A test hook inside every panel boundary: an automated browser (navigator.webdriver) can make one
 * panel throw while it renders, to check that the rest of the app and the document survive. In a
 * person's browser it never listens, so it renders nothing and can never throw.
 */
import { useEffect, useState } from 'react';

/** The window event a browser test dispatches, with the panel's id as its detail. */
export const CRASH_EVENT = 'mlp-test-crash';

const automated = () => typeof navigator !== 'undefined' && navigator.webdriver === true;

/** Renders nothing; throws in render once a test asked panel `panel` to fail (automated browsers only). */
export function CrashProbe({ panel }: { panel: string }) {
  const [crash, setCrash] = useState(false);
  useEffect(() => {
    if (!automated()) return;
    const onCrash = (event: Event) => {
      if ((event as CustomEvent<unknown>).detail === panel) setCrash(true);
    };
    window.addEventListener(CRASH_EVENT, onCrash);
    return () => window.removeEventListener(CRASH_EVENT, onCrash);
  }, [panel]);
  if (crash) throw new Error(`The test asked the '${panel}' panel to fail`);
  return null;
}
