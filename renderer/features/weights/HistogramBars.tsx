import { memo, useId } from 'react';
import type { Histogram } from '../../../src/training/index';
import { histogramSummary } from '../charts/chart-summary';
import { formatMagnitude } from '../charts/metric-format';
import { histogramBars } from './histogram-bars';

/** Props of a small histogram. */
export interface HistogramBarsProps {
  histogram: Histogram;
  label: string;
  colour: string;
  width: number;
  height: number;
}

/**
 * A small bar chart of an engine histogram (values from −range to range), each bar's interval and
 * count on hover; for screen readers, a one-line summary and a table of the bins that hold values.
 */
export const HistogramBars = memo(function HistogramBars({
  histogram,
  label,
  colour,
  width,
  height,
}: HistogramBarsProps) {
  const summaryId = useId();
  const bars = histogramBars(histogram, width, height);
  const range = formatMagnitude(histogram.range);
  const summary = histogramSummary(label, histogram.counts, [-histogram.range, histogram.range], formatMagnitude);
  return (
    <figure className="histogram">
      <svg
        className="histogram__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${label} histogram over ±${range}`}
        aria-describedby={summaryId}
      >
        <line className="histogram__zero" x1={width / 2} x2={width / 2} y1={0} y2={height} />
        {bars.map((bar) => (
          <rect
            key={bar.x}
            x={bar.x + 0.5}
            y={bar.y}
            width={Math.max(0.5, bar.width - 1)}
            height={bar.height}
            fill={colour}
          >
            <title>{`${formatMagnitude(bar.from)} to ${formatMagnitude(bar.to)}: ${bar.count}`}</title>
          </rect>
        ))}
      </svg>
      <figcaption className="histogram__caption">
        <span>{label}</span>
        <span className="histogram__range">±{range}</span>
      </figcaption>
      <div className="visually-hidden">
        <p id={summaryId} data-testid="chart-summary">
          {summary}
        </p>
        <table data-testid="chart-table">
          <caption>{label}: values per interval</caption>
          <thead>
            <tr>
              <th scope="col">interval</th>
              <th scope="col">values</th>
            </tr>
          </thead>
          <tbody>
            {bars
              .filter((bar) => bar.count > 0)
              .map((bar) => (
                <tr key={bar.x}>
                  <th scope="row">{`${formatMagnitude(bar.from)} to ${formatMagnitude(bar.to)}`}</th>
                  <td>{bar.count}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
});
