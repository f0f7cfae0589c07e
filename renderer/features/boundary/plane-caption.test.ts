import { describe, expect, it } from 'vitest';
import type { PlaneProjection } from '../../../src/data/projection';
import { planeCaption } from './plane-caption';

const base = { origin: new Float64Array(3), v1: new Float64Array(3), v2: new Float64Array(3) };
const plane = (p: Partial<PlaneProjection>): PlaneProjection =>
  ({ ...base, w1: base.v1, w2: base.v2, ...p }) as PlaneProjection;

describe('planeCaption', () => {
  it('gives each principal component its share of the variance', () => {
    const pca = plane({ choice: { kind: 'pca' }, axes: ['PC1', 'PC2'], explained: [0.412, 0.196] });
    expect(planeCaption(pca)).toBe('PC1 (41 %) × PC2 (20 %) of the standardised variance');
  });

  it('names two chosen columns and says where the others are held', () => {
    const columns = plane({ choice: { kind: 'features', x: 2, y: 0 }, axes: ['petal length', 'sepal length'] });
    expect(planeCaption(columns)).toBe('petal length × sepal length, other columns at their means');
  });
});
