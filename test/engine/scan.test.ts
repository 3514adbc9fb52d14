import { describe, expect, it } from 'vitest';
import type { AgreementDocument, OutlineNode } from '../../src/model.js';
import { buildUnits, scanDocument } from '../../src/engine/index.js';
import { compileRules, RuleSchema, type Pattern } from '../../src/rules/index.js';

/** Builds a document from blocks of text, each placed in the outline by a small recipe. */
function agreement(articleNumber = '8.70', extra = ''): AgreementDocument {
  let text = '';
  const put = (s: string) => {
    const start = text.length;
    text += s;
    return { start, end: text.length };
  };
  const pre = put('PREAMBLE\n\nThe Parties, recognising the importance of cultural diversity and of audiovisual services,\n\n');
  const ch = put('Chapter 8 Trade in services\n\n');
  const secF = put('Section F Electronic commerce\n\n');
  const art = put(
    `Article ${articleNumber} Objective\n\n${extra}1. This Section does not apply to audiovisual services. Each Party shall maintain the right to regulate.\n\n2. The Parties shall cooperate in the cultural field.\n\n`,
  );
  const art2 = put('Article 8.71 Customs duties\n\nNo Party shall impose customs duties on electronic transmissions.\n\n');
  const annex = put('Annex 8-A Reservations\n\nBroadcasting services are excluded from this Chapter.\n');
  const node = (kind: OutlineNode['kind'], at: { start: number; end: number }, more: Partial<OutlineNode> = {}): OutlineNode => ({ kind, start: at.start, end: at.end, children: [], ...more });
  const outline: OutlineNode[] = [
    node('preamble', pre, { externalId: '100' }),
    node('chapter', { start: ch.start, end: art2.end }, {
      number: '8',
      heading: 'Trade in services',
      children: [node('section', { start: secF.start, end: art2.end }, { number: 'F', heading: 'Electronic commerce', children: [node('article', art, { number: articleNumber, heading: 'Objective', externalId: '101', page: 3 }), node('article', art2, { number: '8.71', heading: 'Customs duties', externalId: '102' })] })],
    }),
    node('annex', annex, { number: '8-A', heading: 'Reservations' }),
  ];
  return { id: 'a', source: 'a.txt', format: 'txt', language: 'en', title: 'A', meta: {}, text, pages: [], outline, original: { text, map: { normStarts: [0], origStarts: [0] } } };
}

function rules(...specs: Array<{ id: string; category: string; severity?: string; references?: string[]; tags?: string[]; match: Pattern }>) {
  return compileRules(
    specs.map((s) => ({
      definition: RuleSchema.parse({ title: 't', rationale: 'r', severity: 'info', languages: ['en'], examples: { match: ['x'], noMatch: ['y'] }, ...s }),
      file: `${s.id}.yaml`,
    })),
    () => [],
  );
}

const carveOut = { id: 'av-carve-out', category: 'cultural-exemption', severity: 'notice', references: ['og-19.4'], tags: ['carve-out:audiovisual'], match: { all: [{ terms: ['audiovisual services', 'broadcasting services'] }, { regex: '\\b(?:does not apply|excluded from)\\b' }], within: 'sentence' as const } };
const policySpace = { id: 'right-to-regulate', category: 'cultural-exemption', severity: 'warning', references: ['og-19.5'], tags: ['policy'], match: { terms: ['right to regulate'] } };
const cooperation = { id: 'coop', category: 'cultural-cooperation', match: { all: [{ terms: ['cooperate'] }, { terms: ['cultural field'] }], within: 'sentence' as const } };

describe('units', () => {
  it('are the preamble, every article, and article-less containers, with their paths', () => {
    const units = buildUnits(agreement());
    expect(units.map((u) => [u.articleNumber, u.articleId, u.part, u.path])).toEqual([
      ['preamble', undefined, 'preamble', ['Preamble']],
      ['8.70', '101', 'body', ['Chapter 8 Trade in services', 'Section F Electronic commerce', 'Article 8.70 Objective']],
      ['8.71', '102', 'body', ['Chapter 8 Trade in services', 'Section F Electronic commerce', 'Article 8.71 Customs duties']],
      ['Annex 8-A Reservations', undefined, 'annex', ['Annex 8-A Reservations']],
    ]);
  });

  it('take a ToTA preamble\'s wrapped article, with its article id, not the preamble chapter\'s id', () => {
    const doc = agreement();
    const preamble = doc.outline[0]!;
    const wrapped: OutlineNode = { kind: 'article', start: preamble.start, end: preamble.end, externalId: '100', children: [] };
    const tota = { ...doc, outline: [{ ...preamble, externalId: 'chapter-9', children: [wrapped] }, ...doc.outline.slice(1)] };
    const [first] = buildUnits(tota);
    expect([first?.articleNumber, first?.articleId, first?.part]).toEqual(['preamble', '100', 'preamble']);
  });

  it('is the whole text when there is no outline', () => {
    const doc = { ...agreement(), outline: [] };
    expect(buildUnits(doc).map((u) => [u.articleNumber, u.start, u.end])).toEqual([['document', 0, doc.text.length]]);
  });
});

