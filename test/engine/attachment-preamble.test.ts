import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { withLegalForce } from '../../src/cli/finding-force.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreementBytes } from '../../src/ingest/index.js';
import type { AgreementDocument } from '../../src/model.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { matchDecisions } from '../../src/tui/decisions.js';
import { locationWords } from '../../src/report/brief/words.js';
import { flatten } from '../structure/helpers.js';

/**
 * A protocol with articles of its own opens, as the protocols on cultural cooperation of association
 * agreements do, with recitals of its own between its heading and its first article. Those recitals
 * are the protocol's preamble: read, and weighed as recitals. Here they alone name the 2005
 * Convention and the right to promote cultural diversity; the protocol's first article then calls it
 * "the Convention".
 */
const MAIN = [
  'FREE TRADE AGREEMENT BETWEEN THE REPUBLIC OF XANTHIA AND THE UNION OF YLDRA',
  'Parties: XXA (developing), XYL (developed)',
  'THE REPUBLIC OF XANTHIA,',
  'and',
  'THE UNION OF YLDRA,',
  'DESIRING to strengthen their economic relations,',
  'HAVE AGREED AS FOLLOWS:',
];
const ARTICLES: Array<[string, string, string]> = [
  ['1.1', 'Objectives', 'The objective of this Agreement is to liberalise trade in goods between the Parties.'],
  ['1.2', 'Entry into force', 'This Agreement shall enter into force on the first day of the second month following the last notification.'],
];
const PROTOCOL = 'PROTOCOL ON CULTURAL COOPERATION';
const RECITALS = [
  'THE PARTIES,',
  'RECOGNISING the right of each Party to adopt measures to protect and promote cultural diversity,',
  'HAVING RATIFIED the UNESCO Convention on the Protection and Promotion of the Diversity of Cultural Expressions,',
  'HAVE AGREED AS FOLLOWS:',
];
const PROTOCOL_ARTICLES: Array<[string, string, string]> = [
  ['1', 'Scope', 'The Parties shall cooperate within the framework of the Convention to develop their cultural industries.'],
  ['2', 'Final provision', 'This Protocol shall apply from the entry into force of the Agreement.'],
];

const asText = () =>
  [...MAIN, ...ARTICLES.flatMap(([n, t, b]) => [`Article ${n}\n${t}`, b]), PROTOCOL, ...RECITALS, ...PROTOCOL_ARTICLES.flatMap(([n, t, b]) => [`Article ${n}\n${t}`, b])].join('\n\n');
const asMarkdown = () =>
  [
    `# ${MAIN[0]}`,
    ...MAIN.slice(1),
    ...ARTICLES.flatMap(([n, t, b]) => [`### Article ${n}: ${t}`, b]),
    `## ${PROTOCOL}`,
    ...RECITALS,
    ...PROTOCOL_ARTICLES.flatMap(([n, t, b]) => [`### Article ${n}: ${t}`, b]),
  ].join('\n\n');
const asHtml = () =>
  `<html><head><title>${MAIN[0]}</title></head><body><h1>${MAIN[0]}</h1>${MAIN.slice(1).map((p) => `<p>${p}</p>`).join('')}${ARTICLES.map(([n, t, b]) => `<h3>Article ${n}</h3><p>${t}</p><p>${b}</p>`).join('')}<h2>${PROTOCOL}</h2>${RECITALS.map((p) => `<p>${p}</p>`).join('')}${PROTOCOL_ARTICLES.map(([n, t, b]) => `<h3>Article ${n}</h3><p>${t}</p><p>${b}</p>`).join('')}</body></html>`;

const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
const read = (text: string, name: string) => readAgreementBytes(new TextEncoder().encode(text), name);

const formats: Array<[string, () => string]> = [
  ['xanthia-yldra.txt', asText],
  ['xanthia-yldra.md', asMarkdown],
  ['xanthia-yldra.html', asHtml],
];

