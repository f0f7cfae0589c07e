import { useContext } from 'react';
import { ServicesContext } from './services-context';
import type { AppServices } from './services';

/** The app services of the surrounding provider; throws outside one. */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services)
    throw new Error('useServices must be called inside <ServicesContext.Provider>; wrap the app in it at start-up.');
  return services;
}