describe('scanDocument', () => {
  const ruleSet = rules(carveOut, policySpace, cooperation);

  it('reports one finding per unit and category, located by the enclosing article', () => {
    const findings = scanDocument(agreement(), ruleSet).findings;
    expect(findings.map((f) => [f.location.articleNumber, f.category, f.ruleIds])).toEqual([
      ['8.70', 'cultural-exemption', ['av-carve-out', 'right-to-regulate']],
      ['8.70', 'cultural-cooperation', ['coop']],
      ['Annex 8-A Reservations', 'cultural-exemption', ['av-carve-out']],
    ]);
    const first = findings[0];
    expect(first?.location).toMatchObject({ articleId: '101', page: 3, path: ['Chapter 8 Trade in services', 'Section F Electronic commerce', 'Article 8.70 Objective'] });
  });

  it('carries a rule of an informational kind as a signal, apart from the findings, with the fingerprint it would have had', () => {
    const asSignal = { ...cooperation, id: 'coop-signal', category: 'culture-coordination' };
    const { findings, signals } = scanDocument(agreement(), rules(carveOut, asSignal));
    expect(findings.map((f) => [f.location.articleNumber, f.category])).toEqual([
      ['8.70', 'cultural-exemption'],
      ['Annex 8-A Reservations', 'cultural-exemption'],
    ]);
    expect(signals.map((s) => [s.location.articleNumber, s.kind, s.ruleIds])).toEqual([['8.70', 'culture-coordination', ['coop-signal']]]);
    expect(signals[0]).not.toHaveProperty('category');
    // A finding's fingerprint does not depend on whether signals sit beside it.
    expect(findings.map((f) => f.fingerprint)).toEqual(scanDocument(agreement(), rules(carveOut)).findings.map((f) => f.fingerprint));
  });

  it('merges the rules of a category: highest severity, union of references and tags, every span', () => {
    const [merged] = scanDocument(agreement(), ruleSet).findings;
    expect(merged?.severity).toBe('warning');
    expect(merged?.references).toEqual(['og-19.4', 'og-19.5']);
    expect(merged?.tags).toEqual(['carve-out:audiovisual', 'policy']);
    expect(merged?.evidence.map((e) => [e.ruleId, e.text])).toEqual([
      ['av-carve-out', 'does not apply'],
      ['av-carve-out', 'audiovisual services'],
      ['right-to-regulate', 'right to regulate'],
    ]);
    const doc = agreement();
    for (const e of merged?.evidence ?? []) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('excerpts the evidence sentences with the spans marked', () => {
    const [merged, coop] = scanDocument(agreement(), ruleSet).findings;
    expect(merged?.excerpt).toBe('1. This Section «does not apply» to «audiovisual services». Each Party shall maintain the «right to regulate».');
    expect(coop?.excerpt).toBe('2. The Parties shall «cooperate» in the «cultural field».');
  });

  it('caps a long excerpt near 400 characters around the first mark', () => {
    const long = `${'The Parties note many matters of trade in goods and services. '.repeat(4)}`.replace(/\. /g, ', ');
    const doc = agreement('8.70', `${long}and this does not apply to audiovisual services ${'while the Parties keep talking about other subjects '.repeat(8)}.\n\n`);
    const [finding] = scanDocument(doc, rules(carveOut)).findings;
    expect(finding?.excerpt.length).toBeLessThanOrEqual(420);
    expect(finding?.excerpt).toMatch(/^… .*«does not apply» to «audiovisual services».* …$/);
  });

  it('centres the excerpt on the words that satisfied an article-wide rule, marking each part once, while the evidence keeps every occurrence', () => {
    const doc = agreement('8.70', '2. This Section applies to measures of a Party affecting the supply of services.\n\n3. This Section covers financial services.\n\n');
    const articleWide = { id: 'section-av', category: 'cultural-exemption', match: { all: [{ terms: ['audiovisual services'] }, { regex: '\\bthis section\\b' }], within: 'article' as const } };
    const [finding] = scanDocument(doc, rules(articleWide)).findings;
    expect(finding?.evidence.filter((e) => /this section/i.test(e.text))).toHaveLength(3);
    expect(finding?.excerpt).toBe('1. «This Section» does not apply to «audiovisual services».');
  });

  it('keeps fingerprints when articles are renumbered, and changes only the fingerprints of an article whose words change', () => {
    const before = scanDocument(agreement('8.70'), ruleSet).findings;
    const renumbered = scanDocument(agreement('9.12'), ruleSet).findings;
    expect(renumbered.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));
    expect(new Set(before.map((f) => f.fingerprint)).size).toBe(before.length);
    expect(before[0]?.fingerprint).toMatch(/^[0-9a-f]{12}$/);
    // A sentence added anywhere in the article (not only in the evidence sentence) is a change of the clause.
    const edited = scanDocument(agreement('8.70', 'A new first sentence elsewhere in the article.\n\n'), ruleSet).findings;
    const prints = (findings: typeof before, article: string) => findings.filter((f) => f.location.articleNumber === article).map((f) => f.fingerprint);
    expect(prints(edited, '8.70').length).toBeGreaterThan(0);
    for (const print of prints(edited, '8.70')) expect(prints(before, '8.70')).not.toContain(print);
    expect(prints(edited, 'preamble')).toEqual(prints(before, 'preamble'));
    expect(prints(edited, '8.71')).toEqual(prints(before, '8.71'));
  });

  it('changes the fingerprint when the clause is reworded', () => {
    const doc = agreement();
    const edited = { ...doc, text: doc.text.replace('does not apply to audiovisual', 'does not apply to any audiovisual') };
    // Same length shift everywhere after the edit would move offsets; the outline is rebuilt by offset, so shift it too.
    const shift = edited.text.length - doc.text.length;
    const moved = JSON.parse(JSON.stringify(doc.outline), (key, value) => ((key === 'start' || key === 'end') && value > doc.text.indexOf('does not apply') ? value + shift : value));
    const a = scanDocument(doc, rules(carveOut)).findings[0]?.fingerprint;
    const b = scanDocument({ ...edited, outline: moved }, rules(carveOut)).findings[0]?.fingerprint;
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(b).not.toBe(a);
  });

  it('disambiguates identical findings within a document', () => {
    const text = 'Audiovisual services are excluded from this Chapter.\n\nAudiovisual services are excluded from this Chapter.\n';
    const half = text.indexOf('\n\n') + 2;
    const doc: AgreementDocument = { ...agreement(), text, outline: [{ kind: 'article', number: '1', start: 0, end: half, children: [] }, { kind: 'article', number: '2', start: half, end: text.length, children: [] }] };
    const [a, b] = scanDocument(doc, rules(carveOut)).findings.map((f) => f.fingerprint);
    expect(b).toBe(`${a}-2`);
  });

  it('is pure: scanning twice gives the same findings', () => {
    expect(scanDocument(agreement(), ruleSet)).toEqual(scanDocument(agreement(), ruleSet));
  });
});

describe('paragraph windows on a document read from a file', () => {
  it('keeps lettered items in the paragraph whose lead-in introduces them, as the outline reads them', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readAgreement } = await import('../../src/ingest/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-paragraphs-'));
    const path = join(dir, 'draft.txt');
    writeFileSync(path, 'AGREEMENT\n\nArticle 12\n\n1. The Parties shall cooperate on trade.\n\n2. To that end, the Parties shall promote electronic commerce, including:\n\n(a) electronic signatures;\n\n(b) online consumer protection.\n\nArticle 13\n\nThe Parties shall meet.\n');
    const doc = await readAgreement(path);
    const all = (n: OutlineNode): OutlineNode[] => [n, ...n.children.flatMap(all)];
    const article = doc.outline.flatMap(all).find((n) => n.kind === 'article' && n.number === '12');
    // The outline reads the items as paragraph nodes of their own.
    expect(all(article!).filter((n) => n.kind === 'paragraph').map((p) => p.number)).toEqual(['1', '2', '(a)', '(b)']);
    const definition = RuleSchema.parse({
      id: 'lead-in-and-items',
      category: 'ecommerce',
      title: 't',
      rationale: 'r',
      severity: 'info',
      languages: ['en'],
      match: { all: [{ regex: 'promote electronic commerce' }, { regex: 'online consumer' }], within: 'paragraph' },
      examples: { match: ['x'], noMatch: ['y'] },
    });
    const findings = scanDocument(doc, compileRules([{ definition, file: 'inline.yaml' }], () => [])).findings;
    expect(findings.map((f) => f.location.articleNumber)).toEqual(['12']);
  });
});

