import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { BLOB_BOX, generateBlobs } from './blobs';
import { generateCircles } from './circles';
import { INNER_STDDEV, OUTER_CENTRE, OUTER_STDDEV, generateGaussians } from './gaussians';
import { generateLinear } from './linear';
import { generateMoons } from './moons';
import { SPIRAL_START, SPIRAL_TURNS, generateSpiral } from './spiral';
import { coordinate, meanStd, radii, rowsByClass } from './test-helpers';
import { XOR_GAP, generateXor } from './xor';

const rng = (seed = 1) => createRng(seed);

describe('moons', () => {
  it('puts ⌊n/2⌋ points in class 0 and the rest in class 1', () => {
    expect(rowsByClass(generateMoons({ samples: 200, noise: 0.1 }, rng())).map((r) => r.length)).toEqual([100, 100]);
    expect(rowsByClass(generateMoons({ samples: 201, noise: 0.1 }, rng())).map((r) => r.length)).toEqual([100, 101]);
  });

  it('puts noiseless points exactly on the two unit half circles', () => {
    const ds = generateMoons({ samples: 300, noise: 0 }, rng());
    const [upper, lower] = rowsByClass(ds);
    for (const r of radii(ds, upper)) expect(r).toBeCloseTo(1, 6);
    for (const r of radii(ds, lower, 1, 0.5)) expect(r).toBeCloseTo(1, 6);
    expect(Math.min(...coordinate(ds, upper, 1))).toBeGreaterThanOrEqual(-1e-7);
    expect(Math.max(...coordinate(ds, lower, 1))).toBeLessThanOrEqual(0.5 + 1e-7);
    const x1 = coordinate(ds, [...upper, ...lower], 0);
    expect(Math.min(...x1)).toBeCloseTo(-1, 6);
    expect(Math.max(...x1)).toBeCloseTo(2, 6);
  });

  it('scatters points off the circles by about the noise level', () => {
    const rms = (noise: number) => {
      const ds = generateMoons({ samples: 4000, noise }, rng(2));
      const offsets = radii(ds, rowsByClass(ds)[0]).map((r) => r - 1);
      return Math.sqrt(offsets.reduce((s, d) => s + d * d, 0) / offsets.length);
    };
    expect(rms(0)).toBeLessThan(1e-6);
    // Radial offsets of isotropic noise have a standard deviation close to the noise for small noise.
    expect(rms(0.05)).toBeGreaterThan(0.045);
    expect(rms(0.05)).toBeLessThan(0.055);
    expect(rms(0.3)).toBeGreaterThan(0.25);
  });
});

describe('circles', () => {
  it('puts noiseless classes on circles whose radius ratio is the factor', () => {
    for (const factor of [0.3, 0.5, 0.8]) {
      const ds = generateCircles({ samples: 200, noise: 0, factor }, rng());
      const [outer, inner] = rowsByClass(ds);
      expect([outer.length, inner.length]).toEqual([100, 100]);
      for (const r of radii(ds, outer)) expect(r).toBeCloseTo(1, 6);
      for (const r of radii(ds, inner)) expect(r).toBeCloseTo(factor, 6);
    }
  });

  it('widens the rings with noise', () => {
    const spread = (noise: number) => {
      const ds = generateCircles({ samples: 2000, noise, factor: 0.5 }, rng(3));
      return meanStd(radii(ds, rowsByClass(ds)[0])).std;
    };
    expect(spread(0)).toBeLessThan(1e-6);
    expect(spread(0.3)).toBeGreaterThan(0.2);
  });
});

/** Runs the perceptron rule; true when it finds a line with every point on its class's side. */
function perceptronSeparates(ds: ReturnType<typeof generateLinear>, epochs: number): boolean {
  let [w1, w2, b] = [0, 0, 0];
  for (let epoch = 0; epoch < epochs; epoch++) {
    let mistakes = 0;
    for (let i = 0; i < ds.n; i++) {
      const target = ds.y[i] === 1 ? 1 : -1;
      if (target * (w1 * ds.x[i * 2] + w2 * ds.x[i * 2 + 1] + b) <= 0) {
        [w1, w2, b] = [w1 + target * ds.x[i * 2], w2 + target * ds.x[i * 2 + 1], b + target];
        mistakes++;
      }
    }
    if (mistakes === 0) return true;
  }
  return false;
}

describe('linear', () => {
  it('is linearly separable without noise, for many seeds', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const ds = generateLinear({ samples: 300, noise: 0 }, rng(seed));
      expect(rowsByClass(ds).map((r) => r.length)).toEqual([150, 150]);
      expect(perceptronSeparates(ds, 1000)).toBe(true);
    }
  });

  it('overlaps once the noise is large', () => {
    expect(perceptronSeparates(generateLinear({ samples: 300, noise: 1.5 }, rng(1)), 200)).toBe(false);
  });

  it('widens each cloud by the noise variance', () => {
    const variance = (noise: number) => {
      const ds = generateLinear({ samples: 8000, noise }, rng(4));
      const rows = rowsByClass(ds)[0];
      return meanStd(coordinate(ds, rows, 0)).std ** 2 + meanStd(coordinate(ds, rows, 1)).std ** 2;
    };
    // Independent noise adds noise² per coordinate to the cloud's total variance.
    expect(variance(0.5) - variance(0)).toBeGreaterThan(0.4);
    expect(variance(0.5) - variance(0)).toBeLessThan(0.6);
  });
});

