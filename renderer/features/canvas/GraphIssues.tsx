import { selectAnalysis } from '../../store/analysis';
import { useAppStore } from '../../store/use-app-store';

/** Problems of the graph as a whole (no Input, no Output, ...), listed over the canvas's top-left corner. */
export function GraphIssues() {
  const issues = useAppStore((s) => selectAnalysis(s).graphIssues);
  if (issues.length === 0) return null;
  return (
    <ul className="graph-issues" data-testid="graph-issues">
      {issues.map((issue) => (
        <li key={issue.code + issue.message} className={`graph-issues__item graph-issues__item--${issue.severity}`}>
          {issue.message}
        </li>
      ))}
    </ul>
  );
}
