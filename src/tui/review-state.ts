import type { AssessedFinding } from '../assess/types.js';
import { escapeControlCharacters, stripControlCharacters } from '../report/control-characters.js';
import { decidedSince, matchDecisions, mergeDecisionFiles, type Decision, type DecisionEntry, type DecisionFile, type DecisionMatch } from './decisions.js';

/** One finding as the review shows it. */
export interface ReviewItem {
  fingerprint: string;
  category: string;
  /** "Article 7.2 — Chapter 7 Trade in Services", "Preamble". */
  where: string;
  article: string;
  legalForce: string;
  /** The article that keeps dispute settlement away from this finding, when one does. */
  outsideDisputeSettlement?: string;
  excerpt: string;
  ruleIds: string[];
}

export interface ReviewState {
  source: string;
  items: ReviewItem[];
  /** The item on screen. */
  index: number;
  /** Every decision known: those of earlier reviews (other drafts too) and this one's. */
  file: DecisionFile;
  /** The decision that answers for each item (by fingerprint), found in `file`: kept in step with it. */
  matches: ReadonlyMap<string, DecisionMatch>;
  /** Fingerprints decided in this session, to tell them from decisions carried over. */
  decidedNow: ReadonlySet<string>;
  /** Set when the file has changed since it was last written. */
  dirty: boolean;
  /** The note being written for the finding on screen (keys then go to it), if one is. */
  note?: string;
  /**
   * The finding the last key decided, which the review then moved on from: `m` on the next, undecided
   * one writes this decision's note ("x" then "m" says why), until the reviewer moves.
   */
  justDecided?: number | undefined;
  /** Where the review goes back to once the note of the finding just decided is kept or dropped. */
  afterNote?: number | undefined;
  /** The key list is on screen (any key closes it). */
  help: boolean;
  /** The reviewer asked to leave. */
  done: boolean;
}

/** One key event as the terminal delivers it: typed text (several characters when typed fast) or a named key. */
export interface KeyPress {
  input: string;
  leftArrow?: boolean;
  rightArrow?: boolean;
  tab?: boolean;
  escape?: boolean;
  return?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

const DECISION_KEYS: Record<string, Decision> = { k: 'keep', d: 'dismiss', x: 'discuss' };

export type ReviewAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'nextOpen' }
  | { type: 'decide'; decision: Decision; at: string }
  /** `sent` written; the file holds `onDisk` now (with what other reviews and hand edits did to it). */
  | { type: 'saved'; sent: DecisionFile; onDisk: DecisionFile }
  /** The save failed: the decisions stay in the review's file, for the next save to try again. */
  | { type: 'notSaved' }
  /** Opens the note of a decided finding for writing (a finding needs a decision before a note). */
  | { type: 'startNote' }
  | { type: 'typeNote'; text: string }
  | { type: 'eraseNote' }
  | { type: 'commitNote'; at: string }
  | { type: 'cancelNote' }
  /** A key event, read against the state as it is after the events before it. */
  | { type: 'keys'; press: KeyPress; at: string };

/**
 * The review's items: the findings of the categories asked for, in document order (signals are the
 * assessment's evidence, not the reviewer's to decide). Their words are the agreement's: control characters are shown, not obeyed.
 */
export function reviewItems(findings: readonly AssessedFinding[], categories: ReadonlySet<string>, where: (finding: AssessedFinding) => string): ReviewItem[] {
  return findings
    .filter((f) => categories.has(f.category))
    .map((f) => ({
      fingerprint: f.fingerprint,
      category: f.category,
      where: escapeControlCharacters(where(f)),
      article: f.location.articleNumber,
      legalForce: f.legalForce,
      ...(f.disputeSettlementExcluded ? { outsideDisputeSettlement: f.disputeSettlementExcluded.articleNumber } : {}),
      excerpt: escapeControlCharacters(f.excerpt),
      ruleIds: f.ruleIds,
    }));
}

/**
 * The review opens on the first finding whose clause changed since it was decided, else on the first
 * one without a decision.
 */
export function initialState(source: string, items: ReviewItem[], file: DecisionFile): ReviewState {
  const matches = matchDecisions(items, file);
  const changed = items.findIndex((item) => matches.get(item.fingerprint)?.changed);
  const open = items.findIndex((item) => !matches.has(item.fingerprint));
  return { source, items, index: Math.max(0, changed >= 0 ? changed : open), file, matches, decidedNow: new Set(), dirty: false, help: false, done: false };
}

