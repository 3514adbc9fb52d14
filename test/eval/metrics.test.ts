import { describe, expect, it } from 'vitest';
import { compareItems, scoreOf, type Item } from '../../src/eval/metrics.js';

const item = (unit: string, category: Item['category']): Item => ({ unit, category });

describe('scoreOf', () => {
  it('computes precision, recall and F1 from counts', () => {
    expect(scoreOf(1, 2, 1)).toEqual({ tp: 1, fp: 2, fn: 1, support: 2, precision: 1 / 3, recall: 0.5, f1: 0.4 });
  });
  it('leaves a ratio with nothing to divide by as null, and scores a total miss 0', () => {
    expect(scoreOf(0, 0, 3)).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(scoreOf(0, 2, 0)).toMatchObject({ precision: 0, recall: null, f1: 0 });
    expect(scoreOf(0, 0, 0)).toMatchObject({ precision: null, recall: null, f1: null, support: 0 });
  });
});

describe('compareItems', () => {
  // Worked by hand:
  //   ecommerce            gold A1 A2      predicted A1 A4 A6 (A1 twice) → tp 1, fp 2, fn 1
  //   cultural-exemption   gold A3         predicted A3                  → tp 1
  //   policy-space         gold A3         predicted —                   → fn 1
  //   cultural-cooperation gold —          predicted A5                  → fp 1
  //   micro: tp 2, fp 3, fn 2 → P 0.4, R 0.5, F1 4/9
  const gold = [item('A1', 'ecommerce'), item('A2', 'ecommerce'), item('A3', 'cultural-exemption'), item('A3', 'policy-space')];
  const predicted = [
    item('A1', 'ecommerce'),
    item('A4', 'ecommerce'),
    item('A3', 'cultural-exemption'),
    item('A5', 'cultural-cooperation'),
    item('A1', 'ecommerce'),
    item('A6', 'ecommerce'),
  ];
  const { scores, falsePositives, falseNegatives } = compareItems(gold, predicted);

  it('scores each category', () => {
    expect(scores.perCategory.ecommerce).toEqual({ tp: 1, fp: 2, fn: 1, support: 2, precision: 1 / 3, recall: 0.5, f1: 0.4 });
    expect(scores.perCategory['cultural-exemption']).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(scores.perCategory['policy-space']).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 });
    expect(scores.perCategory['cultural-cooperation']).toMatchObject({ tp: 0, fp: 1, fn: 0, support: 0, precision: 0, recall: null });
    expect(scores.perCategory['convention-reference']).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: null });
  });
  it('micro-averages over all categories', () => {
    expect(scores.micro).toMatchObject({ tp: 2, fp: 3, fn: 2, support: 4, precision: 0.4, recall: 0.5 });
    expect(scores.micro.f1).toBeCloseTo(4 / 9, 10);
  });
  it('lists the errors once each, in input order', () => {
    expect(falsePositives).toEqual([item('A4', 'ecommerce'), item('A5', 'cultural-cooperation'), item('A6', 'ecommerce')]);
    expect(falseNegatives).toEqual([item('A2', 'ecommerce'), item('A3', 'policy-space')]);
  });
});
