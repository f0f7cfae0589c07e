import { describe, expect, it } from 'vitest';
import { classScores, confusionMatrix, macroF1, predictedClasses } from './confusion';

describe('predictedClasses', () => {
  it('reads the argmax channel of multiclass cells and thresholds binary probabilities at 0.5', () => {
    expect([...predictedClasses(Float32Array.from([2, 0.9, 0, 0.4, 1, 0.6]), 3, 2)]).toEqual([2, 0, 1]);
    expect([...predictedClasses(Float32Array.from([0.49, 0.5, 0.99]), 3, 1)]).toEqual([0, 1, 1]);
  });

  it('refuses values of the wrong length', () => {
    expect(() => predictedClasses(new Float32Array(5), 3, 2)).toThrow(/3 predictions of 2 channel\(s\) need 6/);
  });
});

describe('confusionMatrix and classScores', () => {
  // True:      0 0 0 1 1 2 2 2 2
  // Predicted: 0 0 1 1 2 2 2 2 0
  const labels = [0, 0, 0, 1, 1, 2, 2, 2, 2];
  const predicted = [0, 0, 1, 1, 2, 2, 2, 2, 0];

  it('counts true class by row and predicted class by column', () => {
    const confusion = confusionMatrix(labels, predicted, 3);
    expect([...confusion.counts]).toEqual([2, 1, 0, 0, 1, 1, 1, 0, 3]);
    expect(confusion.total).toBe(9);
    expect(confusion.correct).toBe(6);
  });

  it('gives precision, recall and F1 per class as worked by hand', () => {
    const scores = classScores(confusionMatrix(labels, predicted, 3));
    // Class 0: TP 2, predicted 3, actual 3. Class 1: TP 1, predicted 2, actual 2. Class 2: TP 3, predicted 4, actual 4.
    expect(scores[0].precision).toBeCloseTo(2 / 3, 12);
    expect(scores[0].recall).toBeCloseTo(2 / 3, 12);
    expect(scores[1].precision).toBeCloseTo(0.5, 12);
    expect(scores[1].recall).toBeCloseTo(0.5, 12);
    expect(scores[2].precision).toBeCloseTo(0.75, 12);
    expect(scores[2].f1).toBeCloseTo(0.75, 12);
    expect(scores.map((s) => s.support)).toEqual([3, 2, 4]);
    expect(macroF1(scores)).toBeCloseTo((2 / 3 + 0.5 + 0.75) / 3, 12);
  });

  it('leaves precision undefined for a class never predicted, and F1 0 when nothing is right', () => {
    const scores = classScores(confusionMatrix([0, 1, 1], [1, 1, 1], 2));
    expect(scores[0]).toEqual({ precision: null, recall: 0, f1: null, support: 1 });
    const none = classScores(confusionMatrix([0, 1], [1, 0], 2));
    expect(none[0].f1).toBe(0);
  });

  it('skips labels outside the classes and refuses mismatched lengths', () => {
    expect(confusionMatrix([0, 5, 1], [0, 0, 1], 2).total).toBe(2);
    expect(() => confusionMatrix([0, 1], [0], 2)).toThrow(/2 labels but 1 predictions/);
  });
});
