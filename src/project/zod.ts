/**
 * zod in its interpreted mode, for every schema in src/. The web page's CSP forbids eval, and zod
 * otherwise probes for it with `new Function` as each object schema is built, which the browser
 * reports as a policy violation. Setting the mode here, in the module every schema imports zod
 * from, puts it before the first schema whatever chunk a bundler moves them to.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
