// The dataset preview of rows with more than two columns: drawn over the boundary view's plane, not the first two columns.
import { describe, expect, it } from 'vitest';
import { type Dataset, planeProjection, type SplitDataset } from '../../../src/data/index';
import { drawScatter } from './draw-scatter';

/** A context that records the centre of every dot drawn. */
function recordingContext() {
  const centres: [number, number][] = [];
  const ctx = {
    clearRect: () => undefined,
    strokeRect: () => undefined,
    beginPath: () => undefined,
    fill: () => undefined,
    stroke: () => undefined,
    arc: (x: number, y: number) => centres.push([x, y]),
  } as unknown as CanvasRenderingContext2D;
  return { ctx, centres };
}

/** Four columns: the first two constant, the last two carrying all the spread (column 3 = -column 2). */
function wide(n: number): Dataset {
  const x = new Float32Array(n * 4);
  for (let i = 0; i < n; i++) x.set([1, 1, i, -i], i * 4);
  const y = Float32Array.from({ length: n }, (_, i) => i % 2);
  return { n, features: 4, x, y, task: 'binary', classes: 2, featureNames: ['a', 'b', 'c', 'd'] } as Dataset;
}

const colours = { classes: ['#000000', '#ffffff'], values: [], axis: '#888888' };

describe('drawScatter', () => {
  const split: SplitDataset = { train: wide(8), validation: wide(2) };

  it('spreads the dots of wide rows over the plane of two chosen columns', () => {
    const plain = recordingContext();
    drawScatter(plain.ctx, split, 100, 100, colours);
    // The first two columns are constant: without a plane every dot lands on one spot.
    expect(new Set(plain.centres.map(([x, y]) => `${x},${y}`)).size).toBe(1);
    const over = recordingContext();
    drawScatter(over.ctx, split, 100, 100, colours, planeProjection(split.train, { kind: 'features', x: 2, y: 3 }));
    const xs = over.centres.slice(0, 8).map(([x]) => x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(8);
  });

  it('draws wide rows over their principal components', () => {
    const pca = recordingContext();
    drawScatter(pca.ctx, split, 100, 100, colours, planeProjection(split.train, { kind: 'pca' }));
    expect(new Set(pca.centres.slice(0, 8).map(([x]) => Math.round(x))).size).toBe(8);
  });
});
