import type { Rng } from '../rng';
import type { Dataset, DatasetSpec } from '../types';
import { classSizes, emptyPoints, finishClassification, linspace, pushPoint } from './build';

/** Turns each arm makes from its start to radius 1. */
export const SPIRAL_TURNS = 1.25;
/** Radius where each arm starts, so that the arms do not all meet at the origin. */
export const SPIRAL_START = 0.05;

/**
 * Interleaved Archimedean spirals, one arm per class: arm j has points at radius r evenly spaced
 * over [0.05, 1] and angle 2πj/k + 2π·1.25·r, so its neighbours are 1/(1.25·k) apart along any ray;
 * `noise` adds Gaussian noise per coordinate (the rng otherwise only shuffles the rows).
 */
export function generateSpiral(spec: Pick<DatasetSpec, 'samples' | 'noise' | 'classes'>, rng: Rng): Dataset {
  const points = emptyPoints();
  classSizes(spec.samples, spec.classes).forEach((size, arm) => {
    for (const radius of linspace(SPIRAL_START, 1, size)) {
      const angle = (2 * Math.PI * arm) / spec.classes + 2 * Math.PI * SPIRAL_TURNS * radius;
      pushPoint(points, radius * Math.cos(angle), radius * Math.sin(angle), arm);
    }
  });
  return finishClassification(points, spec.classes, spec.noise, rng);
}