describe("a protocol's own recitals", () => {
  it.each(formats)('%s: are the protocol\'s preamble in the outline, before its first article', async (name, render) => {
    const doc = await read(render(), name);
    const protocol = flatten(doc.outline).find((n) => n.kind === 'protocol');
    expect(protocol?.children.map((n) => [n.kind, n.number].filter(Boolean).join(' '))).toEqual(['preamble', 'article 1', 'article 2']);
    const preamble = protocol!.children[0]!;
    const recitals = doc.text.slice(preamble.start, preamble.end);
    expect(recitals).toMatch(/^THE PARTIES,/);
    expect(recitals).toMatch(/HAVE AGREED AS FOLLOWS:$/);
    // The agreement's own preamble is still one, and ends where the first article starts.
    expect(doc.outline[0]?.kind).toBe('preamble');
  });

  it.each(formats)('%s: are scanned as that protocol\'s preamble, with the force of a recital', async (name, render) => {
    const doc = await read(render(), name);
    const findings = withLegalForce(doc, scanDocument(doc, ruleSet).findings);
    const recitals = doc.text.indexOf(RECITALS[0]!);
    const inRecitals = findings.filter((f) => f.evidence.every((e) => e.start > recitals && e.end < doc.text.indexOf('Article 1', recitals)));
    expect(inRecitals.map((f) => f.category)).toEqual(expect.arrayContaining(['convention-reference', 'policy-space']));
    for (const f of inRecitals) {
      // The protocol's preamble, a place of its own: never the agreement's preamble.
      expect(f.location.articleNumber).toBe(`preamble (${PROTOCOL})`);
      expect(f.location.path).toEqual([PROTOCOL, 'Preamble']);
      expect(f.legalForce).toBe('recital');
    }
    // The first article's "the Convention" is read as the Convention the recitals named.
    expect(findings.some((f) => f.category === 'convention-reference' && f.location.articleNumber === '1' && f.location.path[0] === PROTOCOL)).toBe(true);
  });

  it.each(formats)("%s: are named with their protocol wherever the brief says where a clause is", async (name, render) => {
    const doc = await read(render(), name);
    const assessment = assess(doc, scanDocument(doc, ruleSet));
    const art21 = assessment.checklist.find((c) => c.item === 'art-21');
    expect(art21?.explanation).toContain('Protocol on Cultural Cooperation, preamble');
    const recital = assessment.findings.find((f) => f.category === 'convention-reference' && f.location.articleNumber.startsWith('preamble'));
    expect(locationWords(recital!.location)).toBe('Protocol on Cultural Cooperation, preamble');
  });

  it("are a place of their own for a review's decisions: one on the agreement's preamble does not answer for them", async () => {
    const doc = await read(asText(), 'xanthia-yldra.txt');
    const recital = scanDocument(doc, ruleSet).findings.find((f) => f.category === 'convention-reference' && f.location.path[0] === PROTOCOL && f.location.path[1] === 'Preamble')!;
    const decided = (article: string) => ({ decision: 'dismiss' as const, category: 'convention-reference', source: 'draft-1.txt', article, excerpt: 'e', decidedAt: '2026-01-01T10:00:00.000Z' });
    // Reworded since the decision (a new fingerprint): found again by its category and place only.
    const reworded = { fingerprint: 'reworded', category: recital.category, article: recital.location.articleNumber, excerpt: recital.excerpt };
    expect(matchDecisions([reworded], { version: 2, decisions: { old: decided('preamble') } }).size).toBe(0);
    expect(matchDecisions([reworded], { version: 2, decisions: { old: decided(recital.location.articleNumber) } }).get('reworded')?.changed).toBe(true);
  });

  it('are weighed by the assessment as the agreement\'s own recitals would be', async () => {
    const doc: AgreementDocument = await read(asText(), 'xanthia-yldra.txt');
    const { checklist } = assess(doc, scanDocument(doc, ruleSet));
    const status = (item: string) => checklist.find((c) => c.item === item)?.status;
    // The Convention named (a recital and a cooperation article), no commitment to promote it: partial.
    expect(status('art-21')).toBe('partial');
    // The Convention named, and a right to regulate that names cultural diversity.
    expect(status('og-19.5')).toBe('present');
  });
});
