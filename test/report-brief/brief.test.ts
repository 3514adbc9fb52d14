import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { BriefJsonSchema } from '../../src/assess/json-schema.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/io.js';
import { BRIEF_FORMATS } from '../../src/report/brief/index.js';
import { QUOTES_PER_ITEM } from '../../src/report/brief/words.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { agreement, detections, finding, withEcommerceChapter } from '../assess/build.js';

/** The e-commerce chapter and a whole-agreement cultural-industries exception (with characters HTML must escape). */
function sample() {
  return withEcommerceChapter(['Chapter 10 Exceptions', 'Article 10.1 Cultural Industries', 'Nothing in this Agreement shall be construed to prevent a Party from adopting or maintaining measures with respect to cultural industries <books & film>.'], (doc) => [
    finding(doc, 'cultural-exemption', '10.1', 'cultural industries'),
  ]);
}

describe('brief formats', () => {
  it('json follows the contract, every finding with its legal force', () => {
    const { doc, assessment } = sample();
    const parsed = BriefJsonSchema.parse(JSON.parse(BRIEF_FORMATS.json(doc, assessment)));
    expect(parsed.ecommerce.verdict).toBe('covered');
    expect(parsed.checklist.map((i) => i.item)).toEqual(['art-16', 'art-21', 'og-18.1', 'og-18.2', 'og-19.1', 'og-19.2', 'og-19.3', 'og-19.4', 'og-19.5']);
    expect(parsed.findings.map((f) => f.legalForce)).toEqual(['binding', 'binding', 'exception']);
    expect(parsed.checklist.find((i) => i.item === 'og-19.4')?.findings).toContain(parsed.findings[2]?.fingerprint);
  });

  it('markdown opens with the checklist at a glance and the verdict, then quotes with locations', () => {
    const { doc, assessment } = sample();
    const md = BRIEF_FORMATS.markdown(doc, assessment);
    expect(md.indexOf('## At a glance')).toBeLessThan(md.indexOf('**E-commerce (para. 19.4):** Covered'));
    expect(md).toMatch(/\| Para\. 19\.4 .* \| \*\*Present\*\* \|/);
    // A carve-out is quoted by the clause it takes its force from, its matched words marked.
    expect(md).toMatch(/- Article 10\.1 — Chapter 10 Exceptions \(exception\): “Nothing in this Agreement shall be construed to prevent a Party from adopting or maintaining measures with respect to «cultural industries» <books & film>\.”/);
    expect(md).toMatch(/## E-commerce evidence chain\n\n1\. Article 10\.1/);
  });

  it('html is one self-contained page: inline CSS, print rules, no external assets, text escaped', () => {
    const { doc, assessment } = sample();
    const html = BRIEF_FORMATS.html(doc, assessment);
    expect(html).toMatch(/<style>[^]*@media print[^]*<\/style>/);
    expect(html).not.toMatch(/<(?:link|script|img)\b|https?:\/\//i);
    expect(html).toContain('<span class="status present">Present</span>');
    expect(html).not.toContain('<books');
  });

  it('carries signals apart from the findings, and cites them as the evidence of the items that read them', () => {
    const doc = agreement(['Chapter 30 Institutions', 'Article 30.1 Civil Society Forum', 'The Parties shall establish a Civil Society Forum on the implementation of this Agreement.'], ['CAN', 'JOR']);
    const forum = finding(doc, 'civil-society-participation', '30.1', 'Civil Society Forum', ['participation:body']);
    const assessment = assess(doc, detections([forum]));
    const parsed = BriefJsonSchema.parse(JSON.parse(BRIEF_FORMATS.json(doc, assessment)));
    expect(parsed.findings).toEqual([]);
    expect(parsed.signals.map((s) => [s.kind, s.fingerprint])).toEqual([['civil-society-participation', forum.fingerprint]]);
    const item = parsed.checklist.find((i) => i.item === 'og-19.2');
    expect([item?.status, item?.findings, item?.signals]).toEqual(['present', [], [forum.fingerprint]]);
    expect(BRIEF_FORMATS.markdown(doc, assessment)).toMatch(/## Para\. 19\.2 [^\n]*\n[^]*- Article 30\.1 — Chapter 30 Institutions \(binding\): “«Civil Society Forum»”/);
    // The contract admits no informational kind among the findings.
    const { kind, ...clause } = parsed.signals[0]!;
    expect(BriefJsonSchema.safeParse({ ...parsed, findings: [{ ...clause, category: 'policy-space' }] }).success).toBe(true);
    expect(BriefJsonSchema.safeParse({ ...parsed, findings: [{ ...clause, category: kind }] }).success).toBe(false);
  });

  it('markdown and html print a best-endeavour finding with the same words', () => {
    const doc = agreement(['Chapter 4 Cooperation', 'Article 4.2 Culture', 'The Parties shall endeavour to promote cultural exchanges between their artists.'], ['CAN', 'JOR']);
    const assessment = assess(doc, detections([finding(doc, 'cultural-cooperation', '4.2', 'cultural exchanges')]));
    expect(assessment.findings.map((f) => f.legalForce)).toEqual(['best-endeavour']);
    expect(BRIEF_FORMATS.markdown(doc, assessment)).toContain('(best endeavour)');
    expect(BRIEF_FORMATS.html(doc, assessment)).toContain('<span class="force">best endeavour</span>');
  });
});

describe('culturescan report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-report-'));
  const file = join(dir, 'draft.txt');
  writeFileSync(file, ['FREE TRADE AGREEMENT', '', 'CHAPTER 1', 'ELECTRONIC COMMERCE', '', 'Article 1.1', 'Customs Duties', '', 'Neither Party shall impose customs duties on electronic transmissions between the Parties.', '', 'CHAPTER 2', 'EXCEPTIONS', '', 'Article 2.1', 'Cultural Industries', '', 'Nothing in this Agreement shall be construed to apply to measures adopted or maintained by either Party with respect to cultural industries.', ''].join('\n'));

  it('writes the json brief for a real file through the real pipeline', async () => {
    const io = memoryIo(dir);
    expect(await main(['report', 'draft.txt', '--format', 'json'], io)).toBe(0);
    const brief = BriefJsonSchema.parse(JSON.parse(io.out));
    expect(brief.documentId).toBe('draft');
    expect(brief.findings.some((f) => f.category === 'cultural-exemption')).toBe(true);
  });

  it('adds a --rules folder over the built-in rules instead of replacing them', async () => {
    const rulesDir = join(dir, 'my-rules');
    mkdirSync(rulesDir, { recursive: true });
    writeFileSync(
      join(rulesDir, 'customs-duty-moratorium.yaml'),
      [
        'id: customs-duty-moratorium',
        'category: ecommerce-commitment',
        'title: Moratorium on customs duties',
        'rationale: A local rule a ministry adds to its own checks.',
        'severity: info',
        'languages: [en]',
        'match: { terms: [customs duties] }',
        'examples:',
        '  match: ["No customs duties shall apply."]',
        '  noMatch: ["Tariffs on goods are listed in Annex 2."]',
      ].join('\n'),
    );
    const io = memoryIo(dir);
    expect(await main(['report', 'draft.txt', '--format', 'json', '--rules', 'my-rules'], io)).toBe(0);
    const brief = BriefJsonSchema.parse(JSON.parse(io.out));
    // A rule of an informational kind adds signals, never findings.
    expect(brief.signals.filter((s) => s.ruleIds.includes('customs-duty-moratorium')).map((s) => s.kind)).toContain('ecommerce-commitment');
    expect(brief.findings.flatMap((f) => f.ruleIds)).not.toContain('customs-duty-moratorium');
    expect(brief.findings.some((f) => f.category === 'cultural-exemption')).toBe(true); // built-in rules still there
  });

  it('writes to --out and rejects an unknown format or a missing file in one line', async () => {
    const io = memoryIo(dir);
    expect(await main(['report', 'draft.txt', '--format', 'html', '--out', 'brief.html'], io)).toBe(0);
    expect(readFileSync(join(dir, 'brief.html'), 'utf8')).toMatch(/^<!-- written by culturescan: a report, not an agreement -->\n<!doctype html>/);
    const bad = memoryIo(dir);
    expect(await main(['report', 'draft.txt', '--format', 'pdf'], bad)).toBe(2);
    expect(bad.err).toBe("culturescan: --format must be one of markdown, html, json (got 'pdf')\n");
    const missing = memoryIo(dir);
    expect(await main(['report', 'nope.txt'], missing)).toBe(2);
    expect(missing.err.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('a status resting on more clauses than the brief quotes', () => {
  it('names the place of each clause it does not quote, in Markdown and HTML', async () => {
    const report = async (format: string) => {
      const io = memoryIo(PACKAGE_ROOT);
      expect(await main(['report', 'corpus/merovia-ostrelia-epa.txt', '--format', format, '--no-cache'], io)).toBe(0);
      return io.out;
    };
    const brief = JSON.parse(await report('json')) as {
      checklist: Array<{ item: string; findings: string[]; signals: string[] }>;
      findings: Array<{ fingerprint: string; location: { articleNumber: string } }>;
      signals: Array<{ fingerprint: string; location: { articleNumber: string } }>;
    };
    const place = new Map([...brief.findings, ...brief.signals].map((f) => [f.fingerprint, f.location.articleNumber === 'preamble' ? 'the preamble' : `Article ${f.location.articleNumber}`]));
    const long = brief.checklist.filter((i) => i.findings.length + i.signals.length > QUOTES_PER_ITEM);
    expect(long.length).toBeGreaterThan(0);
    const [markdown, html] = [await report('markdown'), await report('html')];
    for (const item of long) {
      const unquoted = [...item.findings, ...item.signals].slice(QUOTES_PER_ITEM).map((fingerprint) => place.get(fingerprint));
      const named = `… and ${unquoted.length} more clause(s), in ${[...new Set(unquoted)].join(', ')}`;
      expect(markdown, item.item).toContain(`- ${named}`);
      expect(html, item.item).toContain(named);
    }
  });
});