describe('notes set apart inside an article', () => {
  it('reads the article on across notes printed at a page foot, and reports what a note holds on the article that calls it', async () => {
    const { buildOutline } = await import('../../src/structure/index.js');
    const text = [
      'Article 7',
      'Most-Favoured-Nation Treatment',
      '1. Each Party shall accord to investors of the other Party treatment no less favourable than that it accords to investors of any third State.',
      '2. Notwithstanding paragraph 1, the Parties reserve the right to adopt or maintain any measure that accords differential treatment:',
      '(a) to socially or economically disadvantaged minorities and ethnic groups14; or',
      '',
      '14 For purposes of this Chapter, minorities include peasant communities; ethnic groups means indigenous and native',
      'communities, whose own languages and crafts each Party shall protect and promote.',
      '41',
      '(b) involving cultural industries related to the production of books, magazines and newspapers.',
      'Article 8',
      'Transfers',
      'Each Party shall permit all transfers relating to a covered investment to be made freely.',
      '42',
      'Article 9',
      'Subrogation',
      'Each Party shall recognise the subrogation of any right of an investor.',
      '43',
    ].join('\n');
    const doc: AgreementDocument = { ...agreement(), text, outline: buildOutline(text, { language: 'en', pages: [] }), original: { text, map: { normStarts: [0], origStarts: [0] } } };
    const units = buildUnits(doc);
    expect(units.map((u) => u.path.at(-1))).toEqual(['Article 7 Most-Favoured-Nation Treatment', 'Footnotes', 'Article 8 Transfers', 'Article 9 Subrogation']);
    const reservation = { id: 'reservation', category: 'cultural-exemption', match: { all: [{ terms: ['reserve the right to adopt or maintain'] }, { terms: ['cultural industries'] }], within: 'sentence' as const } };
    const crafts = { id: 'crafts', category: 'cultural-cooperation', match: { all: [{ terms: ['protect and promote'] }, { terms: ['crafts'] }], within: 'sentence' as const } };
    const { findings } = scanDocument(doc, rules(reservation, crafts));
    // Note 14 is called in item (a) of Article 7 ("ethnic groups14"): what it holds is Article 7's.
    expect(findings.map((f) => [f.category, f.location.path.at(-1)])).toEqual([
      ['cultural-exemption', 'Article 7 Most-Favoured-Nation Treatment'],
      ['cultural-cooperation', 'Article 7 Most-Favoured-Nation Treatment'],
    ]);
    // The excerpt quotes the reservation and its item, not the note between them; the note's finding quotes the note.
    expect(findings[0]!.excerpt).not.toContain('peasant');
    expect(findings[1]!.excerpt).toContain('crafts');
  });
});

