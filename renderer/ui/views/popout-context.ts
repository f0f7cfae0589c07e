import { createContext, useContext } from 'react';
import type { ViewId } from './view-meta';

/** Opens a view in the large pop-out (the dock provides it; elsewhere it does nothing). */
export const PopoutContext = createContext<(view: ViewId) => void>(() => undefined);

/** The function that pops a view out. */
export function usePopout(): (view: ViewId) => void {
  return useContext(PopoutContext);
}
