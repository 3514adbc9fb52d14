import { describe, expect, it } from 'vitest';
import { compileRuleRegex, rewriteRegexSource, splitByScript } from '../../src/rules/regex.js';
import { matches } from '../engine/helpers.js';
import { branchClauses, literalStartsWord, otherRegexClauses, regexLiterals } from '../../src/rules/regex-literals.js';

describe('rule regexes', () => {
  it('a space matches any whitespace, an optional space stays optional', () => {
    expect(rewriteRegexSource('shall not')).toBe('shall\\s+not');
    expect(rewriteRegexSource('co-? ?operation')).toBe('co-?\\s?operation');
    expect(rewriteRegexSource('[a ]')).toBe('[a ]');
  });

  it('\\b after an optional letter knows the accented letter before it', () => {
    const market = compileRuleRegex('\\bmarch[ée]s?\\b', false);
    expect(market.test('accès au marché et aux services')).toBe(true);
    expect(market.test('les marchés.')).toBe(true);
    expect(market.test('marchéx')).toBe(false);
    expect(compileRuleRegex('\\bculturales?\\b', false).test('la política cultural,')).toBe(false);
  });

  it('\\b is Unicode-aware next to accented letters only', () => {
    expect(compileRuleRegex('\\bélectronique\\b').test('commerce électronique')).toBe(true);
    expect(compileRuleRegex('\\bfilm\\b').source).toBe('\\bfilm\\b');
  });
});

describe('splitByScript', () => {
  it('regroups top-level alternatives into an ASCII pattern and one that needs Unicode mode', () => {
    expect(splitByScript('\\bsubsid(?:y|ies)\\b|\\bsubvenci[oó]n\\b|\\bgrants\\b')).toEqual(['\\bsubsid(?:y|ies)\\b|\\bgrants\\b', '\\bsubvenci[oó]n\\b']);
    // Bars inside groups and classes are not top-level; escaped bars are not bars.
    expect(splitByScript('(?:a|é)x|[|é]y|b\\|c')).toEqual(['b\\|c', '(?:a|é)x|[|é]y']);
  });

  it('keeps a pattern whole when all its alternatives are of one kind, or when it has back-references', () => {
    expect(splitByScript('film|cinema')).toEqual(['film|cinema']);
    expect(splitByScript('película|cinéma')).toEqual(['película|cinéma']);
    expect(splitByScript('(\\w)\\1|é')).toEqual(['(\\w)\\1|é']);
  });

  it('a split regex keeps the accent-aware word boundaries the whole pattern had', () => {
    // Whole, `\\b` after the class knows "á" as a letter: "cinematográfica" has no boundary after "cinematogr".
    expect(matches({ regex: '\\bcine[a-z]*\\b|película' }, 'la industria cinematográfica')).toEqual([]);
    expect(matches({ regex: '\\bcine[a-z]*\\b|película' }, 'el cine y la película')).toEqual(['cine', 'película']);
  });

  it('a split regex still finds every alternative, with the rule\'s modifiers on the whole', () => {
    const pattern = { regex: '\\bsubsidies\\b|\\bsubvención\\b', not: { terms: ['fisheries'] } };
    expect(matches(pattern, 'subsidies and a subvención')).toEqual(['subsidies', 'subvención']);
    expect(matches(pattern, 'subsidies to fisheries')).toEqual([]);
  });
});