describe('notes printed after the text, as Word and PDF readers give them', () => {
  const text = (note: string) =>
    [
      'Article 1',
      'Scope',
      '1. This Chapter applies to measures affecting trade in services.[1]',
      '2. This Chapter does not apply to broadcasting services.',
      'Article 2',
      'Review',
      'The Joint Committee shall review this Chapter every five years.',
      '',
      `[1] ${note}`,
    ].join('\n');
  const read = async (note: string): Promise<AgreementDocument> => {
    const { buildOutline } = await import('../../src/structure/index.js');
    const body = text(note);
    return { ...agreement(), text: body, outline: buildOutline(body, { language: 'en', pages: [] }), original: { text: body, map: { normStarts: [0], origStarts: [0] } } };
  };

  it('reports a note on the article that calls it, in one finding with what the article holds of the same kind', async () => {
    const doc = await read('For greater certainty, this Chapter does not apply to audiovisual services.');
    const { findings } = scanDocument(doc, rules(carveOut));
    expect(findings.map((f) => [f.category, f.location.articleNumber])).toEqual([['cultural-exemption', '1']]);
    expect(findings[0]!.evidence.map((e) => e.text)).toEqual(['does not apply', 'broadcasting services', 'does not apply', 'audiovisual services']);
    expect(findings[0]!.excerpt).toContain('audiovisual');
    // The article's place, not the note's at the end.
    expect(doc.text.slice(findings[0]!.location.start, findings[0]!.location.end)).toMatch(/^Article 1\n/);
  });

  it("changes the finding's fingerprint when the note it rests on is reworded, not when another note is", async () => {
    const print = async (note: string) => scanDocument(await read(note), rules(carveOut)).findings[0]!.fingerprint;
    const audiovisual = await print('For greater certainty, this Chapter does not apply to audiovisual services.');
    expect(await print('For greater certainty, this Chapter does not apply to audiovisual services, however supplied.')).not.toBe(audiovisual);
    const plain = await print('The Parties shall notify each other of their contact points.');
    expect(await print('The Parties shall notify each other of their contact points by email.')).toBe(plain);
  });
});
