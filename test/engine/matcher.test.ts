import { describe, expect, it } from 'vitest';
import { matches } from './helpers.js';

describe('terms', () => {
  it('matches a phrase word by word on stems, case-insensitively', () => {
    expect(matches({ terms: ['cultural industries'] }, 'Measures on the Cultural Industry of either Party.')).toEqual(['Cultural Industry']);
  });

  it('matches on word boundaries only', () => {
    expect(matches({ terms: ['art'] }, 'This Article applies to particular goods.')).toEqual([]);
  });

  it('reaches hyphen, space and joined spellings when each is listed', () => {
    const pattern = { terms: ['audio-visual services', 'audiovisual services'] };
    expect(matches(pattern, 'It covers audio-visual services.')).toEqual(['audio-visual services']);
    expect(matches(pattern, 'It covers audio visual services.')).toEqual(['audio visual services']);
    expect(matches(pattern, 'It covers audiovisual services.')).toEqual(['audiovisual services']);
    expect(matches(pattern, 'It covers audio- visual services.')).toEqual(['audio- visual services']);
  });

  it('survives a line break inside a phrase and a word hyphenated over a line end', () => {
    expect(matches({ terms: ['cultural industries'] }, 'measures on cultural\nindustries')).toEqual(['cultural\nindustries']);
    expect(matches({ terms: ['cultural industries'] }, 'measures on cul-\ntural industries')).toEqual(['cul-\ntural industries']);
  });

  it('does not join words across other punctuation', () => {
    expect(matches({ terms: ['cultural industries'] }, 'It is cultural. Industries differ.')).toEqual([]);
  });

  it('compares words as written with exact: true', () => {
    expect(matches({ terms: ['industries'], exact: true }, 'one industry, two industries')).toEqual(['industries']);
    expect(matches({ terms: ['industries'] }, 'one industry, two industries')).toEqual(['industry', 'industries']);
  });

  it('stems in the document language and ignores accents', () => {
    const fr = { languages: ['fr' as const] };
    expect(matches({ terms: ['expressions culturelles'] }, 'la diversité des expression culturelle', fr)).toEqual(['expression culturelle']);
    expect(matches({ terms: ['diversité culturelle'] }, 'la DIVERSITÉ CULTURELLE', fr)).toEqual(['DIVERSITÉ CULTURELLE']);
    expect(matches({ terms: ['commerce électronique'] }, 'du commerce electronique', fr)).toEqual(['commerce electronique']);
  });

  it('reads a vocabulary by name', () => {
    expect(matches({ vocab: 'titles' }, 'Recalling the 2005 Convention on cultural diversity.', { vocab: { titles: ['2005 Convention'] } })).toEqual(['2005 Convention']);
  });
});

describe('regex', () => {
  it('is case-insensitive and a space matches a line break', () => {
    expect(matches({ regex: '\\bshall not apply\\b' }, 'This Chapter SHALL NOT\napply to it.')).toEqual(['SHALL NOT\napply']);
  });

  it('has a Unicode-aware \\b next to accented letters', () => {
    expect(matches({ regex: '\\bélectronique\\b' }, 'le commerce électronique.', { languages: ['fr'] })).toEqual(['électronique']);
  });
});

