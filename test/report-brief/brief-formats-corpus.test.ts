import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { briefFactsOf, compareBriefsAcrossFormats, differenceWords, isConcluding, type BriefReading } from '../../src/scripts/real-texts/brief-comparison.js';
import { readBriefs } from '../../src/scripts/real-texts/brief-readings.js';
import { findSoffice } from '../../src/scripts/real-texts/renderings.js';

/**
 * The brief of every sample agreement must read the same in every format it can come in: the sample
 * as the corpus has it (text, Markdown, HTML, Word or PDF), its text, that text rendered by
 * LibreOffice to PDF, Word and its web page, and set in the markup of the official journal (eur-lex)
 * and of a government's page (web-page). A sample that is not plain text is compared through the text
 * culturescan reads from it. Every aspect is compared: the Parties, the verdict, the statuses, each
 * cited clause's place, legal force and quoted sentences.
 */
const soffice = findSoffice();
if (!soffice) console.warn('briefs across formats of the sample corpus: pdf, docx and html skipped, LibreOffice (soffice) is not installed');

const FORMATS = ['txt', 'pdf', 'docx', 'html', 'eur-lex', 'web-page'];

/**
 * Samples whose brief still quotes a sentence otherwise in some format, with the kind: they are held to
 * the same conclusions (Parties, verdict, statuses, legal forces) and their quoting differences are
 * printed. A sample leaves this list once it reads alike.
 */
const QUOTING_GAPS: Record<string, string> = {};

describe('the brief of each sample agreement in every format', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  const samples = readdirSync(SAMPLE_CORPUS_DIR).filter((name) => !/^readme/i.test(name)).sort();
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-brief-formats-'));
  const readings: BriefReading[] = [];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const texts: string[] = [];
    for (const sample of samples) {
      const path = join(SAMPLE_CORPUS_DIR, sample);
      const name = basename(sample, extname(sample));
      if (extname(sample) === '.txt') {
        texts.push(path);
        continue;
      }
      const doc = await readAgreement(path);
      readings.push({ name, format: extname(sample).slice(1), brief: briefFactsOf(doc, scanDocument(doc, ruleSet)) });
      const text = join(dir, `${name}.txt`);
      writeFileSync(text, doc.text);
      texts.push(text);
    }
    readings.push(...(await readBriefs(texts, FORMATS, ruleSet, soffice)));
  }, 900_000);

  it('reads every sample in every format', () => {
    expect(samples.length).toBeGreaterThanOrEqual(13);
    const formats = soffice ? FORMATS : FORMATS.filter((f) => !['pdf', 'docx', 'html'].includes(f));
    for (const sample of samples) {
      const name = basename(sample, extname(sample));
      expect(readings.filter((r) => r.name === name).map((r) => r.format), sample).toEqual(expect.arrayContaining(formats));
    }
  });

  it.each(samples)('%s: the same brief as its text', (sample) => {
    const name = basename(sample, extname(sample));
    const differences = compareBriefsAcrossFormats(readings.filter((r) => r.name === name)).flatMap((r) => r.differences.map((d) => ({ concluding: isConcluding(d), words: `${r.format}: ${differenceWords(d, 'txt', r.format)}` })));
    const gap = QUOTING_GAPS[name];
    if (gap === undefined) {
      expect(differences.map((d) => d.words).join('\n')).toBe('');
      return;
    }
    expect(differences.filter((d) => d.concluding).map((d) => d.words).join('\n')).toBe('');
    if (differences.length > 0) console.warn(`${name}: quoted otherwise (${gap}):\n${differences.map((d) => `  ${d.words}`).join('\n')}`);
  });
});
