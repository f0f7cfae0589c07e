import type { ChartSeries } from './SeriesChart';

/** A compact legend of line swatches (dashed for validation) and names. */
export function ChartLegend({ series }: { series: readonly ChartSeries[] }) {
  return (
    <ul className="chart-legend">
      {series.map((s) => (
        <li key={s.key} className="chart-legend__item">
          <svg className="chart-legend__swatch" viewBox="0 0 16 4" aria-hidden="true">
            <line
              x1="0"
              y1="2"
              x2="16"
              y2="2"
              stroke={s.colour}
              strokeWidth="2.4"
              strokeDasharray={s.dash ?? (s.dashed ? '4 2' : undefined)}
            />
          </svg>
          {s.name}
        </li>
      ))}
    </ul>
  );
}
