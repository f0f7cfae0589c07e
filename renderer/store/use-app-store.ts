import { useStore } from 'zustand';
import { useServices } from '../app/use-services';
import type { AppState } from './types';

/** Subscribes a component to one selected piece of the app store (re-rendering only when it changes by identity). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useServices().store, selector);
}