export function decisionOf(state: ReviewState, item: ReviewItem | undefined): DecisionEntry | undefined {
  return item ? state.matches.get(item.fingerprint)?.entry : undefined;
}

/** Whether the item's decision was made on words of its clause that have changed since. */
export function changedSinceDecided(state: ReviewState, item: ReviewItem | undefined): boolean {
  return item ? state.matches.get(item.fingerprint)?.changed === true : false;
}

/** Still to look at: no decision yet, or one made before the clause changed. */
function isOpen(state: ReviewState, item: ReviewItem): boolean {
  const match = state.matches.get(item.fingerprint);
  return !match || match.changed;
}

function withFile(state: ReviewState, file: DecisionFile): ReviewState {
  return { ...state, file, matches: matchDecisions(state.items, file) };
}

/** How many of the items have a decision, from this review or an earlier one. */
export function decidedCount(items: readonly ReviewItem[], file: DecisionFile): number {
  const counts = decisionCounts(items, file);
  return counts.keep + counts.dismiss + counts.discuss;
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  const last = Math.max(0, state.items.length - 1);
  // While a note is being written, only the note's own actions apply.
  const moving = action.type === 'next' || action.type === 'previous' || action.type === 'nextOpen' || action.type === 'decide';
  if (state.note !== undefined && moving) return state;
  switch (action.type) {
    case 'keys':
      return applyKeys(state, action.press, action.at);
    case 'next':
      return { ...state, index: Math.min(last, state.index + 1), justDecided: undefined };
    case 'previous':
      return { ...state, index: Math.max(0, state.index - 1), justDecided: undefined };
    case 'nextOpen': {
      const after = state.items.findIndex((item, i) => i > state.index && isOpen(state, item));
      const any = state.items.findIndex((item) => isOpen(state, item));
      return { ...state, index: after >= 0 ? after : any >= 0 ? any : state.index, justDecided: undefined };
    }
    case 'decide': {
      const item = state.items[state.index];
      if (!item) return state;
      const entry: DecisionEntry = { decision: action.decision, category: item.category, source: state.source, article: item.article, excerpt: item.excerpt, decidedAt: action.at };
      return {
        ...withFile(state, { ...state.file, decisions: { ...state.file.decisions, [item.fingerprint]: entry } }),
        decidedNow: new Set([...state.decidedNow, item.fingerprint]),
        index: Math.min(last, state.index + 1),
        justDecided: state.index,
        dirty: true,
      };
    }
    case 'saved': {
      // Decisions made while the save ran are laid over what the file holds now, and saved next.
      const file = mergeDecisionFiles(action.onDisk, state.file, action.sent);
      return { ...withFile(state, file), dirty: decidedSince(state.file, action.sent).length > 0 };
    }
    case 'notSaved':
      return { ...state, dirty: false };
    case 'startNote': {
      const entry = decisionOf(state, state.items[state.index]);
      if (entry) return { ...state, note: entry.note ?? '' };
      if (state.justDecided === undefined) return state;
      const decided = decisionOf(state, state.items[state.justDecided]);
      if (!decided) return state;
      return { ...state, index: state.justDecided, afterNote: state.index, note: decided.note ?? '' };
    }
    case 'typeNote':
      return state.note === undefined ? state : { ...state, note: typeInto(state.note, action.text) };
    case 'eraseNote':
      return state.note === undefined ? state : { ...state, note: state.note.slice(0, -1) };
    case 'cancelNote':
      return backFromNote(state);
    case 'commitNote': {
      const item = state.items[state.index];
      const match = item ? state.matches.get(item.fingerprint) : undefined;
      if (!item || !match || state.note === undefined) return backFromNote(state);
      const { note: _old, ...rest } = match.entry;
      const text = state.note.trim();
      const updated: DecisionEntry = { ...rest, ...(text ? { note: text } : {}), decidedAt: action.at };
      // Kept under the key the decision was found by: a note does not say the changed clause was looked at again.
      return backFromNote({
        ...withFile(state, { ...state.file, decisions: { ...state.file.decisions, [match.key]: updated } }),
        decidedNow: new Set([...state.decidedNow, item.fingerprint]),
        dirty: true,
      });
    }
  }
}

/** The note closed, and the review back on the finding it was on when the note of the one just decided was opened. */
function backFromNote(state: ReviewState): ReviewState {
  return { ...state, note: undefined, index: state.afterNote ?? state.index, afterNote: undefined };
}

