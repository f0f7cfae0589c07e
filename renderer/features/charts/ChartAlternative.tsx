import { useMemo } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { cellText, lastRows, seriesSummary, type SummaryAxis, type SummarySeries, TABLE_ROWS } from './chart-summary';

/** Props of a chart's text alternative. */
export interface ChartAlternativeProps {
  /** The id the chart's picture names in aria-describedby. */
  id: string;
  /** What the chart shows, as the summary begins ("Loss"). */
  title: string;
  rows: readonly object[];
  series: readonly SummarySeries[];
  x: SummaryAxis;
  formatValue(value: number): string;
}

/**
 * A line chart in words: a one-sentence summary (its picture's description) and a table of the last rows of data, one
 * column per line. Out of sight for screen readers, or shown over the chart when chart data is asked for as tables.
 */
export function ChartAlternative({ id, title, rows, series, x, formatValue }: ChartAlternativeProps) {
  const summary = useMemo(
    () => seriesSummary(title, rows, series, x, formatValue),
    [title, rows, series, x, formatValue],
  );
  const recent = useMemo(() => lastRows(rows, series, TABLE_ROWS), [rows, series]);
  const shown = useAppStore((s) => s.view.panels.chartTables);
  return (
    <div
      className={shown ? 'chart-alternative' : 'visually-hidden'}
      {...(shown ? { 'data-testid': 'chart-data', role: 'region', 'aria-label': `${title} data`, tabIndex: 0 } : {})}
    >
      <p id={id} data-testid="chart-summary">
        {summary}
      </p>
      {recent.length > 0 && (
        <table data-testid="chart-table">
          <caption>
            {title}: the last {recent.length} points
          </caption>
          <thead>
            <tr>
              <th scope="col">{x.label}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {recent.map((row, i) => (
              <tr key={i}>
                <th scope="row">{cellText(row, x.key, x.format)}</th>
                {series.map((s) => (
                  <td key={s.key}>{cellText(row, s.key, formatValue)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
