import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefJsonSchema } from '../../src/assess/json-schema.js';
import { missingParts } from '../../src/assess/missing-parts.js';
import { readAgreement } from '../../src/ingest/index.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli } from '../support/cli.js';

const TEXT = [
  'FREE TRADE AGREEMENT BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS',
  '',
  'Article 1',
  'Relation to Other Agreements',
  '',
  'The Protocol on Cultural Cooperation annexed to this Agreement forms an integral part of it. Nothing in this Agreement affects the rights of the Parties under Annex 1A to the WTO Agreement.',
  '',
  'Article 2',
  'Non-Conforming Measures',
  '',
  'Articles 3 and 4 do not apply to any existing non-conforming measure set out by a Party in its Schedule to Annex I, or to measures set out in its Schedule to Annex II.',
  '',
  'Article 3',
  'Tariff Elimination',
  '',
  'Each Party shall eliminate its customs duties on originating goods in accordance with its Schedule in Annex 2.',
  '',
  'ANNEX 2',
  'TARIFF SCHEDULES',
  '',
  '4901.10 Printed books: 0 per cent.',
  '',
].join('\n');

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'culturescan-missing-')), name);
  writeFileSync(path, text);
  return path;
}

describe('parts the file refers to but lacks', () => {
  it('lists the protocol and the reservation annexes the text names but does not hold, not the annex it holds nor another treaty\'s', async () => {
    const parts = missingParts(await readAgreement(file('fta.txt', TEXT)));
    expect(parts.map((p) => [p.name, p.holds])).toEqual([
      ['Protocol on Cultural Cooperation', 'culture'],
      ['Annex I', 'reservations'],
      ['Annex II', 'reservations'],
    ]);
    expect(parts[0]).toMatchObject({ firstMention: 'Article 1 (Relation to Other Agreements)', verdict: true });
    expect(parts[0]!.items).toEqual(expect.arrayContaining(['art-16', 'og-18.1', 'og-19.1']));
    expect(parts[1]!.items).toEqual(['og-19.4', 'og-19.5']);
  });

  it('reads an annex of agricultural products as no cultural part, and an annex to another treaty ("Annex II to the Treaty establishing ...") as no part of the agreement', async () => {
    const text = [
      'EURO-MEDITERRANEAN AGREEMENT ESTABLISHING AN ASSOCIATION BETWEEN THE COMMUNITY AND THE REPUBLIC OF AURELIA',
      '',
      'Article 7',
      '',
      'The provisions of this Chapter shall apply to products originating in the Community and Aurelia with the exception of the products referred to in Annex II to the Treaty establishing the European Community.',
      '',
      'Article 10',
      '',
      '1. The provisions of this Chapter shall not preclude the retention by the Community of an agricultural component on imports of the goods originating in Aurelia listed in Annex 1. The agricultural component shall reflect differences between the prices of the agricultural products used.',
      '',
    ].join('\n');
    const parts = missingParts(await readAgreement(file('association.txt', text)));
    expect(parts.map((p) => [p.name, p.holds])).toEqual([['Annex 1', 'other']]);
  });

  it('reads a protocol of another treaty, named after its place ("the Montreal Protocol on Substances ...", "el Protocolo de Madrid"), as no part of the agreement; the agreement\'s own named protocols stay', async () => {
    const text = [
      'FREE TRADE AGREEMENT BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS',
      '',
      'Article 1',
      'Multilateral Environmental Agreements',
      '',
      'The Parties recognise the importance of the Montreal Protocol on Substances that Deplete the Ozone Layer and of the Cartagena Protocol on Biosafety to the Convention on Biological Diversity. Cada Parte ratificará el Protocolo de Madrid y aplicará el Protocolo de Montreal Relativo a las Sustancias que Agotan la Capa de Ozono.',
      '',
      'Article 2',
      'Culture',
      '',
      'The Protocol on Cultural Cooperation and the Protocolo de Cooperación Cultural form an integral part of this Agreement.',
      '',
    ].join('\n');
    const parts = missingParts(await readAgreement(file('environment.txt', text)));
    expect(parts.map((p) => p.name)).toEqual(['Protocol on Cultural Cooperation', 'Protocolo de Cooperación Cultural']);
  });

  it('reads a protocol that another instrument named before it owns ("the Convention on ... and its Protocol on ...", "el Protocolo al Convenio ...") as no part of the agreement; "this Agreement and its Protocol on ..." stays', async () => {
    const text = [
      'TRATADO DE LIBRE COMERCIO ENTRE LA REPÚBLICA DE AURELIA Y EL REINO DE BOREALIA',
      '',
      'Artículo 1',
      'Relación con otros instrumentos',
      '',
      'Las Partes confirman el Convenio Regional sobre Equiparación de Gravámenes a la Importación y su Protocolo sobre Preferencia Arancelaria Regional. El Protocolo al Convenio Regional sobre Equiparación de Gravámenes, Preferencia Arancelaria Regional, no será aplicable a los productos de regímenes especiales.',
      '',
      'Article 2',
      'Other Agreements',
      '',
      'The Parties affirm the Convention on Transit Trade and its Protocol on Guarantee Schemes. This Agreement and its Protocol on Cultural Cooperation form one whole.',
      '',
    ].join('\n');
    const parts = missingParts(await readAgreement(file('instruments.txt', text)));
    expect(parts.map((p) => p.name)).toEqual(['Protocol on Cultural Cooperation']);
  });

  it('says so at the top of the brief and next to each item and the verdict it could change; the JSON carries them with the provenance', async () => {
    const path = file('fta.txt', TEXT);
    const md = await runCli(tmpdir(), ['report', path]);
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/\*\*This file lacks parts its text refers to: Protocol on Cultural Cooperation \(named in Article 1 [^;]*; may hold cultural commitments or carve-outs\); Annex I \(named in Article 2 [^;]*; may hold reservations/);
    expect(md.out).toMatch(/## Art\. 16 [^\n]*\n\n>[^\n]*\n\n[^\n]*\n\n_Could change with what the file lacks: Protocol on Cultural Cooperation\._/);
    expect(md.out).toMatch(/_Made on \d{4}-\d{2}-\d{2} by culturescan \d+\.\d+\.\d+ \(rules [0-9a-f]{12}\) from .*fta\.txt \(SHA-256 [0-9a-f]{64}\)\._/);
    const json = BriefJsonSchema.parse(JSON.parse((await runCli(tmpdir(), ['report', path, '--format', 'json'])).out));
    expect(json.missingParts.map((p) => p.name)).toEqual(['Protocol on Cultural Cooperation', 'Annex I', 'Annex II']);
    expect(json.checklist.find((i) => i.item === 'og-19.5')!.missingParts).toEqual(['Protocol on Cultural Cooperation', 'Annex I', 'Annex II']);
    expect(json.checklist.find((i) => i.item === 'og-19.2')!.missingParts).toEqual([]);
    expect(json.provenance?.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    const html = await runCli(tmpdir(), ['report', path, '--format', 'html']);
    expect(html.out).toMatch(/<p class="missing">Could change with what the file lacks: Protocol on Cultural Cooperation\.<\/p>/);
  });

  it('quotes a clause once and refers back to it under the later items', async () => {
    const md = (await runCli(PACKAGE_ROOT, ['report', 'corpus/aurelia-borealis-epa.txt'])).out;
    expect(md).toMatch(/^- Article .*: quoted under (?:Art\. 16|Para\. 19\.1) above$/m);
    const quotes = md.split('\n').filter((l) => /^- .*: “/.test(l)).map((l) => l.slice(l.indexOf('“')));
    expect(new Set(quotes).size).toBe(quotes.length);
  });
});

const CHAPTERS_CUT_SHORT = [
  'FREE TRADE AGREEMENT BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS',
  '',
  'Chapter One',
  'Initial Provisions',
  '',
  'Article 1.1: Establishment of a Free Trade Area',
  '',
  'The Parties hereby establish a free trade area. Nothing in this Agreement, including Chapter Fourteen (Dispute Settlement), shall be construed to confer rights on persons.',
  '',
  'Chapter Two',
  'Trade in Goods',
  '',
  'Article 2.1: Customs Duties',
  '',
  'Each Party shall eliminate its customs duties on originating goods. A good provided for in Chapters 50 through 63 of the Harmonized System, or a good of Chapter 39, is originating only under Article 2.2. Articles 27.2 and 27.3 of the TRIPS Agreement are not affected.',
  '',
  'Article 2.2: Exceptions',
  '',
  'Article 9.1 (General Exceptions) applies to this Chapter, and Chapter Seven (Cross-Border Trade in Services) applies to services incidental to the delivery of goods.',
  '',
  'Chapter Ten',
  'Institutional Provisions',
  '',
  'Article 10.1: Joint Committee',
  '',
  'The Parties hereby establish a Joint Committee, which shall supervise Article 12.3 (Consultations).',
  '',
].join('\n');

describe('chapters the agreement names but the file lacks', () => {
  it('lists each chapter its cross-references name that the file lacks, by its title where given, and the chapters after the last it holds as one part; not the Harmonized System\'s nor another treaty\'s', async () => {
    const parts = missingParts(await readAgreement(file('fta.txt', CHAPTERS_CUT_SHORT)));
    expect(parts.map((p) => p.name)).toEqual(['Chapter Seven (Cross-Border Trade in Services)', 'Chapter 9', 'Chapters 11 to 14']);
    const [services, exceptions, rest] = parts;
    // A chapter on services may hold commitments and carve-outs the verdict weighs; one known by its number may hold anything.
    expect(services).toMatchObject({ holds: 'commitments', verdict: true, firstMention: 'Article 2.2 (Exceptions)', items: ['og-19.4', 'og-19.5'] });
    expect(exceptions).toMatchObject({ holds: 'provisions', verdict: true, firstMention: 'Article 2.2 (Exceptions)' });
    expect(exceptions!.items).toHaveLength(9);
    expect(rest).toMatchObject({ holds: 'provisions', verdict: true, firstMention: 'Article 1.1 (Establishment of a Free Trade Area)', mentions: 2 });
  });

  it('lists none when every chapter named is in the file', async () => {
    const whole = CHAPTERS_CUT_SHORT.replace(/Chapter Fourteen \(Dispute Settlement\)/, 'Chapter Two (Trade in Goods)').replace(/Article 9\.1 \(General Exceptions\)/, 'Article 1.1').replace(/Chapter Seven \(Cross-Border Trade in Services\)/, 'Chapter One (Initial Provisions)').replace(/Article 12\.3 \(Consultations\)/, 'Article 2.1');
    expect(missingParts(await readAgreement(file('fta.txt', whole)))).toEqual([]);
  });
});
