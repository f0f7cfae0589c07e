import { describe, expect, it } from 'vitest';
import {
  EXPLODING_RATIO,
  firstToLastRatio,
  gradientHealth,
  healthExplanation,
  missingRatioReason,
  VANISHING_RATIO,
} from './gradient-health';
import { sampleOf } from './test-samples';

describe('first/last gradient ratio', () => {
  it('divides the first Linear kernel gradient norm by the last, skipping other layers', () => {
    expect(firstToLastRatio(sampleOf(1, [0.002, 0.5, 0.4]))).toBeCloseTo(0.005, 12);
  });

  it('has no ratio without two Linear layers, or with a zero last gradient', () => {
    expect(firstToLastRatio(null)).toBeNull();
    expect(firstToLastRatio(sampleOf(1, [0.3]))).toBeNull();
    expect(firstToLastRatio(sampleOf(1, [0.3, 0]))).toBeNull();
  });
});

describe('missingRatioReason', () => {
  it('says why there is no ratio instead of leaving a bare dash', () => {
    expect(missingRatioReason(null)).toBe('not sampled yet');
    expect(missingRatioReason(sampleOf(1, [0.3]))).toBe('needs two Linear layers');
    expect(missingRatioReason(sampleOf(1, [0, 0]))).toBe('the gradient of Layer d1 is 0');
    expect(missingRatioReason(sampleOf(1, [0.002, 0.5]))).toBeNull();
  });
});

describe('gradient health verdict', () => {
  it('calls 1e-2 and below vanishing, 1e2 and above exploding, the rest healthy', () => {
    expect(gradientHealth(VANISHING_RATIO)).toBe('vanishing');
    expect(gradientHealth(VANISHING_RATIO * 0.999)).toBe('vanishing');
    expect(gradientHealth(VANISHING_RATIO * 1.001)).toBe('healthy');
    expect(gradientHealth(1)).toBe('healthy');
    expect(gradientHealth(EXPLODING_RATIO * 0.999)).toBe('healthy');
    expect(gradientHealth(EXPLODING_RATIO)).toBe('exploding');
    expect(gradientHealth(null)).toBeNull();
  });

  it('explains the vanishing threshold in words a teacher can read out', () => {
    expect(healthExplanation('vanishing')).toContain(
      "The first Linear layer's gradient norm is 1/100 of the last one's or less: early layers barely learn",
    );
    expect(healthExplanation('exploding')).toContain('100×');
  });
});
