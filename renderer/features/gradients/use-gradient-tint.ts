import { useMemo } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { useThemeColours } from '../charts/use-theme-colours';
import { type GradientTint, gradientTint, tintColours } from './gradient-tint';

/** The canvas tint while `enabled`: log magnitudes per node and their colours, recomputed when a new statistics sample arrives or the graph changes. */
export function useGradientTint(enabled: boolean): { tint: GradientTint | null; colours: Map<string, string> | null } {
  const sample = useAppStore((s) => (enabled ? s.training.latestStats : null));
  const graph = useAppStore((s) => s.document.graph);
  const theme = useThemeColours();
  const tint = useMemo(() => gradientTint(graph, sample), [graph, sample]);
  const colours = useMemo(() => (theme ? tintColours(tint, theme.magnitude) : null), [tint, theme]);
  return { tint, colours };
}
