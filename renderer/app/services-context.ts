/** The React context that carries the app services; components read it through useServices. */
import { createContext } from 'react';
import type { AppServices } from './services';

/** Null outside the provider, so a missing provider fails loudly instead of using a stray store. */
export const ServicesContext = createContext<AppServices | null>(null);