describe('Unicode-aware boundaries', () => {
  const W = '[0-9A-Z_a-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF]';
  const FULL = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
  it.each([
    // A known letter on one side leaves one lookaround, for the other side.
    ['\\bélectronique', `(?<!${W})électronique`],
    ['\\b[ée]lectronique', `(?<!${W})[ée]lectronique`],
    ['(?:GATT|AGCS)\\b[^.]é', `(?:GATT|AGCS)(?!${W})[^.]é`],
    ['[^.]\\b(?:incorpora|aplicá)', `[^.]\\b(?<!${W})(?:incorpora|aplicá)`],
    ['[^.]\\b(?:incorpora|élan)', `[^.](?<!${W})(?:incorpora|élan)`],
    ['é\\B[a-z]', `é(?=${W})[a-z]`],
    // Classes of letters, `\\w` and `+` count as a known letter too, inside a group's alternatives as well.
    ['[^.]\\b(?:medidas|legislaci[oó]n)', `[^.]\\b(?<!${W})(?:medidas|legislaci[oó]n)`],
    // Alternatives with groups of their own, and endings that may match nothing after a known letter.
    ['\\b(?:shall\\s+(?:meet|convene)|comité)', `\\b(?<!${W})(?:shall\\s+(?:meet|convene)|comité)`],
    ['(?:ayudas?|subvenci[oó]n(?:es)?)\\b[^.]é', `(?:ayudas?|subvenci[oó]n(?:es)?)(?!${W})[^.]é`],
    ['acuerd[a-zé]*\\b[^.]', `acuerd[a-zé]*(?!${W})[^.]`],
    // In Unicode mode a case-insensitive "s" also matches "ſ": JavaScript's \\b cannot screen there.
    // There a word character is a letter or digit of any script, as `\\p{L}` matches.
    ['\\b(?:shall|comité)\\p{L}', '(?<![\\p{L}\\p{N}_])(?:shall|comité)\\p{L}'],
    ['(?:t[eé]cnica|financi[a-zé]+)\\b[^.]', `(?:t[eé]cnica|financi[a-zé]+)(?!${W})[^.]`],
    // A group that may match nothing: it and what follows it both start with a letter.
    ['\\b(?:l[aá]\\s+)?cultura', `\\b(?<!${W})(?:l[aá]\\s+)?cultura`],
    ['\\b(?:l[aá]\\s+)*électronique', `(?<!${W})(?:l[aá]\\s+)*électronique`],
    // An ASCII group that may match nothing does not hide the accented letter after it.
    ['\\b(?:la\\s+)?économie', `(?<!${W})(?:la\\s+)?économie`],
    ['coproduc\\w+\\b[^.]é', `coproduc\\w+(?!${W})[^.]é`],
    // Neither side certain (an optional letter, an escape, a class of anything): the full test stays.
    ['\\b[ée]?lectronique', `${FULL}[ée]?lectronique`],
    ['\\u00e9\\b[^x]é', `\\u00e9${FULL}[^x]é`],
    ['[^.]\\b(?:medidas|[^x]é)', `[^.]${FULL}(?:medidas|[^x]é)`],
    ['[a-zé]*\\b[^.]é', `[a-zé]*${FULL}[^.]é`],
    ['\\b(?:l[aá]\\s+)?-é', `${FULL}(?:l[aá]\\s+)?-é`],
    ['\\b(?:l[aá]\\s+|-)?é', `${FULL}(?:l[aá]\\s+|-)?é`],
    ['[^.]\\b(?:medidas|(?=x)é)', `[^.]${FULL}(?:medidas|(?=x)é)`],
    ['(?:ayudas|\\s)?\\b[^.]é', `(?:ayudas|\\s)?${FULL}[^.]é`],
    ['[^.]\\b(?:a[|]b|[à-ü]é)', `[^.]${FULL}(?:a[|]b|[à-ü]é)`],
  ])('%s → %s', (source, expected) => {
    expect(rewriteRegexSource(source)).toBe(expected);
  });

  it.each([
    ['\\b[ée]lectronique\\b', `${FULL}[ée]lectronique\\b`],
    ['(?:GATT|AGCS|GATé)\\b[^.]', `(?:GATT|AGCS|GATé)${FULL}[^.]`],
    ['[^.]\\b(?:incorpora|aplicá)', `[^.]${FULL}(?:incorpora|aplicá)`],
    ['[^.]\\b(?:incorpor[a-z]|aplic[áa])', `[^.]${FULL}(?:incorpor[a-z]|aplic[áa])`],
    ['(?:xincorpor[a-z]+|GAT[ée])\\b[^.]', `(?:xincorpor[a-z]+|GAT[ée])${FULL}[^.]`],
    ['[^.]\\b(?:incorpora|(?:x|ap)lic[áa])', `[^.]${FULL}(?:incorpora|(?:x|ap)lic[áa])`],
    ['(?:incorpor(?:a|ar)|GAT[ée]s?|aplic(?:á)?)\\b[^.]', `(?:incorpor(?:a|ar)|GAT[ée]s?|aplic(?:á)?)${FULL}[^.]`],
    ['\\b(?:commerce\\s+)?[ée]lectronique', `${FULL}(?:commerce\\s+)?[ée]lectronique`],
    ['\\b(?:GAT[ée]\\s+|x)*incorpora', `${FULL}(?:GAT[ée]\\s+|x)*incorpora`],
  ])('%s matches exactly where the full boundary test does', (source, full) => {
    const text = 'commerce électronique, éélectronique, Électroniqueé, GATTé xx, GATT, GATé; incorpora, xincorpora, éaplicá, incorporar, GATés, aplicá';
    const found = (regex: RegExp) => [...text.matchAll(regex)].map((m) => `${m.index}:${m[0]}`);
    const expected = found(new RegExp(full, 'giu'));
    expect(expected.length).toBeGreaterThan(0);
    expect(found(compileRuleRegex(source))).toEqual(expected);
  });
});

