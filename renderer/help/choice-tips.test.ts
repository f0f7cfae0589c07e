import { describe, expect, it } from 'vitest';
import { activationTip, initializerTip, lossTip, optimizerTip } from '../../src/help/index';
import { LAYER_SPECS } from '../../src/layers/index';
import { DATASET_KINDS } from '../fields/dataset-fields';
import { OPTIMIZER_OPTIONS } from '../fields/training-fields';
import { optionTipFor } from './choice-tips';

describe('optionTipFor', () => {
  it('explains every option of every drop-down whose choices have their own maths', () => {
    const denseFields = LAYER_SPECS.dense.fields.filter((f) => f.type === 'initializer');
    const selects = [...LAYER_SPECS.activation.fields, ...LAYER_SPECS.output.fields, ...denseFields].filter(
      (f) => f.options,
    );
    expect(selects.map((f) => f.key).sort()).toEqual(['activation', 'biasInitializer', 'kernelInitializer', 'loss']);
    for (const field of selects) {
      const explain = optionTipFor(field.key);
      for (const option of field.options ?? [])
        expect(explain?.(option.value), `${field.key} ${option.value}`).toMatch(/\n.*[=~←]/);
    }
    for (const option of OPTIMIZER_OPTIONS)
      expect(optionTipFor('optimizer')?.(option.value)).toBe(optimizerTip(option.value));
    for (const option of DATASET_KINDS) expect(optionTipFor('datasetKind')?.(option.value).length).toBeGreaterThan(20);
  });

  it('gives the same text as the catalog, and nothing for a value it does not know', () => {
    expect(optionTipFor('activation')?.('sigmoid')).toBe(activationTip('sigmoid'));
    expect(optionTipFor('kernelInitializer')?.('heNormal')).toBe(initializerTip('heNormal'));
    expect(optionTipFor('loss')?.('meanSquaredError')).toBe(lossTip('meanSquaredError'));
    expect(optionTipFor('activation')?.('swish')).toBe('');
    expect(optionTipFor('activation')?.('__proto__')).toBe('');
    expect(optionTipFor('units')).toBeUndefined();
    expect(optionTipFor('constructor')).toBeUndefined();
  });
});
