import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { BriefJsonSchema } from '../../src/assess/json-schema.js';
import { readAgreement } from '../../src/ingest/index.js';
import { partiesOf } from '../../src/parties/index.js';
import { partiesNamedIn } from '../../src/parties/names.js';
import { runCli } from '../support/cli.js';

function draft(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-parties-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const BODY = ['', 'Article 1', 'Objectives', '', 'The Parties shall establish a free trade area.', '', 'Article 2', 'Customs Duties', '', 'Each Party shall eliminate customs duties on originating goods.', ''].join('\n');

describe('Parties named by the document', () => {
  it('reads country names in English, French and Spanish, long forms before short ones', () => {
    expect(partiesNamedIn('between the United Mexican States and the Swiss Confederation').map((p) => p.codes)).toEqual([['MEX'], ['CHE']]);
    expect(partiesNamedIn('entre le Canada et la République du Pérou').map((p) => p.codes[0])).toEqual(['CAN', 'PER']);
    expect(partiesNamedIn('entre la Unión Europea y la República de Chile').map((p) => p.name)).toEqual(['European Union', 'Chile']);
    // A common noun that happens to spell a country is not a Party.
    expect(partiesNamedIn('the chile and the turkey were served')).toEqual([]);
  });

  it('takes the Parties from the title', async () => {
    const doc = await readAgreement(draft('deal.txt', `FREE TRADE AGREEMENT BETWEEN CANADA AND UKRAINE\n${BODY}`));
    const p = partiesOf(doc);
    expect(p.from).toBe('title');
    expect(p.named.map((n) => [n.name, n.status])).toEqual([['Canada', 'developed'], ['Ukraine', 'developing']]);
    expect(p.northSouth).toBe('applies');
  });

  it('takes them from the preamble\'s list when the title names none, resolving a group to its members', async () => {
    const text = ['TRADE AGREEMENT', '', 'PREAMBLE', '', 'The European Union, of the one part, and the Republic of Korea (hereinafter referred to as "Korea"), of the other part (hereinafter referred to as "the Parties"),', '', 'RECOGNISING the importance of cultural diversity;', '', 'HAVE AGREED AS FOLLOWS:', BODY].join('\n');
    const p = partiesOf(await readAgreement(draft('deal.txt', text)));
    expect(p.from).toBe('preamble');
    expect(p.named.map((n) => n.name)).toEqual(['European Union', 'South Korea']);
    expect(p.mix.developed).toContain('FRA');
    expect(p.quote).toMatch(/^PREAMBLE The European Union/);
  });

  it('keeps a State named on the other side of a group as a Party of its own, though it has since joined the group (an accession-era agreement)', async () => {
    const text = ['EUROPE AGREEMENT', '', 'PREAMBLE', '', 'THE KINGDOM OF BELGIUM, THE KINGDOM OF DENMARK, THE FRENCH REPUBLIC, Contracting Parties to the Treaty establishing the European Economic Community, hereinafter referred to as "Member States", and the EUROPEAN ECONOMIC COMMUNITY, hereinafter referred to as "the Community", of the one part, and the REPUBLIC OF LATVIA, hereinafter referred to as "Latvia", of the other part,', '', 'CONSIDERING the importance of the traditional links between the Parties,', '', 'HAVE AGREED AS FOLLOWS:', BODY].join('\n');
    const p = partiesOf(await readAgreement(draft('europe.txt', text)));
    expect(p.from).toBe('preamble');
    expect(p.named.map((n) => n.name)).toEqual(['European Union', 'Latvia']);
  });

  it('takes them from the signature block (fr) when neither title nor preamble names two', async () => {
    const text = ['ACCORD COMMERCIAL', BODY, 'EN FOI DE QUOI, les soussignés ont signé le présent accord.', '', 'Pour le Japon', '', 'Pour la République d\'Islande', ''].join('\n');
    const p = partiesOf(await readAgreement(draft('accord.txt', text)));
    expect(p.from).toBe('signature');
    expect(p.named.map((n) => n.codes[0])).toEqual(['JPN', 'ISL']);
    expect(p.northSouth).toBe('not-applicable');
  });

  it('assesses Art. 16 as not applicable between two developed Parties, and undetermined when none can be found', async () => {
    const developed = assess(await readAgreement(draft('a.txt', `AGREEMENT BETWEEN JAPAN AND THE EUROPEAN UNION FOR AN ECONOMIC PARTNERSHIP\n${BODY}`)), { findings: [], signals: [] });
    expect(developed.checklist.filter((i) => ['art-16', 'og-18.1', 'og-18.2'].includes(i.item)).map((i) => i.status)).toEqual(['not-applicable', 'not-applicable', 'not-applicable']);
    const unknown = assess(await readAgreement(draft('b.txt', `TRADE AGREEMENT\n${BODY}`)), { findings: [], signals: [] });
    expect(unknown.checklist.filter((i) => ['art-16', 'og-18.1', 'og-18.2'].includes(i.item)).map((i) => i.status)).toEqual(['undetermined', 'undetermined', 'undetermined']);
  });
});

describe('Parties stated by the user', () => {
  it('--parties takes the place of what the document says, names the source in the brief, and accepts group ids', async () => {
    const file = draft('deal.txt', `FREE TRADE AGREEMENT BETWEEN CANADA AND UKRAINE\n${BODY}`);
    const md = await runCli(tmpdir(), ['report', file, '--parties', 'EU,MEX']);
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/Parties: European Union \(developed\), Mexico \(developing\) — from the --parties option\. Classified by United Nations.*World Economic Situation and Prospects/);
    const json = await runCli(tmpdir(), ['report', file, '--format', 'json']);
    const brief = BriefJsonSchema.parse(JSON.parse(json.out));
    expect(brief.parties).toMatchObject({ from: 'title', northSouth: 'applies', named: [{ name: 'Canada', status: 'developed' }, { name: 'Ukraine', status: 'developing' }] });
  });

  it('reads a "Parties:" line with group ids and rejects a --parties value that is not a list of codes', async () => {
    const doc = await readAgreement(draft('draft.txt', `Parties: EFTA, CAN\n\nFREE TRADE AGREEMENT\n${BODY}`));
    expect(partiesOf(doc)).toMatchObject({ from: 'parties-line', northSouth: 'not-applicable' });
    const bad = await runCli(tmpdir(), ['report', draft('x.txt', `TRADE AGREEMENT\n${BODY}`), '--parties', 'Canada and Ukraine']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^culturescan: --parties: expected ISO 3166-1 alpha-3 codes/);
  });

  it('compare takes --parties once for both files or once for each, and nothing else', async () => {
    const left = draft('l.txt', `TRADE AGREEMENT\n${BODY}`);
    const right = draft('r.txt', `TRADE AGREEMENT\n${BODY}`);
    const twice = await runCli(tmpdir(), ['compare', left, right, '--parties', 'CAN,UKR', '--parties', 'CAN,JPN', '--format', 'json']);
    expect(twice.code).toBe(0);
    const thrice = await runCli(tmpdir(), ['compare', left, right, '--parties', 'CAN', '--parties', 'UKR', '--parties', 'JPN']);
    expect(thrice.code).toBe(2);
    expect(thrice.err).toMatch(/--parties: given 3 times for 2 file/);
  });
});
