import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { parseCsvDataset } from '../../../src/data/index';
import { csvHeader, csvSourceFrom, guessTargetKind } from './csv-import';

const iris = 'sepal length, sepal width ,species\n5.1,3.5,setosa\n7.0,3.2,versicolor\n6.3,3.3,virginica\n';
const prices = 'area,rooms,price\n50,2,120.5\n80,3,199.9\n65,2,150.25\n120,4,310.75\n';

describe('CSV import helpers', () => {
  it('reads the header, trimmed', () => {
    expect(csvHeader(iris)).toEqual(['sepal length', 'sepal width', 'species']);
  });

  it('guesses text labels and a few whole numbers as classes, real values as numbers', () => {
    expect(guessTargetKind(iris, 'species')).toBe('class');
    expect(guessTargetKind('a,label\n1,0\n2,1\n3,0\n', 'label')).toBe('class');
    expect(guessTargetKind(prices, 'price')).toBe('number');
  });

  it('reads columns named like Object.prototype members as columns, short rows included', () => {
    for (const name of [...Object.getOwnPropertyNames(Object.prototype), '__proto__']) {
      expect(guessTargetKind(`a,${name}\n1,0.5\n2,1.25\n3\n`, name)).toBe('number');
      expect(guessTargetKind(`a,${name}\n1,cat\n2,dog\n`, name)).toBe('class');
      expect(csvSourceFrom('p.csv', `x,${name}\n1,2.5\n2,3.75\n`).targetColumn).toBe(name);
    }
  });

  it('takes the last column as the target, which the data layer then parses', () => {
    const source = csvSourceFrom('prices.csv', prices);
    expect(source).toEqual({ fileName: 'prices.csv', text: prices, targetColumn: 'price', targetKind: 'number' });
    const rows = Array.from({ length: 12 }, (_, i) => `${50 + i},${2 + (i % 3)},${100 + i * 7.5}`).join('\n');
    const dataset = parseCsvDataset(csvSourceFrom('prices.csv', `area,rooms,price\n${rows}\n`));
    expect(dataset.task).toBe('regression');
    expect(dataset.features).toBe(2);
  });
});

describe('CSV import helpers on a large table', () => {
  it('hand papaparse only the first rows, not a 20 M-character text', () => {
    const spy = vi.spyOn(Papa, 'parse');
    const text = `a,b,label\n${'1,2,0\n'.repeat(3_500_000)}`;
    expect(csvSourceFrom('big.csv', text)).toMatchObject({ targetColumn: 'label', targetKind: 'class' });
    const given = spy.mock.calls.map(([input]) => (input as unknown as string).length);
    spy.mockRestore();
    expect(given.length).toBeGreaterThan(0);
    for (const length of given) expect(length).toBeLessThan(10_000);
  });
});