describe('all, any, not', () => {
  const carveOut = { all: [{ terms: ['audiovisual services'] }, { regex: '\\bdoes not apply\\b' }], within: 'sentence' as const };

  it('all within sentence: every sub-pattern in one sentence', () => {
    expect(matches(carveOut, 'This Chapter does not apply to audiovisual services.')).toEqual(['does not apply', 'audiovisual services']);
    expect(matches(carveOut, 'This Chapter does not apply to air services. Audiovisual services are covered.')).toEqual([]);
  });

  it('a match of the whole article that runs across a sentence edge does not hide one inside the sentence', () => {
    // Read over the whole article, the regex first matches from the heading's "Regulate" into the body,
    // which no sentence holds; the body's own "regulate ... cultural policy" must still count.
    const pattern = { all: [{ regex: '\\bregulat\\w*\\b[^;]{0,80}?\\bcultural polic\\w+' }, { regex: '\\bright\\b' }], within: 'sentence' as const };
    const example = { text: 'Each Party keeps the right to regulate its cultural policies.', path: ['Chapter 8 Investment', 'Article 8.2 Right to Regulate'] };
    expect(matches(pattern, example)).toEqual(['right', 'regulate its cultural policies']);
    // Across two sentences of the body: the first sentence holds no match of its own, the second one does.
    const body = 'Each Party may regulate. The Parties keep the right to regulate their cultural policies.';
    expect(matches(pattern, body)).toEqual(['right', 'regulate their cultural policies']);
  });

  it('a sentence does not end at "Art." or "No." or "i.e."', () => {
    expect(matches(carveOut, 'Under Art. 5 of this Chapter, i.e. Section No. 3, this does not apply to audiovisual services.')).toHaveLength(2);
  });

  it('a list item reads with its lead-in as one sentence', () => {
    const text = 'This Chapter does not apply to:\n\n(a) air services;\n\n(b) audiovisual services; and\n\n(c) procurement.';
    expect(matches(carveOut, text)).toEqual(['does not apply', 'audiovisual services']);
  });

  it('all within paragraph: a numbered paragraph is a new paragraph', () => {
    const pattern = { ...carveOut, within: 'paragraph' as const };
    expect(matches(pattern, '1. This Chapter does not apply to air services. It covers the rest.\n2. Audiovisual services are listed.')).toEqual([]);
    expect(matches(pattern, '1. This Chapter does not apply to air services. Nor to audiovisual services.\n2. Other.')).toHaveLength(2);
  });

  it('all within article (the default): anywhere in the unit', () => {
    const pattern = { all: carveOut.all };
    expect(matches(pattern, 'This Chapter does not apply to air services.\n\n2. Audiovisual services are listed.')).toHaveLength(2);
  });

  it('all within { words: N }: a stretch of N words', () => {
    const pattern = { all: [{ terms: ['cooperate'] }, { terms: ['culture'] }], within: { words: 5 } };
    expect(matches(pattern, 'The Parties shall cooperate on culture.')).toEqual(['cooperate', 'culture']);
    expect(matches(pattern, 'The Parties shall cooperate on customs, standards, and then on culture.')).toEqual([]);
  });

  it('any: one sub-pattern is enough, and every one that matches is evidence', () => {
    expect(matches({ any: [{ terms: ['film'] }, { terms: ['music'] }] }, 'film and music')).toEqual(['film', 'music']);
  });

  it('not: the window must not contain it', () => {
    const pattern = { ...carveOut, not: { terms: ['heritage'] } };
    expect(matches(pattern, 'This does not apply to audiovisual services or heritage.')).toEqual([]);
    expect(matches(pattern, 'This does not apply to audiovisual services. Heritage is covered.')).toHaveLength(2);
  });

  it('not on a leaf looks at the whole unit', () => {
    expect(matches({ terms: ['film'], not: { terms: ['heritage'] } }, 'film. Heritage.')).toEqual([]);
  });

  it('atLeast: the pattern must match in that many places of its window', () => {
    const twice = { terms: ['electronic commerce'], atLeast: 2 };
    expect(matches(twice, 'Electronic commerce grows; electronic commerce needs trust.')).toEqual(['Electronic commerce', 'electronic commerce']);
    expect(matches(twice, 'Cooperation covers fisheries and electronic commerce.')).toEqual([]);
    // Per window: two mentions in one paragraph count, one in each of two paragraphs do not.
    const inOneParagraph = { all: [{ regex: 'electronic commerce', atLeast: 2 }], within: 'paragraph' as const };
    expect(matches(inOneParagraph, '1. Electronic commerce matters. Electronic commerce grows.\n\n2. Other.')).toHaveLength(2);
    expect(matches(inOneParagraph, '1. Electronic commerce matters.\n\n2. Electronic commerce grows.')).toEqual([]);
  });

  it('atLeast counts places, not alternatives that match the same words', () => {
    expect(matches({ any: [{ terms: ['film'] }, { regex: 'film' }], atLeast: 2 }, 'a film')).toEqual([]);
    expect(matches({ any: [{ terms: ['film'] }, { regex: 'film' }], atLeast: 2 }, 'a film, a film')).toEqual(['film', 'film']);
  });
});