describe('regexLiterals', () => {
  it.each([
    ['\\bdoes not apply\\b', ['apply']],
    ['\\bcultural industr(?:y|ies)\\b', ['cultural']],
    ['\\b(?:audiovisual|broadcasting) services', ['audiovisual', 'broadcasting']],
    ['\\b(?:tv|film) services', ['services']],
    ['\\b(?:audiovisual|broadcasting)\\b', ['audiovisual', 'broadcasting']],
    ['film|cinema', ['film', 'cinema']],
    ['\\bexchanges?\\b', ['exchange']],
    ['\\w+ing', ['ing']],
    ['\\w+\\s\\d', undefined],
    ['(?:film)?music', ['music']],
    ['(?<!non-)commercial', ['commercial']],
    // A positive lookaround's text must be in the unit too; a negative one's need not.
    ['\\b(?:take|adopt)\\b(?=[^.]{0,300}?cultural polic)', ['cultural']],
    ['(?<=cultural )art', ['cultural']],
    ['\\b(?:take|adopt)\\b(?![^.]{0,300}?cultural polic)', ['take', 'adopt']],
    ['cultur\\w+|\\bart\\b|x', undefined],
    ['[^.]{0,220}broadcast', ['broadcast']],
    ['\\bthe\\s+parties\\s+agree', ['agree']],
    // Structural words of agreements and word tails after a class lose to any other literal.
    ['\\bGATT (?:1994 )?article XX\\b', ['gatt']],
    ['\\bart[ií]culo (?:XX|XIV) del (?:GATT|AGCS)\\b', ['gatt', 'agcs']],
    ['\\barticle\\b', ['article']],
  ])('%s → %j', (source, expected) => {
    expect(regexLiterals(source)).toEqual(expected);
  });
});

describe('literalStartsWord', () => {
  it.each([
    ['\\bmedia\\b', 'media', true],
    ['\\b(?:audio|media)\\b', 'media', true],
    ['\\b(?:press|(?:national|local) media)', 'media', true],
    ['national\\s+media', 'media', true],
    ['multimedia', 'media', false],
    ['film|cinema', 'cinema', false],
    ['\\bco-?operat\\w+', 'operat', false],
    ['\\s*media', 'media', false],
    ['(?<!im)media', 'media', false],
    ['\\bmedia|multimedia', 'media', false],
    ['\\bco-productions?', 'production', true],
    ['\\bco-?productions?', 'production', false],
    ['[a-z-]production', 'production', false],
  ])('%s, %s → %s', (source, literal, expected) => {
    expect(literalStartsWord(source, literal)).toBe(expected);
  });
});

/** Every match in `text` of a rule regex's `source` (a space standing for any blanks), lower-cased. */
function lowerCaseMatches(source: string, text: string): string[] {
  return [...text.matchAll(new RegExp(source.replaceAll(' ', '\\s+'), 'gi'))].map((m) => m[0].toLowerCase());
}

describe('otherRegexClauses', () => {
  it.each([
    // One alternative only: every clause besides the one regexLiterals picks is necessary too.
    ['\\bpromot\\w+\\b[^.]{0,80}\\bcultural (?:goods|heritage)\\b', [['promot'], ['goods', 'heritage']]],
    ['\\b(?:support|promote)\\b[^.]{0,80}\\b(?:fine|performing) arts\\b', [['fine', 'performing'], ['arts']]],
    // Top-level alternatives, or nothing certain: no further clause is claimed.
    ['\\bcultural goods\\b|\\bheritage\\b', []],
    ['\\w+\\s\\d', []],
    ['\\baudiovisual\\b', []],
  ])('%s → %j', (source, expected) => {
    expect(otherRegexClauses(source)).toEqual(expected);
  });

  it('every clause holds in every match', () => {
    const source = '\\bco-?operat\\w+ (?:in|on) (?:the )?(?:cultural|audiovisual) (?:field|sector)s?\\b';
    const text = 'The Parties shall co-operate in the cultural field and cooperation on audiovisual sectors.';
    const matches = lowerCaseMatches(source, text);
    expect(matches.length).toBe(2);
    const clauses = [regexLiterals(source) ?? [], ...otherRegexClauses(source)];
    expect(clauses.length).toBeGreaterThan(1);
    for (const match of matches) for (const clause of clauses) expect(clause.some((literal) => match.includes(literal))).toBe(true);
  });
});

describe('branchClauses', () => {
  it.each([
    // Each top-level alternative with every clause it needs.
    ['\\bcultural\\s+co-?operation\\b|\\bexchanges?\\s+of\\s+artists', [[['cultural'], ['operation']], [['exchange'], ['artists']]]],
    ['\\b(?:film|music)\\s+festival|\\bheritage\\b', [[['film', 'music'], ['festival']], [['heritage']]]],
    // One alternative (the other functions say it all), or an alternative with nothing certain.
    ['\\bpromot\\w+\\b[^.]{0,80}\\bcultural goods\\b', undefined],
    ['\\bheritage\\b|\\w+\\s\\d', undefined],
  ])('%s → %j', (source, expected) => {
    expect(branchClauses(source)).toEqual(expected);
  });

  it('every match holds every clause of some alternative', () => {
    const source = '\\bcultur(?:al|e) co-?operation\\b|\\bco-?operat\\w+ (?:\\w+ ){0,3}in the (?:cultural|audiovisual) (?:field|sector)s?\\b';
    const text = 'Cultural cooperation grows; the Parties shall co-operate closely in the audiovisual sectors.';
    const matches = lowerCaseMatches(source, text);
    expect(matches.length).toBe(2);
    const alternatives = branchClauses(source) ?? [];
    expect(alternatives.length).toBe(2);
    for (const match of matches) expect(alternatives.some((clauses) => clauses.every((clause) => clause.some((literal) => match.includes(literal))))).toBe(true);
  });
});
