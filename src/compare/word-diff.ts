import { wordKey } from './wording.js';

/** One run of a word-level diff: words both versions share, or words only one of them has. */
export interface DiffRun {
  op: 'same' | 'removed' | 'added';
  text: string;
}

/** Above this many cells the table would cost too much memory; the middle is then shown as replaced whole. */
const MAX_CELLS = 4_000_000;

/**
 * A word-level diff of two versions of a clause (longest common subsequence of word keys, so case,
 * accents, punctuation and numbers alone do not count as changes). The runs, read in order, give
 * back the right version word for word (`same` + `added`) and the left one up to those details
 * (`same` + `removed`): shared words are shown as the right version writes them.
 */
export function wordDiff(left: readonly string[], right: readonly string[]): DiffRun[] {
  const leftKeys = left.map(wordKey);
  const rightKeys = right.map(wordKey);
  let head = 0;
  while (head < left.length && head < right.length && leftKeys[head] === rightKeys[head]) head++;
  let tail = 0;
  while (tail < left.length - head && tail < right.length - head && leftKeys[left.length - 1 - tail] === rightKeys[right.length - 1 - tail]) tail++;

  const ops: Array<{ op: DiffRun['op']; word: string }> = [];
  for (let i = 0; i < head; i++) ops.push({ op: 'same', word: right[i]! });
  const l = left.slice(head, left.length - tail);
  const r = right.slice(head, right.length - tail);
  const lk = leftKeys.slice(head, left.length - tail);
  const rk = rightKeys.slice(head, right.length - tail);
  if ((l.length + 1) * (r.length + 1) > MAX_CELLS) {
    for (const word of l) ops.push({ op: 'removed', word });
    for (const word of r) ops.push({ op: 'added', word });
  } else {
    ops.push(...middleDiff(l, r, lk, rk));
  }
  for (let i = right.length - tail; i < right.length; i++) ops.push({ op: 'same', word: right[i]! });
  return joinRuns(ops);
}

function middleDiff(l: readonly string[], r: readonly string[], lk: readonly string[], rk: readonly string[]) {
  const width = r.length + 1;
  // lcs[i * width + j]: length of the longest common subsequence of lk[i..] and rk[j..].
  const lcs = new Uint32Array((l.length + 1) * width);
  for (let i = l.length - 1; i >= 0; i--) {
    for (let j = r.length - 1; j >= 0; j--) {
      lcs[i * width + j] = lk[i] === rk[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const ops: Array<{ op: DiffRun['op']; word: string }> = [];
  let i = 0;
  let j = 0;
  while (i < l.length || j < r.length) {
    if (i < l.length && j < r.length && lk[i] === rk[j]) {
      ops.push({ op: 'same', word: r[j]! });
      i++;
      j++;
    } else if (j < r.length && (i === l.length || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
      ops.push({ op: 'added', word: r[j]! });
      j++;
    } else {
      ops.push({ op: 'removed', word: l[i]! });
      i++;
    }
  }
  return ops;
}

/** Consecutive words of one kind become one run; within a change, what was removed comes before what was added. */
function joinRuns(ops: ReadonlyArray<{ op: DiffRun['op']; word: string }>): DiffRun[] {
  const runs: DiffRun[] = [];
  let change: { removed: string[]; added: string[] } = { removed: [], added: [] };
  const flush = () => {
    if (change.removed.length > 0) runs.push({ op: 'removed', text: change.removed.join(' ') });
    if (change.added.length > 0) runs.push({ op: 'added', text: change.added.join(' ') });
    change = { removed: [], added: [] };
  };
  for (const { op, word } of ops) {
    if (op === 'same') {
      flush();
      const last = runs.at(-1);
      if (last?.op === 'same') last.text += ` ${word}`;
      else runs.push({ op: 'same', text: word });
    } else {
      change[op].push(word);
    }
  }
  flush();
  return runs;
}
