import { memo } from 'react';
import type { Histogram } from '../../../src/training/index';
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

/** A small bar chart of an engine histogram (values from −range to range), each bar's interval and count on hover. */
export const HistogramBars = memo(function HistogramBars({
  histogram,
  label,
  colour,
  width,
  height,
}: HistogramBarsProps) {
  const bars = histogramBars(histogram, width, height);
  const range = formatMagnitude(histogram.range);
  return (
    <figure className="histogram">
      <svg
        className="histogram__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${label} histogram over ±${range}`}
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
    </figure>
  );
});
