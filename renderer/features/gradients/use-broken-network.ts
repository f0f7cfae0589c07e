import { useMemo } from 'react';
import { describeBrokenNetwork } from '../../../src/training/light';
import { useAppStore } from '../../store/use-app-store';

/** Why the network as last sampled cannot learn on (exploded weights, no gradient left, a dead layer), or null when nothing says so. */
export function useBrokenNetwork(): string | null {
  const latest = useAppStore((s) => s.training.latestStats);
  return useMemo(() => (latest ? describeBrokenNetwork(latest.layers) : null), [latest]);
}
