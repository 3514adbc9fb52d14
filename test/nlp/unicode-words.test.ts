import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORCE_PATTERNS } from '../../src/assess/legal-force-patterns.js';
import { unicodeWords } from '../../src/nlp/unicode-words.js';
import { legalSentences, SHARED_TOTA, totaArticles } from '../assess/tota-articles.js';

/** The whole Unicode word boundary at every \b: the plain reading that unicodeWords must match exactly. */
const WORD = String.raw`[\p{L}\p{N}_]`;
const wholeBoundaries = (re: RegExp) => new RegExp(re.source.replaceAll(String.raw`\b`, `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`), `${re.flags.replace('u', '')}gu`);
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
    expect(unicodeWords(/\b(?:a|1)\b/i).source).toContain('(?<=');
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
      for (const pattern of [...p.exception, ...p.effort, p.recitalOpening, p.declaration, ...p.obligation]) {
        // Each half back to \b (inside a whole boundary too, which stays the same boundary), then whole again.
        const whole = new RegExp(pattern.source.replaceAll(`(?<!${WORD})`, '\\b').replaceAll(`(?!${WORD})`, '\\b'), pattern.flags);
        const plain = wholeBoundaries(whole);
        const differing = sentences.filter((s) => JSON.stringify(everyMatch(pattern, s)) !== JSON.stringify(everyMatch(plain, s)));
        expect(differing, pattern.source).toEqual([]);
      }
    }
  });
});
