import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { BriefJsonSchema } from '../../src/assess/json-schema.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { unreadText } from '../../src/ingest/unread-language.js';
import { runCli } from '../support/cli.js';
import { parseCsv } from '../support/csv-parse.js';
import { renderEveryFormat } from '../support/every-format.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';

/**
 * The rules read English, French and Spanish. Where a text is written in another language, finding
 * nothing is no evidence that the agreement has nothing: the brief says "undetermined" where it would
 * say "absent", in every output. A text read in part (a Portuguese annex, the Portuguese version of a
 * bilingual agreement) keeps what was read, and the parts not read are named where they could change
 * a status.
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/unread-language');
const WHOLE = join(FIXTURES, 'acordo-portugal-cabo-verde.txt');
const ANNEX = join(FIXTURES, 'fta-canada-brazil-annex.txt');
const BILINGUAL = join(FIXTURES, 'bilingual-portugal-cabo-verde.txt');
const SHARED_TEXTS = join(import.meta.dirname, '../../../shared/texts');

let ruleSet: ReturnType<typeof loadRuleSet> | undefined;

async function assessed(path: string) {
  const doc = await readAgreement(path);
  return { doc, assessment: assess(doc, scanDocument(doc, (ruleSet ??= loadRuleSet([BUILTIN_RULES_DIR])))) };
}

describe('how much of a text is in a language the rules do not read', () => {
  it('tells a Portuguese agreement, a Portuguese annex and the Portuguese half of a bilingual text apart', () => {
    const whole = unreadText(readFileSync(WHOLE, 'utf8'));
    expect(whole).toMatchObject({ language: 'Portuguese', code: 'pt', whole: true });
    const annexText = readFileSync(ANNEX, 'utf8');
    const annex = unreadText(annexText)!;
    expect(annex).toMatchObject({ language: 'Portuguese', whole: false });
    expect(annex.stretches).toHaveLength(1);
    expect(annexText.slice(annex.stretches[0]!.start, annex.stretches[0]!.end)).toMatch(/^ANNEX 1\nCOPRODUÇÃO[^]*pelo menos uma vez por ano\.[^]*ambiente digital\.$/);
    const bilingualText = readFileSync(BILINGUAL, 'utf8');
    const bilingual = unreadText(bilingualText)!;
    expect(bilingual.whole).toBe(false);
    expect(bilingualText.slice(bilingual.stretches[0]!.start)).toMatch(/^(?:As Partes,|Reconhecendo|Desejosas)/);
  });

  it('reads paragraphs of two languages side by side as the language read', () => {
    const english = readFileSync(BILINGUAL, 'utf8').split('ACORDO DE PARCERIA')[0]!.split(/\n\s*\n/);
    const portuguese = readFileSync(WHOLE, 'utf8').split(/\n\s*\n/).slice(1);
    const interleaved = english.flatMap((paragraph, i) => [paragraph, portuguese[i] ?? '']).join('\n\n');
    expect(unreadText(interleaved)).toBeUndefined();
  });

  it('names German, Russian and Chinese texts, and finds none in English, French or Spanish', () => {
    const german = 'Die Vertragsparteien verpflichten sich, die kulturelle Zusammenarbeit zu fördern und den Austausch von Künstlern und Kulturschaffenden zu erleichtern. Dieses Abkommen gilt nicht für Maßnahmen, die eine Vertragspartei in Bezug auf die Kulturwirtschaft erlässt oder beibehält. ';
    expect(unreadText(german.repeat(8))).toMatchObject({ language: 'German', code: 'de', whole: true });
    const russian = 'Стороны обязуются содействовать культурному сотрудничеству и облегчать обмен деятелями культуры. Настоящее Соглашение не применяется к мерам, принимаемым Стороной в отношении культурных индустрий. ';
    expect(unreadText(russian.repeat(10))).toMatchObject({ language: 'a language in Cyrillic script', code: 'other', whole: true });
    expect(unreadText('缔约双方应促进文化合作，便利艺术家和文化专业人员的交流。本协定不适用于一方就文化产业采取或维持的措施。\n\n'.repeat(12))).toMatchObject({ language: 'Chinese or Japanese', whole: true });
    expect(unreadText('Las Partes promoverán la cooperación cultural y facilitarán el intercambio de artistas. El presente Acuerdo no se aplica a las medidas que una Parte adopte respecto de las industrias culturales. '.repeat(10))).toBeUndefined();
    expect(unreadText("Les Parties encouragent la coopération culturelle et facilitent les échanges d'artistes. Le présent accord ne s'applique pas aux mesures prises par une Partie à l'égard des industries culturelles. ".repeat(10))).toBeUndefined();
  });

  it('names Scandinavian texts, and passes over the final clause and signatures a treaty of many languages repeats in each', () => {
    const danish = 'Parterne skal fremme det kulturelle samarbejde og lette udvekslingen af kunstnere. Denne aftale finder ikke anvendelse på foranstaltninger, som en part træffer eller opretholder med hensyn til de kulturelle industrier, og den skal fortolkes i overensstemmelse med parternes forpligtelser. ';
    expect(unreadText(danish.repeat(8))).toMatchObject({ language: 'Danish or Norwegian', whole: true });
    const english = readFileSync(BILINGUAL, 'utf8').split('ACORDO DE PARCERIA')[0]!;
    const signatures = [
      'Til bekræftelse heraf har undertegnede befuldmægtigede underskrevet denne aftale. Udfærdiget i Bruxelles, og alle tekster har samme gyldighed, og de skal være deponeret hos Rådet.',
      'Zu Urkund dessen haben die unterzeichneten Bevollmächtigten ihre Unterschriften unter dieses Abkommen gesetzt, und es wird bei dem Rat hinterlegt, der jeder Vertragspartei eine Abschrift übermittelt.',
      'Σε πίστωση των ανωτέρω, οι υπογράφοντες πληρεξούσιοι έθεσαν τις υπογραφές τους στην παρούσα συμφωνία, που συντάχθηκε στις Βρυξέλλες σε δύο αντίτυπα.',
      'В уверение на което долуподписаните упълномощени представители подписаха настоящото споразумение, съставено в Брюксел в два екземпляра на всички езици.',
      'Ter oorkonde waarvan de ondergetekende gevolmachtigden hun handtekening onder deze overeenkomst hebben gesteld, die bij de Raad wordt nedergelegd en voor de partijen een afschrift is.',
    ];
    expect(unreadText(`${english}\n${signatures.join('\n\n')}\n`)).toBeUndefined();
  });

  it.skipIf(!existsSync(SHARED_TEXTS))('finds nothing unread in the published English and Spanish agreements of ../shared/texts', () => {
    for (const name of readdirSync(SHARED_TEXTS).filter((f) => f.endsWith('.txt'))) expect(unreadText(readFileSync(join(SHARED_TEXTS, name), 'utf8')), name).toBeUndefined();
  });
});

describe('the brief of an agreement written in a language the rules do not read', () => {
  it('says undetermined, not absent, for each item and the verdict, keeping the Parties it could read', async () => {
    const { assessment } = await assessed(WHOLE);
    expect(assessment.unreadLanguage).toBe('Portuguese');
    expect(assessment.parties.northSouth).toBe('applies');
    expect(assessment.checklist.map((i) => i.status)).toEqual(Array(9).fill('undetermined'));
    expect(assessment.ecommerce.verdict).toBe('undetermined');
    expect(assessment.checklist[0]!.explanation).toMatch(/written in Portuguese, which the rules do not read[^.]*: a clause written in it goes unfound, so this says only that none was found/);
    expect(assessment.missingParts).toEqual([]);
  });

  it('says so in the Markdown, HTML and JSON briefs', async () => {
    const md = await runCli(tmpdir(), ['report', WHOLE, '--no-cache']);
    expect(md.code).toBe(0);
    expect(md.err).toMatch(/warning: reads as Portuguese, which the rules do not cover/);
    expect(md.out).toMatch(/\*\*This agreement is written in Portuguese, which the rules do not read/);
    expect(md.out).toMatch(/\| Art\. 16 [^|]*\| \*\*Undetermined\*\* \| Written in Portuguese, which the rules do not read \|/);
    expect(md.out).not.toMatch(/\*\*Absent\*\*/);
    expect(md.out).toMatch(/\*\*E-commerce \(para\. 19\.4\):\*\* Undetermined — the text is written in a language the rules do not read\./);
    const html = (await runCli(tmpdir(), ['report', WHOLE, '--format', 'html', '--no-cache'])).out;
    expect(html).toMatch(/<p class="missing">This agreement is written in Portuguese/);
    expect(html).toMatch(/<div class="verdict undetermined">/);
    expect(html).not.toMatch(/>Absent</);
    const json = BriefJsonSchema.parse(JSON.parse((await runCli(tmpdir(), ['report', WHOLE, '--format', 'json', '--no-cache'])).out));
    expect(json.unreadLanguage).toBe('Portuguese');
    expect(json.checklist.every((i) => i.status === 'undetermined')).toBe(true);
    expect(json.ecommerce.verdict).toBe('undetermined');
  });

  it('gives the same statuses as .txt, Markdown, web pages, Word and PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-unread-'));
    const paths = await renderEveryFormat(dir, 'acordo', readFileSync(WHOLE, 'utf8'));
    for (const path of paths) {
      const { assessment } = await assessed(path);
      expect(assessment.checklist.map((i) => i.status), path).toEqual(Array(9).fill('undetermined'));
      expect(assessment.ecommerce.verdict, path).toBe('undetermined');
    }
  }, 120_000);

  it('shows it in the overview rows (csv, markdown, the table), the scan\'s language and a comparison', async () => {
    const csv = parseCsv((await runCli(tmpdir(), ['overview', WHOLE, ANNEX, '--format', 'csv', '--no-cache', '--quiet'])).out.replace(/^\uFEFF/, ''));
    const [head, whole, annex] = csv;
    const cell = (row: string[], column: string) => row[head!.indexOf(column)];
    expect(cell(whole!, 'language')).toBe('pt');
    expect(cell(whole!, 'art-16')).toBe('undetermined');
    expect(cell(whole!, 'og-19.4')).toBe('undetermined');
    expect(cell(whole!, 'ecommerceVerdict')).toBe('undetermined');
    expect(cell(annex!, 'language')).toBe('en');
    expect(cell(annex!, 'missing')).toBe('Annex 1 (COPRODUÇÃO AUDIOVISUAL) (in Portuguese, not read)');
    const markdown = (await runCli(tmpdir(), ['overview', WHOLE, '--format', 'markdown', '--no-cache', '--quiet'])).out;
    expect(markdown).toMatch(/\| acordo-portugal-cabo-verde \|[^\n]*\| pt \|[^\n]*\| undetermined \| undetermined \|/);
    const table = (await runCli(tmpdir(), ['overview', WHOLE, '--no-cache', '--quiet'])).out;
    expect(table).toMatch(/acordo-portugal-cabo-verde[^\n]*undetermined\n\s+written in a language the rules do not read \(pt\)/);
    const scanned = (await runCli(tmpdir(), ['scan', WHOLE, ANNEX, '--format', 'jsonl', '--no-cache', '--quiet'])).out.trim().split('\n').map((line) => JSON.parse(line));
    expect(scanned.map((d) => d.language)).toEqual(['pt', 'en']);
    expect((await runCli(tmpdir(), ['scan', WHOLE, '--no-cache', '--quiet'])).out).toMatch(/acordo-portugal-cabo-verde\.txt · pt · id/);
    const compared = await runCli(tmpdir(), ['compare', WHOLE, BILINGUAL, '--no-cache']);
    expect(compared.out).toMatch(/- Left: [^\n]*written in Portuguese, which the rules do not read/);
    expect(compared.out).toMatch(/\| Art\. 16 [^|]*\| \*\*Undetermined\*\* \| \*\*Present\*\* \|/);
    const comparedJson = JSON.parse((await runCli(tmpdir(), ['compare', WHOLE, BILINGUAL, '--format', 'json', '--no-cache'])).out);
    expect(comparedJson.left.unreadLanguage).toBe('Portuguese');
    expect(comparedJson.right.unreadLanguage).toBeUndefined();
  });
});