describe('blobs', () => {
  it('splits samples over the classes as make_blobs does', () => {
    const ds = generateBlobs({ samples: 203, noise: 0, classes: 5, spread: 1 }, rng());
    expect(ds.task).toBe('multiclass');
    expect(rowsByClass(ds).map((r) => r.length)).toEqual([41, 41, 41, 40, 40]);
  });

  it('draws clusters with standard deviation `spread` around distinct centres in the box', () => {
    const ds = generateBlobs({ samples: 6000, noise: 0, classes: 3, spread: 0.5 }, rng(5));
    const centres = rowsByClass(ds).map((rows) => {
      const [sx, sy] = [meanStd(coordinate(ds, rows, 0)), meanStd(coordinate(ds, rows, 1))];
      expect(sx.std).toBeGreaterThan(0.47);
      expect(sx.std).toBeLessThan(0.53);
      expect(sy.std).toBeGreaterThan(0.47);
      expect(sy.std).toBeLessThan(0.53);
      expect(Math.max(Math.abs(sx.mean), Math.abs(sy.mean))).toBeLessThan(BLOB_BOX + 0.1);
      return [sx.mean, sy.mean];
    });
    for (let a = 0; a < centres.length; a++) {
      for (let b = a + 1; b < centres.length; b++) {
        expect(Math.hypot(centres[a][0] - centres[b][0], centres[a][1] - centres[b][1])).toBeGreaterThan(1);
      }
    }
  });

  it('adds noise on top of the spread', () => {
    const ds = generateBlobs({ samples: 6000, noise: 0.4, classes: 2, spread: 0.3 }, rng(6));
    const std = meanStd(coordinate(ds, rowsByClass(ds)[0], 0)).std;
    expect(std).toBeGreaterThan(0.47);
    expect(std).toBeLessThan(0.53);
  });
});

describe('xor', () => {
  it('labels 1 exactly where x1 and x2 share a sign, half the points per class', () => {
    const ds = generateXor({ samples: 400, noise: 0 }, rng());
    expect(rowsByClass(ds).map((r) => r.length)).toEqual([200, 200]);
    for (let i = 0; i < ds.n; i++) {
      const [x1, x2] = [ds.x[i * 2], ds.x[i * 2 + 1]];
      expect(ds.y[i]).toBe(x1 * x2 > 0 ? 1 : 0);
      expect(Math.min(Math.abs(x1), Math.abs(x2))).toBeGreaterThanOrEqual(XOR_GAP - 1e-7);
      expect(Math.max(Math.abs(x1), Math.abs(x2))).toBeLessThanOrEqual(1);
    }
    const quadrants = new Set(
      Array.from({ length: ds.n }, (_, i) => `${Math.sign(ds.x[i * 2])}${Math.sign(ds.x[i * 2 + 1])}`),
    );
    expect(quadrants.size).toBe(4);
  });

  it('pushes some points across the axes with noise', () => {
    const ds = generateXor({ samples: 400, noise: 0.3 }, rng());
    const crossed = Array.from({ length: ds.n }, (_, i) => i).filter(
      (i) => (ds.x[i * 2] * ds.x[i * 2 + 1] > 0 ? 1 : 0) !== ds.y[i],
    );
    expect(crossed.length).toBeGreaterThan(20);
  });
});

describe('spiral', () => {
  it('puts noiseless points of arm j on r ∈ [start, 1] at angle 2πj/k + 2π·turns·r', () => {
    const classes = 3;
    const ds = generateSpiral({ samples: 301, noise: 0, classes }, rng());
    expect(rowsByClass(ds).map((r) => r.length)).toEqual([101, 100, 100]);
    for (let i = 0; i < ds.n; i++) {
      const r = Math.hypot(ds.x[i * 2], ds.x[i * 2 + 1]);
      expect(r).toBeGreaterThanOrEqual(SPIRAL_START - 1e-6);
      expect(r).toBeLessThanOrEqual(1 + 1e-6);
      const expected = (2 * Math.PI * ds.y[i]) / classes + 2 * Math.PI * SPIRAL_TURNS * r;
      const difference = Math.atan2(ds.x[i * 2 + 1], ds.x[i * 2]) - expected;
      // Compare angles on the circle: the difference must be a whole number of turns.
      expect(Math.abs(Math.sin(difference / 2))).toBeLessThan(1e-4);
    }
  });

  it('blurs the arms with noise', () => {
    const ds = generateSpiral({ samples: 300, noise: 0.3, classes: 2 }, rng());
    const off = Array.from({ length: ds.n }, (_, i) => Math.hypot(ds.x[i * 2], ds.x[i * 2 + 1])).filter(
      (r) => r > 1.05,
    );
    expect(off.length).toBeGreaterThan(10);
  });
});

describe('gaussians', () => {
  it('reproduces the notebook: tight N(0, 0.5²) inside, broad N((0, 3), 1.5²) outside', () => {
    const ds = generateGaussians({ samples: 8000, noise: 0, spread: 1 }, rng());
    const [inner, outer] = rowsByClass(ds);
    expect([inner.length, outer.length]).toEqual([4000, 4000]);
    const check = (rows: number[], centre: readonly [number, number], stddev: number) => {
      for (const axis of [0, 1] as const) {
        const { mean, std } = meanStd(coordinate(ds, rows, axis));
        expect(Math.abs(mean - centre[axis])).toBeLessThan(0.1 * stddev);
        expect(Math.abs(std - stddev)).toBeLessThan(0.05 * stddev);
      }
    };
    check(inner, [0, 0], INNER_STDDEV);
    check(outer, OUTER_CENTRE, OUTER_STDDEV);
  });

  it('scales both spreads with `spread`', () => {
    const ds = generateGaussians({ samples: 8000, noise: 0, spread: 2 }, rng(2));
    const [inner, outer] = rowsByClass(ds);
    expect(meanStd(coordinate(ds, inner, 0)).std).toBeCloseTo(2 * INNER_STDDEV, 1);
    expect(meanStd(coordinate(ds, outer, 0)).std).toBeCloseTo(2 * OUTER_STDDEV, 1);
  });
});