describe('inside', () => {
  const text = 'Each Party shall maintain a framework for electronic transactions.';
  const path = ['Chapter 14 Electronic Commerce', 'Article 14.5 Domestic rules'];

  it('tests the agreement\'s own title only for kinds: [agreement]', () => {
    const placed = { text: 'The Parties shall exchange views.', path: ['Chapter 3 Dialogue', 'Article 3.1 Meetings'], title: 'Agreement on Economic and Cultural Cooperation' };
    expect(matches({ regex: 'exchange', inside: { heading: 'cultural', kinds: ['agreement'] } }, placed)).toEqual(['exchange']);
    expect(matches({ regex: 'exchange', inside: { heading: 'cultural' } }, placed)).toEqual([]);
    expect(matches({ regex: 'exchange', inside: { heading: 'cultural', kinds: ['chapter', 'article'] } }, placed)).toEqual([]);
  });

  it('tests the headings of the enclosing nodes', () => {
    const pattern = { terms: ['framework'], inside: { heading: 'electronic commerce' } };
    expect(matches(pattern, { text, path })).toEqual(['framework']);
    expect(matches(pattern, { text, path: ['Chapter 3 Customs', 'Article 3.1 Scope'] })).toEqual([]);
  });

  it('kinds limits which headings count', () => {
    const pattern = { terms: ['framework'], inside: { heading: 'domestic rules', kinds: ['chapter' as const] } };
    expect(matches(pattern, { text, path })).toEqual([]);
  });

  it('part: preamble, body or annex', () => {
    const pattern = { terms: ['framework'], inside: { part: 'preamble' as const } };
    expect(matches(pattern, { text, part: 'preamble' })).toEqual(['framework']);
    expect(matches(pattern, { text })).toEqual([]);
    expect(matches({ terms: ['framework'], inside: { part: ['annex' as const] } }, { text, part: 'annex' })).toEqual(['framework']);
  });

  it('alone, fires on position with the unit heading line as evidence', () => {
    expect(matches({ inside: { heading: 'electronic commerce', kinds: ['chapter' as const] } }, { text, path })).toEqual(['Article 14.5 Domestic rules']);
  });

  it('in not: excludes units under a heading', () => {
    const pattern = { terms: ['framework'], not: { inside: { heading: 'definitions' } } };
    expect(matches(pattern, { text, path: ['Chapter 14', 'Article 14.1 Definitions'] })).toEqual([]);
  });
});

describe('languages', () => {
  it('a rule applies only to documents in its languages', () => {
    expect(matches({ terms: ['film'] }, { text: 'un film', language: 'fr' })).toEqual([]);
  });
});

describe('party: the side of a one-way grant a regex names', () => {
  const beneficiary = { regex: '\\bmusicians\\s+(?:of|from)\\s+(?:the\\s+)?\\w+', party: 'beneficiary' as const };
  const grantor = { regex: '\\bshall\\s+grant\\b', party: 'grantor' as const };
  const northSouth = ['CAN', 'PER'];

  it('beneficiary: the name the match ends in, read whole, must be no developed economy', () => {
    expect(matches(beneficiary, { text: 'Musicians from Peru shall receive visas.', parties: northSouth })).toEqual(['Musicians from Peru']);
    expect(matches(beneficiary, { text: 'Musicians from Canada shall receive visas.', parties: northSouth })).toEqual([]);
    // "the United" is read on to "the United States of America".
    expect(matches(beneficiary, { text: 'Musicians from the United States of America shall receive visas.', parties: ['PER', 'USA'] })).toEqual([]);
    expect(matches(beneficiary, { text: 'Musicians from Tessaly shall receive visas.', parties: northSouth })).toEqual(['Musicians from Tessaly']);
  });

  it('grantor: the subject before the match must be no developing Party where a developed one signs', () => {
    expect(matches(grantor, { text: 'Canada shall grant visas to musicians.', parties: northSouth })).toEqual(['shall grant']);
    expect(matches(grantor, { text: 'The Republic of Peru shall grant visas to musicians.', parties: northSouth })).toEqual([]);
    expect(matches(grantor, { text: 'The Republic of Peru shall grant visas to musicians.', parties: ['COL', 'PER'] })).toEqual(['shall grant']);
    expect(matches(grantor, { text: 'The Kingdom shall grant visas to musicians.', parties: northSouth })).toEqual(['shall grant']);
  });
});
