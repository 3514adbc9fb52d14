import type { OutlineNode, UnreadStretch, UnreadText } from '../model.js';
import { isReadFunctionWord } from './language.js';

/**
 * Function words of languages the rules do not read, each written by none of English, French and
 * Spanish: Portuguese ("não", "ao", "pelas", "uma": Mercosur and Lusophone agreements), German,
 * Italian, Dutch, Danish or Norwegian, Swedish and Finnish (agreements of Europe's States among
 * themselves). Words those languages share
 * with the ones read ("il", "des", "die" beside English "die"), or with one another ("das", German and
 * Portuguese), are left out.
 */
const FOREIGN_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Portuguese', ['não', 'ao', 'aos', 'à', 'às', 'pelo', 'pela', 'pelos', 'pelas', 'uma', 'são', 'também', 'deste', 'desta', 'neste', 'nesta', 'através', 'disposição', 'disposições', 'artigo', 'com', 'seu', 'sua', 'seus', 'suas', 'nenhuma', 'qualquer', 'serão', 'deverá', 'deverão', 'poderá', 'poderão', 'acordo', 'cooperação', 'comércio', 'serviços', 'aplicação']],
  ['German', ['der', 'und', 'nicht', 'mit', 'von', 'zu', 'den', 'ist', 'auf', 'werden', 'wird', 'sich', 'dem', 'eine', 'einer', 'eines', 'oder', 'für', 'über', 'bei', 'nach', 'vertragsparteien', 'abkommen']],
  ['Italian', ['della', 'delle', 'degli', 'dei', 'gli', 'che', 'sono', 'nella', 'nelle', 'dello', 'alla', 'alle', 'questo', 'ogni', 'essere', 'tra', 'anche', 'loro', 'accordo']],
  ['Dutch', ['het', 'een', 'zijn', 'wordt', 'worden', 'niet', 'voor', 'deze', 'overeenkomst', 'partijen', 'bij', 'aan', 'ook']],
  ['Danish or Norwegian', ['og', 'af', 'ikke', 'eller', 'denne', 'dette', 'skal', 'fra', 'være', 'aftale', 'avtale']],
  ['Swedish', ['och', 'att', 'för', 'inte', 'detta', 'skall', 'ska', 'från', 'avtal']],
  ['Finnish', ['ja', 'tai', 'että', 'tämä', 'sekä', 'osapuolet', 'sopimus']],
];
const LANGUAGE_OF = new Map(FOREIGN_WORDS.flatMap(([language, words]) => words.map((word) => [word, language] as const)));

/** The ISO 639-1 code of each language named here; a script several languages write has none. */
const CODES: Record<string, string> = { Portuguese: 'pt', German: 'de', Italian: 'it', Dutch: 'nl', Swedish: 'sv', Finnish: 'fi', Arabic: 'ar', Greek: 'el', Hebrew: 'he', Korean: 'ko', Japanese: 'ja', Thai: 'th', Hindi: 'hi' };

/** Stop words of the languages read that Portuguese writes too: they count for neither side. */
const SHARED_WITH_PORTUGUESE = new Set(['o', 'a', 'e', 'de', 'em', 'para', 'por', 'que', 'os', 'as', 'da', 'do', 'das', 'dos', 'cada', 'ou', 'esta', 'será', 'presente']);

