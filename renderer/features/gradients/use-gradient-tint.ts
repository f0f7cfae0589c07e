import { useMemo } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { useThemeColours } from '../charts/use-theme-colours';
import { type GradientTint, gradientTint, tintColours, tintFromKey, tintKey } from './gradient-tint';

/**
 * The canvas tint while `enabled`: log magnitudes per node and their colours. The store is read
 * through the tint's rounded key, so a statistics sample that moves no colour re-renders nothing
 * (the canvas and its nodes keep their objects and the page is not restyled).
 */
export function useGradientTint(enabled: boolean): { tint: GradientTint | null; colours: Map<string, string> | null } {
  const key = useAppStore((s) => (enabled ? tintKey(gradientTint(s.document.graph, s.training.latestStats)) : ''));
  const theme = useThemeColours();
  const tint = useMemo(() => tintFromKey(key), [key]);
  const colours = useMemo(() => (theme ? tintColours(tint, theme.magnitude) : null), [tint, theme]);
  return { tint, colours };
}
