import type { ComponentType } from 'react';
import { useAppStore } from '../../store/use-app-store';

type ViewProps = { large?: boolean };

/** A dock view that draws `single` while the project has one run and `several` (every run overlaid) once it has more. */
export function withRuns(
  single: ComponentType<ViewProps>,
  several: ComponentType<ViewProps>,
): ComponentType<ViewProps> {
  const Single = single;
  const Several = several;
  function RunsAware({ large }: ViewProps) {
    const comparing = useAppStore((s) => s.document.runs !== undefined);
    return comparing ? <Several large={large} /> : <Single large={large} />;
  }
  RunsAware.displayName = `WithRuns(${single.displayName ?? single.name})`;
  return RunsAware;
}
