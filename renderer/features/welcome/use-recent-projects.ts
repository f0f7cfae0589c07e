import { useEffect, useState } from 'react';
import type { RecentProject } from '../../bridge/platform';
import { useServices } from '../../app/use-services';

/**
 * The host's recent projects, read each time `active` turns true (the welcome screen opens); empty while loading or
 * when the host keeps none.
 */
export function useRecentProjects(active: boolean): RecentProject[] {
  const { platform } = useServices();
  const [entries, setEntries] = useState<RecentProject[]>([]);
  useEffect(() => {
    if (!active || !platform.recentProjects) return;
    let current = true;
    platform.recentProjects.list().then(
      (list) => current && setEntries(list),
      () => current && setEntries([]),
    );
    return () => {
      current = false;
    };
  }, [active, platform]);
  return entries;
}
