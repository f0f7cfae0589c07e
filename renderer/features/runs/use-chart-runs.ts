import { useMemo } from 'react';
import { listRuns } from '../../../src/project/light';
import { useAppStore } from '../../store/use-app-store';
import { type ChartRun, chartRunsOf } from './run-rows';

/** The project's runs with their traces, in order (only runs the group has reported on). */
export function useChartRuns(): ChartRun[] {
  const document = useAppStore((s) => s.document);
  const traces = useAppStore((s) => s.comparison.traces);
  const runs = useMemo(() => listRuns(document).map((r) => ({ index: r.index, id: r.id, name: r.name })), [document]);
  return useMemo(() => chartRunsOf(runs, traces), [runs, traces]);
}
