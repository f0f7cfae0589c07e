import { useMemo } from 'react';
import type { AppState } from '../../store/types';
import { useAppStoreCadence } from '../../store/use-app-store-cadence';
import { useThemeColours } from '../charts/use-theme-colours';
import { type GradientTint, gradientTint, tintColours, tintFromKey, tintKey } from './gradient-tint';

/** Least milliseconds between two repaints of the canvas tint while training (the nodes and edges are restyled each time). */
const TINT_EVERY_MS = 250;

const selectTintKey = (s: AppState) => tintKey(gradientTint(s.document.graph, s.training.latestStats));
const selectNoTint = () => '';

/**
 * The canvas tint while `enabled`: log magnitudes per node and their colours. The store is read
 * through the tint's rounded key, at most 4 times a second, so a statistics sample that moves no
 * colour re-renders nothing (the canvas and its nodes keep their objects and the page is not restyled).
 */
export function useGradientTint(enabled: boolean): { tint: GradientTint | null; colours: Map<string, string> | null } {
  const key = useAppStoreCadence(enabled ? selectTintKey : selectNoTint, TINT_EVERY_MS);
  const theme = useThemeColours();
  const tint = useMemo(() => tintFromKey(key), [key]);
  const colours = useMemo(() => (theme ? tintColours(tint, theme.magnitude) : null), [tint, theme]);
  return { tint, colours };
}
