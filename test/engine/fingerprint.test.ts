import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../src/engine/index.js';
import { clauseLetters, fingerprint, withoutArticleLabel } from '../../src/engine/fingerprint.js';
import { readAgreementBytes } from '../../src/ingest/index.js';
import { ruleSetOf } from './helpers.js';

const CLAUSE = 'Article 7.2 Cultural Industries\n\n1. Nothing in this Chapter shall apply to “audiovisual services” — including broadcasting.1\n2. Each Party retains the right to regulate.';
const print = (text: string) => fingerprint('cultural-exemption', withoutArticleLabel(text));

describe('finding fingerprints read the clause’s words, not its layout', () => {
  it.each([
    ['lines wrapped elsewhere', 'Article 7.2 Cultural Industries\n1. Nothing in this Chapter shall apply to “audiovisual\nservices” — including broadcasting.1 2. Each Party retains the right\nto regulate.'],
    ['a word hyphenated at a line’s end', 'Article 7.2 Cultural Industries\n\n1. Nothing in this Chapter shall apply to “audio-\nvisual services” — including broad-\ncasting.1\n2. Each Party retains the right to regulate.'],
    ['a page number inside the article', 'Article 7.2 Cultural Industries\n\n1. Nothing in this Chapter shall apply to “audiovisual services” — including broadcasting.1\nPage 14 of 52\n2. Each Party retains the right to regulate.'],
    ['footnote markers of another style', 'Article 7.2 Cultural Industries\n\n1. Nothing in this Chapter shall apply to “audiovisual services” — including broadcasting.[^1]\n2. Each Party retains the right to regulate.'],
    ['a superscript marker', 'Article 7.2 Cultural Industries\n\n1. Nothing in this Chapter shall apply to “audiovisual services” — including broadcasting.¹\n2. Each Party retains the right to regulate.'],
    ['straight quotes and hyphens', "Article 7.2 Cultural Industries\n\n1. Nothing in this Chapter shall apply to \"audiovisual services\" - including broadcasting.1\n2. Each Party retains the right to regulate."],
    ['another article label', 'ARTICLE 7.2: Cultural Industries\n\n1. Nothing in this Chapter shall apply to “audiovisual services” — including broadcasting.1\n2. Each Party retains the right to regulate.'],
    ['an abbreviated label, renumbered', 'Art. 12 - Cultural Industries\n\n1. Nothing in this Chapter shall apply to “audiovisual services” — including broadcasting.1\n2. Each Party retains the right to regulate.'],
    ['a roman label', 'Article VII\nCultural Industries\n\n1. Nothing in this Chapter shall apply to “audiovisual services” — including broadcasting.1\n2. Each Party retains the right to regulate.'],
    ['a page number of the front matter', 'Article 7.2 Cultural Industries\n\n1. Nothing in this Chapter shall apply to “audiovisual services” — including broadcasting.1\n- iv -\n2. Each Party retains the right to regulate.'],
    ['a German page number', 'Article 7.2 Cultural Industries\n\n1. Nothing in this Chapter shall apply to “audiovisual services” — including broadcasting.1\nSeite 14 von 52\n2. Each Party retains the right to regulate.'],
  ])('is unchanged by %s', (_, variant) => {
    expect(print(variant)).toBe(print(CLAUSE));
  });

  it('spells ligatures out as their letters', () => {
    expect(clauseLetters('ﬁlms and œuvres')).toBe(clauseLetters('films and oeuvres'));
  });

  it.each([
    ['a carve-out deleted', 'Article 7.2 Cultural Industries\n\n1. Nothing in this Chapter shall apply to “audiovisual services”.\n2. Each Party retains the right to regulate.'],
    ['one word changed', 'Article 7.2 Cultural Industries\n\n1. Nothing in this Chapter shall apply to “audiovisual services” — excluding broadcasting.1\n2. Each Party retains the right to regulate.'],
    ['a sentence added', `${CLAUSE} 3. This Article expires after five years.`],
    ['an item numbered on a line of its own', 'Article 7.2 Cultural Industries\n\n1. Nothing in this Chapter shall apply to “audiovisual services” — including broadcasting.1\n(iv)\n2. Each Party retains the right to regulate.'],
    ['another title', 'Article 7.2 Services\n\n1. Nothing in this Chapter shall apply to “audiovisual services” — including broadcasting.1\n2. Each Party retains the right to regulate.'],
  ])('changes with %s', (_, variant) => {
    expect(print(variant)).not.toBe(print(CLAUSE));
  });

  it('tells categories apart on one clause', () => {
    expect(fingerprint('cultural-exemption', CLAUSE)).not.toBe(fingerprint('policy-space', CLAUSE));
  });
});

