/**
 * Puts zod in its interpreted mode before any schema is built. The page's CSP forbids eval, and
 * zod otherwise probes for it with `new Function` while building object schemas, which the browser
 * reports as a policy violation. Imported first by main.tsx, so it runs before every other module.
 */
import { z } from 'zod';

z.config({ jitless: true });
