import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORCE_PATTERNS } from '../../src/assess/legal-force-patterns.js';
import { unicodeWords } from '../../src/nlp/unicode-words.js';
import { legalSentences, SHARED_TOTA, totaArticles } from '../assess/tota-articles.js';

/** A word character: a Latin letter, a digit or `_`; in a pattern with the `u` flag, a letter or digit of any script. */
const LATIN_WORD = String.raw`[0-9A-Z_a-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]`;
const wordOf = (re: RegExp) => (re.flags.includes('u') ? String.raw`[\p{L}\p{N}_]` : LATIN_WORD);
/** The whole accent-aware word boundary at every \b: the plain reading that unicodeWords must match exactly. */
const wholeBoundaries = (re: RegExp) => {
  const word = wordOf(re);
  return new RegExp(re.source.replaceAll(String.raw`\b`, `(?:(?<!${word})(?=${word})|(?<=${word})(?!${word}))`), `${re.flags.replace('g', '')}g`);
};
const everyMatch = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].map((m) => [m.index, m[0]]);

/** Patterns shaped like the project's: words, optional endings, groups, classes, alternatives, \p{L}. */
const PATTERNS = [
  /\bnada (?:de lo dispuesto )?en (?:el presente|este)\b/i,
  /\bno impedir[áa]n?\b/i,
  /\b(?:procurar[áa]n?|se esforzar[áa]n?)\b/i,
  /\bdeber[áa]n?\b|\bs[óo]lo podr[áa]n?\b/i,
  /\b\p{L}{3,}(?:ar|er|ir)[áa]n?\b/iu,
  /\bn['’](?:est|sont) pas tenue?s?\b/i,
  /\b(?:est|sont)? exclue?s?\b/i,
  /(?:\b|x)é\b|\b\d+\b|\b_a\b|\b(?=é)é\b/i,
  /\ba*b\b|\b[^a]b\b|\b[a-z]+\b|\b(?:a|1)\b/i,
  /\b(?:se )?aplicar[áa]n?\b|\b(?:no |-)?deber[áa]\b|\b(?:n['’])*est\b/i,
];

const TEXTS = [
  'Nada en el presente Acuerdo impedirá; NADA DE LO DISPUESTO EN ESTE. nada en estella',
  'Las Partes no impedirán, no impedira, no impediráns, no_impedirá, 2no impedirá, no impedirá2',
  'procurarán, se esforzarán; procurarána; ſe eſforzará; Procuraran',
  'deberán deberá deberáx sólo podrán solo podra sólo podránn 1deberá deber_á',
  'aplicarán cooperar ir fomentará crear κρεάρ ÉCRIRÁN',
  "n'est pas tenu n’est pas tenues n'sont pas tenus n'est pas tenuss",
  'est exclu sont exclues  exclus exclues1 _exclue',
  'é xé _é 12 a12 _a __a éé é',
  'ab aab b xb Ab 1b _b a 1 a1',
];

describe('Unicode word boundaries', () => {
  it('match exactly what the whole boundary at every \\b matches', () => {
    for (const pattern of PATTERNS) {
      const lean = unicodeWords(pattern);
      const whole = wholeBoundaries(pattern);
      for (const text of TEXTS) expect(everyMatch(lean, text), `${pattern.source} in ${text}`).toEqual(everyMatch(whole, text));
    }
  });

  it('keep only the half of the boundary that can hold beside a letter the pattern must match', () => {
    const source = unicodeWords(/\bno impedir[áa]n?\b/i).source;
    expect(source).not.toContain('(?=');
    expect(source).not.toContain('(?<=');
    // Where the pattern may match no word character ("-") on either side, the whole boundary stays.
    expect(unicodeWords(/\b(?:a|-)\b/i).source).toContain('(?<=');
    // `\w` is a word character: before it, the lookbehind alone (after JavaScript's own \b, as before an ASCII letter).
    const possessive = unicodeWords(/\b(?:its|\w+['’]s)\s+cultural\b/i);
    expect(possessive.source).toMatch(/^\\b\(\?<!/);
    expect(possessive.source).not.toContain('(?<=');
    for (const text of ["Chile's cultural and its cultural", 'añits cultural, éChile’s cultural _its cultural', "its' cultural x's cultural"]) {
      expect(everyMatch(possessive, text), text).toEqual(everyMatch(wholeBoundaries(/\b(?:its|\w+['’]s)\s+cultural\b/i), text));
    }
  });
});

const present = existsSync(SHARED_TOTA);
if (!present) console.log(`Unicode word boundaries on real ToTA sentences skipped: ${SHARED_TOTA} is absent`);

describe.skipIf(!present)('the Spanish and French legal force patterns on real ToTA sentences', () => {
  it('match as with the whole boundary at every \\b', () => {
    const sentences = ['pta_450', 'pta_285'].flatMap((treaty) => (present ? [...totaArticles(treaty).values()] : []).flatMap((article) => legalSentences(article.text)));
    expect(sentences.length).toBeGreaterThan(1000);
    for (const language of ['es', 'fr'] as const) {
      const p = FORCE_PATTERNS[language];
      for (const pattern of [...p.exception, ...p.effort, p.recitalOpening, p.declaration, ...p.obligation, ...p.futureTense]) {
        // Each half back to \b (inside a whole boundary too, which stays the same boundary), then whole again.
        const word = wordOf(pattern);
        const whole = new RegExp(pattern.source.replaceAll(`(?<!${word})`, '\\b').replaceAll(`(?!${word})`, '\\b'), pattern.flags);
        const plain = wholeBoundaries(whole);
        const differing = sentences.filter((s) => JSON.stringify(everyMatch(pattern, s)) !== JSON.stringify(everyMatch(plain, s)));
        expect(differing, pattern.source).toEqual([]);
      }
    }
  });
});