/**
 * A note after typed text: a terminal delivers a fast Backspace as DEL (or BS) inside the text, which
 * erases, as the reviewer meant; other control characters (ESC of a stray sequence ...) are dropped.
 */
function typeInto(note: string, typed: string): string {
  let out = note;
  for (const ch of typed) {
    if (ch === '\u007f' || ch === '\b') out = [...out].slice(0, -1).join('');
    else out += stripControlCharacters(ch);
  }
  return out;
}

/**
 * What a key event does. In a note, text goes to the note until Enter keeps it or Esc drops it (Ctrl-C,
 * which leaves the review, keeps it).
 * Otherwise each typed character is a command, read in turn, so that fast typing loses nothing: the
 * characters after an `m` that opens a note are the note's first words.
 */
function applyKeys(state: ReviewState, press: KeyPress, at: string): ReviewState {
  // Ctrl-C leaves as q does; a note being typed is kept as Enter keeps it: leaving is no reason to drop it (Esc does that).
  if (press.ctrl && press.input === 'c') return { ...(state.note?.trim() ? reviewReducer(state, { type: 'commitNote', at }) : state), done: true };
  if (state.note !== undefined) {
    if (press.return) return reviewReducer(state, { type: 'commitNote', at });
    if (press.escape) return reviewReducer(state, { type: 'cancelNote' });
    if (press.backspace || press.delete) return reviewReducer(state, { type: 'eraseNote' });
    if (press.input && !press.ctrl && !press.meta) {
      // A note typed fast (or under a loaded machine) reaches us with its Enter in the same event ("why\r"):
      // an Enter that ends the event keeps the note. Line ends inside pasted text are only spaces.
      const ended = /\r\n?$|\n$/.exec(press.input);
      const text = (ended ? press.input.slice(0, ended.index) : press.input).replace(/[\r\n\t]/g, ' ');
      const typed = text ? reviewReducer(state, { type: 'typeNote', text }) : state;
      return ended ? reviewReducer(typed, { type: 'commitNote', at }) : typed;
    }
    return state;
  }
  if (state.help) return press.ctrl || press.meta ? state : { ...state, help: false };
  if (press.escape) return { ...state, done: true };
  if (press.rightArrow) return reviewReducer(state, { type: 'next' });
  if (press.leftArrow) return reviewReducer(state, { type: 'previous' });
  if (press.tab) return reviewReducer(state, { type: 'nextOpen' });
  if (press.ctrl || press.meta) return state;
  let next = state;
  const characters = [...press.input];
  for (let k = 0; k < characters.length; k++) {
    if (next.note !== undefined) return applyKeys(next, { ...press, input: characters.slice(k).join('') }, at);
    const ch = characters[k] as string;
    if (ch === 'q') return { ...next, done: true };
    if (ch === '?') return { ...next, help: true };
    const decision = DECISION_KEYS[ch];
    if (decision) next = reviewReducer(next, { type: 'decide', decision, at });
    else if (ch === 'n' || ch === ' ') next = reviewReducer(next, { type: 'next' });
    else if (ch === 'p') next = reviewReducer(next, { type: 'previous' });
    else if (ch === 'u') next = reviewReducer(next, { type: 'nextOpen' });
    else if (ch === 'm') next = reviewReducer(next, { type: 'startNote' });
  }
  return next;
}

/** What `review --only` can ask for: the findings still open, those given one decision, or those whose clause changed since. */
export const REVIEW_FILTERS = ['undecided', 'keep', 'dismiss', 'discuss', 'changed'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/** The items the filters let through (any of them), judged by the decisions known when the review opens. */
export function filterItems(items: readonly ReviewItem[], file: DecisionFile, filters: ReadonlySet<ReviewFilter>): ReviewItem[] {
  if (filters.size === 0) return [...items];
  const matches = matchDecisions(items, file);
  return items.filter((item) => {
    const match = matches.get(item.fingerprint);
    return filters.has(match?.entry.decision ?? 'undecided') || (match?.changed === true && filters.has('changed'));
  });
}

/** How many of the items carry each decision, and how many of those were made before their clause changed. */
export function decisionCounts(items: readonly ReviewItem[], file: DecisionFile): Record<Decision | 'changed', number> {
  const counts: Record<Decision | 'changed', number> = { keep: 0, dismiss: 0, discuss: 0, changed: 0 };
  for (const match of matchDecisions(items, file).values()) {
    counts[match.entry.decision]++;
    if (match.changed) counts.changed++;
  }
  return counts;
}