describe('the brief of an agreement read in part', () => {
  it('keeps the findings of the English text and names the Portuguese annex next to each item and the verdict', async () => {
    const { assessment } = await assessed(ANNEX);
    expect(assessment.unreadLanguage).toBeUndefined();
    expect(assessment.findings.map((f) => f.category)).toEqual(expect.arrayContaining(['ecommerce', 'cultural-exemption']));
    expect(assessment.ecommerce.verdict).toBe('covered');
    expect(assessment.missingParts).toEqual([expect.objectContaining({ name: 'Annex 1 (COPRODUÇÃO AUDIOVISUAL) (in Portuguese, not read)', holds: 'unread', verdict: true })]);
    const art16 = assessment.checklist.find((i) => i.item === 'art-16')!;
    expect(art16.status).toBe('absent');
    expect(art16.missingParts).toEqual(['Annex 1 (COPRODUÇÃO AUDIOVISUAL) (in Portuguese, not read)']);
    const md = (await runCli(tmpdir(), ['report', ANNEX, '--no-cache'])).out;
    expect(md).toMatch(/\*\*This file holds parts in a language the rules do not read [^*]*: Annex 1 \(COPRODUÇÃO AUDIOVISUAL\) \(in Portuguese, not read\)\./);
    expect(md).toMatch(/## Art\. 16 [^\n]*Absent\n\n>[^\n]*\n\n[^\n]*\n\n_Could change with what the file lacks: Annex 1 \(COPRODUÇÃO AUDIOVISUAL\) \(in Portuguese, not read\)\._/);
    const json = BriefJsonSchema.parse(JSON.parse((await runCli(tmpdir(), ['report', ANNEX, '--format', 'json', '--no-cache'])).out));
    expect(json.missingParts[0]).toMatchObject({ holds: 'unread' });
  });

  it('reads a bilingual agreement as its English version, the Portuguese one named but changing nothing', async () => {
    const { assessment } = await assessed(BILINGUAL);
    const english = readFileSync(BILINGUAL, 'utf8').split('ACORDO DE PARCERIA')[0]!;
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-bilingual-'));
    writeFileSync(join(dir, 'english.txt'), english);
    const alone = (await assessed(join(dir, 'english.txt'))).assessment;
    expect(assessment.checklist.map((i) => i.status)).toEqual(alone.checklist.map((i) => i.status));
    expect(assessment.ecommerce.verdict).toBe(alone.ecommerce.verdict);
    expect(assessment.findings.length).toBeGreaterThanOrEqual(alone.findings.length);
    expect(assessment.missingParts).toEqual([expect.objectContaining({ holds: 'unread', items: [], verdict: false })]);
    expect(assessment.missingParts[0]!.name).toMatch(/^the Portuguese version of the agreement, after the final clause/);
    expect(assessment.checklist.every((i) => i.missingParts.length === 0)).toBe(true);
  });
});