/**
 * Scripts the rules do not read, each word weighed by its letters where a script writes no spaces
 * between words (a run of Chinese characters is a phrase, not a word).
 */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string, number]> = [
  [/^\p{Script=Cyrillic}/u, 'a language in Cyrillic script', 0],
  [/^\p{Script=Arabic}/u, 'Arabic', 0],
  [/^\p{Script=Greek}/u, 'Greek', 0],
  [/^\p{Script=Hebrew}/u, 'Hebrew', 0],
  [/^\p{Script=Hangul}/u, 'Korean', 0],
  [/^[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese', 2],
  [/^\p{Script=Han}/u, 'Chinese or Japanese', 2],
  [/^\p{Script=Thai}/u, 'Thai', 4],
  [/^\p{Script=Devanagari}/u, 'Hindi', 0],
];

/** The text is searched for foreign cues in windows of this many characters (about 200 words). */
const WINDOW_CHARS = 1_500;
/** Cues that make a window, and the windows on either side of it, worth weighing word by word. */
const MIN_WINDOW_CUES = 3;
/** A paragraph longer than this is weighed in pieces cut at line breaks (a text with few blank lines). */
const MAX_PARAGRAPH_CHARS = 1_200;
/** Fewer words than this make a heading or a label, whose language is that of the paragraphs around it. */
const MIN_PARAGRAPH_WORDS = 20;
/** Foreign evidence a paragraph needs at least, whatever its read words. */
const MIN_EVIDENCE = 2;
/** Fewer unread words than this make a quotation or a name, not a part of the agreement. */
const MIN_STRETCH_WORDS = 120;
/** The agreement is written in the language when this share of its text is. */
const WHOLE_SHARE = 0.7;

/**
 * Where a foreign function word may stand: one search over the whole text, so that the words of a
 * text wholly read are never weighed one by one. `\b` is ASCII's, so the words that start or end with
 * an accented letter are left to the weighing, and a few cues fall inside words: a cue only chooses
 * the windows to weigh.
 */
const FOREIGN_CUE = new RegExp(`\\b(?:${[...LANGUAGE_OF.keys()].filter((w) => /^[a-z].*[a-z]$/.test(w)).join('|')})\\b`, 'gi');
/** A letter of a script the rules do not read. */
const SCRIPT_CUE = /[\u0370-\u03FF\u0400-\u04FF\u0590-\u06FF\u0900-\u097F\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/g;

/** One paragraph of the text, weighed word by word. */
interface Weighed {
  start: number;
  end: number;
  words: number;
  read: number;
  foreign: Map<string, number>;
}

function foreignWeight(word: string): readonly [string, number] | undefined {
  const language = LANGUAGE_OF.get(word);
  if (language) return [language, 1];
  if (word.charCodeAt(0) <= 0x24f) return undefined;
  const script = SCRIPTS.find(([re]) => re.test(word));
  return script ? [script[1], script[2] > 0 ? Math.ceil(word.length / script[2]) : 1] : undefined;
}

function weighed(text: string, start: number, end: number): Weighed {
  const w: Weighed = { start, end, words: 0, read: 0, foreign: new Map() };
  const words = /\p{L}+/gu;
  words.lastIndex = start;
  for (let m = words.exec(text); m !== null && m.index < end; m = words.exec(text)) {
    const word = m[0].toLowerCase();
    const read = isReadFunctionWord(word);
    const foreign = read ? undefined : foreignWeight(word);
    if (foreign) w.foreign.set(foreign[0], (w.foreign.get(foreign[0]) ?? 0) + foreign[1]);
    else if (read && !SHARED_WITH_PORTUGUESE.has(word)) w.read++;
    w.words++;
  }
  return w;
}

const evidence = (w: Weighed) => [...w.foreign.values()].reduce((a, b) => a + b, 0);
const mostOf = (foreign: ReadonlyMap<string, number>) => [...foreign].sort((a, b) => b[1] - a[1])[0]![0];

/** A paragraph's language: one the rules do not read when its foreign function words outweigh theirs; `short` when it has too few words to tell. */
function verdictOf(w: Weighed): 'unread' | 'read' | 'short' {
  if (evidence(w) >= MIN_EVIDENCE && evidence(w) > w.read) return 'unread';
  return w.words < MIN_PARAGRAPH_WORDS ? 'short' : 'read';
}

function merged(parts: readonly Weighed[]): Weighed {
  const all: Weighed = { start: parts[0]!.start, end: parts.at(-1)!.end, words: 0, read: 0, foreign: new Map() };
  for (const w of parts) {
    all.words += w.words;
    all.read += w.read;
    for (const [language, n] of w.foreign) all.foreign.set(language, (all.foreign.get(language) ?? 0) + n);
  }
  return all;
}

/** The paragraphs of text[start, end): cut at blank lines, and a long one at line breaks (else anywhere) into pieces of at most MAX_PARAGRAPH_CHARS. */
function paragraphs(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const blank = /\n[ \t]*\n/g;
  blank.lastIndex = start;
  let from = start;
  for (;;) {
    const m = blank.exec(text);
    const to = m === null || m.index >= end ? end : m.index;
    for (let at = from; at < to; ) {
      let cut = Math.min(to, at + MAX_PARAGRAPH_CHARS);
      if (cut < to) {
        const line = text.lastIndexOf('\n', cut);
        cut = line > at + MAX_PARAGRAPH_CHARS / 2 ? line : cut;
      }
      out.push([at, cut]);
      at = cut;
    }
    if (m === null || m.index >= end) return out;
    from = m.index + m[0].length;
  }
}

/** The paragraph break nearest `at` in one direction, within a window's length; else the line break, else `at` itself. */
function paragraphEdge(text: string, at: number, direction: -1 | 1): number {
  if (at <= 0 || at >= text.length) return at;
  const find = (mark: string) => (direction < 0 ? text.lastIndexOf(mark, at) : text.indexOf(mark, at));
  for (const mark of ['\n\n', '\n']) {
    const found = find(mark);
    if (found >= 0 && Math.abs(found - at) <= WINDOW_CHARS) return found;
  }
  return at;
}

/** The stretches of the text worth weighing: windows with foreign cues and their neighbours, widened to whole paragraphs. */
function regions(text: string): Array<[number, number]> {
  const windows = Math.max(1, Math.ceil(text.length / WINDOW_CHARS));
  const cues = new Uint32Array(windows);
  for (const cue of [FOREIGN_CUE, SCRIPT_CUE]) for (const m of text.matchAll(cue)) cues[Math.floor(m.index / WINDOW_CHARS)]!++;
  const out: Array<[number, number]> = [];
  for (let i = 0; i < windows; i++) {
    if (cues[i]! < MIN_WINDOW_CUES) continue;
    const start = paragraphEdge(text, Math.max(0, (i - 1) * WINDOW_CHARS), -1);
    const end = paragraphEdge(text, Math.min(text.length, (i + 2) * WINDOW_CHARS), 1);
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * Whether a stretch lies in the agreement's final clause and signatures, which a treaty of many
 * languages repeats in each of them ("Съставено в Брюксел …", "Til bekræftelse heraf …", "За Република
 * България"): short beside the text before it, it says again what was read, so nothing goes unfound there.
 */
function inFinalClause(stretch: Weighed, outline: readonly OutlineNode[]): boolean {
  for (const node of outline) {
    if (node.kind === 'conclusion' && node.start <= stretch.start + (stretch.end - stretch.start) / 2 && stretch.start + (stretch.end - stretch.start) / 2 < node.end) {
      // A whole other version printed after the final clause is no repetition of it: it is about as long as the text before.
      if (stretch.words < 1_000 && stretch.end - stretch.start < 0.25 * node.start) return true;
    }
    if (inFinalClause(stretch, node.children)) return true;
  }
  return false;
}

/**
 * Whether a stretch is written in several languages, each a good share of it: the final clause and
 * signatures of a treaty of many languages, wherever the outline puts them (an agreement's part, an
 * annex, a protocol), never a part written in one language.
 */
function ofManyLanguages(stretch: Weighed): boolean {
  const shares = [...stretch.foreign.values()].sort((a, b) => b - a);
  const total = shares.reduce((a, b) => a + b, 0);
  return shares.length > 1 && shares[1]! >= 0.15 * total && stretch.words < 1_000;
}

/**
 * What of a text is written in a language the rules do not read (they read English, French and
 * Spanish), weighed paragraph by paragraph, so that an agreement in Portuguese, a Portuguese annex to
 * an English text and the Portuguese half of a bilingual one are told apart; undefined when all of it
 * is read. A heading or a short line goes with the paragraphs around it; paragraphs of two languages
 * side by side (a bilingual table) read as the language read. Only the parts of the text where
 * foreign words stand are weighed word by word. Pure.
 */
export function unreadText(text: string, outline: readonly OutlineNode[] = []): UnreadText | undefined {
  const runs: Weighed[] = [];
  for (const [from, to] of regions(text)) {
    const weighedParagraphs = paragraphs(text, from, to).map(([start, end]) => weighed(text, start, end));
    const verdicts = weighedParagraphs.map(verdictOf);
    for (let i = 0; i < verdicts.length; ) {
      if (verdicts[i] !== 'unread') {
        i++;
        continue;
      }
      // A run goes on over short paragraphs (headings) to the next unread one, and takes in the heading just before it.
      let j = i + 1;
      let lastUnread = i;
      while (j < verdicts.length && verdicts[j] !== 'read') {
        if (verdicts[j] === 'unread') lastUnread = j;
        j++;
      }
      const first = i > 0 && verdicts[i - 1] === 'short' ? i - 1 : i;
      runs.push(merged(weighedParagraphs.slice(first, lastUnread + 1)));
      i = j;
    }
  }
  const length = text.trim().length;
  const kept = runs.filter((r) => (r.words >= MIN_STRETCH_WORDS || r.end - r.start >= WHOLE_SHARE * length) && !inFinalClause(r, outline) && !ofManyLanguages(r));
  if (kept.length === 0) return undefined;
  const stretches: UnreadStretch[] = kept.map((r) => ({ start: r.start, end: r.end, language: mostOf(r.foreign) }));
  const unreadChars = kept.reduce((n, r) => n + r.end - r.start, 0);
  const language = mostOf(merged(kept).foreign);
  return { language, code: CODES[language] ?? 'other', whole: unreadChars >= WHOLE_SHARE * length, stretches };
}