describe('notes under a rule are no part of the clause', () => {
  const article = 'Article 7.2\nCultural Industries\n\nNothing in this Chapter shall apply to audiovisual services.(1)\n\n';
  const next = '\n\nArticle 7.3\nReview\n\nThe Parties shall review this Chapter.\n';
  const prints = async (text: string) => {
    const doc = await readAgreementBytes(new TextEncoder().encode(text), 'draft.txt');
    return scanDocument(doc, ruleSetOf({ terms: ['audiovisual services'] })).findings.map((f) => f.fingerprint);
  };

  // Plain text puts the notes right under the rule; a word processor (and HTML) sets the rule and each
  // note as paragraphs of their own, with blank lines between them.
  it.each([
    ['right under the rule', '__________\n(1) Broadcasting includes cable and satellite transmission.\n(2) Article 7.3 applies to them.'],
    ['as paragraphs of their own', '__________\n\n(1) Broadcasting includes cable and satellite transmission.\n\n(2) Article 7.3 applies to them.'],
  ])('set %s', async (_, notes) => {
    const without = await prints(`${article.trimEnd()}${next}`);
    expect(without).toHaveLength(1);
    expect(await prints(`${article}${notes}${next}`)).toEqual(without);
  });
});

describe('a preamble finding is fingerprinted by the recitals it rests on', () => {
  const preamble = (recitals: readonly string[]) => `FREE TRADE AGREEMENT BETWEEN CANADA AND THE REPUBLIC OF PERU\n\nPREAMBLE\n\nThe Parties,\n\n${recitals.join('\n\n')}\n\nHAVE AGREED AS FOLLOWS:\n\nArticle 1\nObjectives\n\nThe Parties shall cooperate.\n`;
  const RECITALS = [
    'RESOLVED to promote sustainable development;',
    'REAFFIRMING their commitment to the Convention on the Protection and Promotion of the Diversity of Cultural Expressions;',
    'RECOGNISING the right of each Party to regulate in order to protect cultural diversity;',
  ];
  const prints = async (recitals: readonly string[]) => {
    const doc = await readAgreementBytes(new TextEncoder().encode(preamble(recitals)), 'draft.txt');
    const ruleSet = ruleSetOf({ terms: ['Convention on the Protection and Promotion'] }, { category: 'convention-reference' });
    const policy = ruleSetOf({ terms: ['right of each Party to regulate'] }, { category: 'policy-space' });
    const found = [...scanDocument(doc, ruleSet).findings, ...scanDocument(doc, policy).findings];
    return Object.fromEntries(found.map((f) => [f.category, f.fingerprint]));
  };

  it('so that rewording one recital changes the findings on it and no other', async () => {
    const before = await prints(RECITALS);
    expect(Object.keys(before).sort()).toEqual(['convention-reference', 'policy-space']);
    const otherReworded = await prints(['RESOLVED to promote inclusive and sustainable development;', ...RECITALS.slice(1)]);
    expect(otherReworded).toEqual(before);
    const conventionReworded = await prints([RECITALS[0]!, 'REAFFIRMING their commitments as Parties to the Convention on the Protection and Promotion of the Diversity of Cultural Expressions;', RECITALS[2]!]);
    expect(conventionReworded['convention-reference']).not.toBe(before['convention-reference']);
    expect(conventionReworded['policy-space']).toBe(before['policy-space']);
  });

  it('whatever the lines a layout breaks the recitals into', async () => {
    const wrapped = RECITALS.map((r) => r.replace(/ (?=the|to|of)/g, '\n'));
    expect(await prints(wrapped)).toEqual(await prints(RECITALS));
  });
});
