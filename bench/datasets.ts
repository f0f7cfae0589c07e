import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnStats, standardizeColumns } from '../src/data/split';
import { decodeRealDataset, type RealDatasetAsset } from '../src/data/real/decode';
import { createBenchRng, type BenchRng } from './rng';

/** Training data as every path sees it: row-major inputs and one-hot (or 0/1) targets. */
export interface BenchData {
  n: number;
  inputWidth: number;
  outputWidth: number;
  /** n × inputWidth. */
  x: Float32Array;
  /** n × outputWidth: 0/1 for a single sigmoid output, one-hot for softmax. */
  y: Float32Array;
}

type PointLabel = (rng: BenchRng) => [number, number, number];

function planeData(n: number, seed: number, pointLabel: PointLabel): BenchData {
  const rng = createBenchRng(seed);
  const x = new Float32Array(n * 2);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const [x1, x2, label] = pointLabel(rng);
    x[2 * i] = x1;
    x[2 * i + 1] = x2;
    y[i] = label;
  }
  return { n, inputWidth: 2, outputWidth: 1, x, y };
}

/** Two interleaved half circles with Gaussian noise (as scikit-learn's make_moons), labels drawn at random so batches are mixed. */
export function moons(n: number, noise: number, seed: number): BenchData {
  return planeData(n, seed, (rng) => {
    const label = rng.int(2);
    const t = Math.PI * rng.next();
    const x1 = label === 0 ? Math.cos(t) : 1 - Math.cos(t);
    const x2 = label === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
    return [x1 + noise * rng.normal(), x2 + noise * rng.normal(), label];
  });
}

/** A circle of radius `factor` inside a unit circle, with Gaussian noise (as make_circles). */
export function circles(n: number, noise: number, factor: number, seed: number): BenchData {
  return planeData(n, seed, (rng) => {
    const label = rng.int(2);
    const t = 2 * Math.PI * rng.next();
    const r = label === 1 ? factor : 1;
    return [r * Math.cos(t) + noise * rng.normal(), r * Math.sin(t) + noise * rng.normal(), label];
  });
}

/** Uniform points in [-1, 1]² labelled 1 where x1·x2 > 0 (the XOR pattern). */
export function xor(n: number, seed: number): BenchData {
  return planeData(n, seed, (rng) => {
    const x1 = 2 * rng.next() - 1;
    const x2 = 2 * rng.next() - 1;
    return [x1, x2, x1 * x2 > 0 ? 1 : 0];
  });
}

/** Standard normal inputs with uniformly drawn one-hot classes: pure throughput data, nothing to learn. */
export function randomClasses(n: number, inputWidth: number, classes: number, seed: number): BenchData {
  const rng = createBenchRng(seed);
  const x = new Float32Array(n * inputWidth);
  for (let i = 0; i < x.length; i++) x[i] = rng.normal();
  const y = new Float32Array(n * classes);
  for (let i = 0; i < n; i++) y[i * classes + rng.int(classes)] = 1;
  return { n, inputWidth, outputWidth: classes, x, y };
}

/**
 * The bundled 8 × 8 digits (assets/datasets/digits.json, read synchronously), every column standardised
 * over all 1,797 rows as the app standardises its training rows, with one-hot targets.
 */
export function digits(): BenchData {
  const asset = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'assets', 'datasets', 'digits.json'), 'utf8'),
  ) as RealDatasetAsset;
  const dataset = decodeRealDataset('digits', asset);
  const x = standardizeColumns(dataset.x, dataset.n, columnStats(dataset.x, dataset.n, dataset.features));
  const y = new Float32Array(dataset.n * dataset.classes);
  for (let i = 0; i < dataset.n; i++) y[i * dataset.classes + dataset.y[i]] = 1;
  return { n: dataset.n, inputWidth: dataset.features, outputWidth: dataset.classes, x, y };
}
