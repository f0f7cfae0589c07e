import { describe, expect, it } from 'vitest';
import { xScale, yScale } from './chart-scale';
import {
  type ChartScene,
  clippedMarks,
  drawSeriesChart,
  endLabelPlacement,
  parseDash,
  seriesPoints,
} from './draw-series-chart';

function scene(rows: object[], log = false): ChartScene {
  return {
    width: 300,
    height: 200,
    plot: { left: 50, top: 10, width: 200, height: 100 },
    x: xScale(10),
    y: log ? yScale([1e-3, 1], ['auto', 'auto'], true) : yScale([0, 1], [0, 1], false, [0, 0.5, 1]),
    xKey: 'epoch',
    rows,
    series: [
      { key: 'a', colour: '#112233', lineWidth: 2, dash: [] },
      { key: 'b', colour: '#445566', lineWidth: 2, dash: [5, 3] },
    ],
    formatX: String,
    formatY: String,
    font: '11px sans-serif',
    colours: { grid: '#ccc', muted: '#888' },
  };
}

/** A 2-D context that records the calls the painter makes. */
function recordingContext() {
  const calls: string[] = [];
  const handler: ProxyHandler<object> = {
    get: (_, name: string) =>
      name === 'measureText' ? () => ({ width: 10 }) : (...args: unknown[]) => calls.push(`${name}(${args.join(',')})`),
    set: (_, name: string, value: unknown) => {
      calls.push(`${name}=${String(value)}`);
      return true;
    },
  };
  return { ctx: new Proxy({}, handler) as CanvasRenderingContext2D, calls };
}

describe('seriesPoints', () => {
  it('places each value in the plot (y grows downwards) and bridges gaps', () => {
    const rows = [
      { epoch: 0, a: 0 },
      { epoch: 5, a: null },
      { epoch: 10, a: 1 },
    ];
    // x: 0..10 over 200 px from 50; y: 0..1 over 100 px from the bottom at 110.
    expect(seriesPoints(scene(rows), 'a')).toEqual([
      [50, 110],
      [250, 10],
    ]);
  });

  it('skips values a log axis cannot place', () => {
    const rows = [
      { epoch: 0, a: 0 },
      { epoch: 10, a: 0.1 },
    ];
    const points = seriesPoints(scene(rows, true), 'a');
    expect(points).toHaveLength(1);
    // 0.1 is two of the three decades above 1e-3: a third of the height below the top.
    expect(points[0][1]).toBeCloseTo(10 + 100 / 3, 9);
  });
});

describe('drawSeriesChart', () => {
  it('strokes one path per series in its colour and dash, and returns the vertices it drew', () => {
    const rows = [
      { epoch: 0, a: 0.2, b: 0.9 },
      { epoch: 10, a: 0.8, b: 0.1 },
    ];
    const { ctx, calls } = recordingContext();
    const lines = drawSeriesChart(ctx, scene(rows));
    expect(lines.get('a')).toEqual([
      [50, 90],
      [250, 30],
    ]);
    expect(lines.get('b')).toHaveLength(2);
    expect(calls).toContain('strokeStyle=#112233');
    expect(calls).toContain('setLineDash(5,3)');
    expect(calls.filter((c) => c.startsWith('fillText(')).map((c) => c.slice(9, c.indexOf(',')))).toEqual(
      expect.arrayContaining(['0', '0.5', '1']),
    );
  });
});

describe('parseDash', () => {
  it('reads an SVG dash string', () => {
    expect(parseDash('5 3')).toEqual([5, 3]);
    expect(parseDash('2,2')).toEqual([2, 2]);
    expect(parseDash(undefined)).toEqual([]);
  });
});

describe('end labels', () => {
  it("writes each labelled line's name right of the plot, in its colour, and unlabelled lines get none", () => {
    const rows = [
      { epoch: 0, a: 0.2, b: 0.9 },
      { epoch: 10, a: 0.8, b: 0.1 },
    ];
    const base = scene(rows);
    const labelled = { ...base, series: [{ ...base.series[0], label: 'Linear 1' }, base.series[1]] };
    const { ctx, calls } = recordingContext();
    const lines = drawSeriesChart(ctx, labelled);
    expect(calls).toContain('fillText(Linear 1,256,30)');
    expect(calls.some((c) => c.startsWith('fillText(undefined'))).toBe(false);
    expect(endLabelPlacement(labelled, lines).map((l) => l.key)).toEqual(['a']);
    const plain = recordingContext();
    drawSeriesChart(plain.ctx, base);
    expect(plain.calls.some((c) => c.startsWith('fillText(Linear'))).toBe(false);
  });
});

describe('clipped outliers', () => {
  it('puts values above a clipped top on the top edge and marks each excursion once, saying how high it went', () => {
    const rows = [
      { epoch: 0, a: 0.5 },
      { epoch: 2, a: 3e6 },
      { epoch: 4, a: 1.9e31 },
      { epoch: 6, a: 0.9 },
      { epoch: 8, a: 5e9 },
    ];
    const clipped = { ...scene(rows), clippedMax: 1.9e31 };
    const points = seriesPoints(clipped, 'a');
    expect(points.map((p) => p[1])).toEqual([60, 10, 10, 20, 10]);
    expect(clippedMarks(clipped, 'a')).toEqual([90, 210]);
    const { ctx, calls } = recordingContext();
    drawSeriesChart(ctx, clipped);
    expect(calls.some((c) => c.startsWith('fillText(▲ off the scale, up to 1.9e+31'))).toBe(true);
    // Without a clip nothing is marked.
    expect(clippedMarks(scene(rows), 'a')).toEqual([]);
  });
});
