import { CATEGORIES, type Category } from '../model.js';

/** A labelled unit: an article (`treaty` + article id) or a whole agreement, with one category. */
export interface Item {
  unit: string;
  category: Category;
}

/**
 * Counts and ratios for one category (or their micro-average). A ratio with a zero denominator is null:
 * precision when nothing was predicted, recall when the gold has none, F1 when both.
 */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  /** Gold positives: tp + fn. */
  support: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface LevelScores {
  perCategory: Record<Category, Score>;
  micro: Score;
}

export interface Comparison {
  scores: LevelScores;
  /** Predicted but not in gold, in prediction order. */
  falsePositives: Item[];
  /** In gold but not predicted, in gold order. */
  falseNegatives: Item[];
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function scoreOf(tp: number, fp: number, fn: number): Score {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  // 2tp / (2tp + fp + fn) equals the harmonic mean where both exist, and is 0 (not undefined) for a total miss.
  const f1 = ratio(2 * tp, 2 * tp + fp + fn);
  return { tp, fp, fn, support: tp + fn, precision, recall, f1 };
}

const keyOf = (item: Item) => `${item.unit}\u0000${item.category}`;

function uniqueItems(items: readonly Item[]): Map<string, Item> {
  const map = new Map<string, Item>();
  for (const item of items) if (!map.has(keyOf(item))) map.set(keyOf(item), item);
  return map;
}

/** Set comparison of predicted against gold items: per-category and micro-averaged precision, recall, F1. */
export function compareItems(gold: readonly Item[], predicted: readonly Item[]): Comparison {
  const goldSet = uniqueItems(gold);
  const predictedSet = uniqueItems(predicted);
  const falsePositives = [...predictedSet].filter(([key]) => !goldSet.has(key)).map(([, item]) => item);
  const falseNegatives = [...goldSet].filter(([key]) => !predictedSet.has(key)).map(([, item]) => item);
  const count = (items: Iterable<Item>, category: Category) => [...items].filter((i) => i.category === category).length;
  const perCategory = {} as Record<Category, Score>;
  for (const category of CATEGORIES) {
    const fp = count(falsePositives, category);
    const fn = count(falseNegatives, category);
    perCategory[category] = scoreOf(count(predictedSet.values(), category) - fp, fp, fn);
  }
  const sum = (field: 'tp' | 'fp' | 'fn') => CATEGORIES.reduce((total, c) => total + perCategory[c][field], 0);
  return { scores: { perCategory, micro: scoreOf(sum('tp'), sum('fp'), sum('fn')) }, falsePositives, falseNegatives };
}
