import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { compareBriefsAcrossFormats, differenceWords } from '../../src/scripts/real-texts/brief-comparison.js';
import { readBriefs } from '../../src/scripts/real-texts/brief-readings.js';
import { findSoffice } from '../../src/scripts/real-texts/renderings.js';

/**
 * A printed agreement saved as text keeps its page numbers on lines of their own ("97", "- 133 -"),
 * at times between a lead-in and its items or between two items of one list. Made into a Word file
 * or a web page, each line is a paragraph: the page number must break the sentence no more than it
 * does in the text, or the items lose their lead-in ("The Parties will encourage ... :") and read as
 * binding, and a list's last item is cut from the rest. The brief is the same in every format.
 */
const TEXT = [
  'COOPERATION AGREEMENT BETWEEN THE UNION OF MEROVIA AND THE REPUBLIC OF OSTRELIA',
  'Parties: XME (developed), XOS (developing)',
  '',
  'Article 7: Cultural Cooperation',
  '1. The Parties will encourage and facilitate, as appropriate, the following activities,',
  'including, but not limited to:',
  '97',
  '(a) dialogue on cultural policies and promotion of local culture;',
  '(b) a consultation mechanism between the Parties’ culture authorities; and',
  '(c) exchanges of cultural events.',
  'Article 8: Paperless Trading',
  '1. Each Party shall accept electronic versions of trade administration documents as the legal',
  'equivalent of paper documents except where:',
  '(a) there is a domestic or international legal requirement to the contrary; or',
  '- 98 -',
  '(b) doing so would reduce the effectiveness of the trade administration process.',
  'Article 9: Customs Duties',
  'Neither Party shall impose customs duties on electronic transmissions.',
  '',
].join('\n');

const soffice = findSoffice();
if (!soffice) console.warn('page numbers between paragraphs: Word and LibreOffice web page skipped, LibreOffice (soffice) is not installed');

describe('a page number printed between a lead-in and its items, or between two items', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-page-numbers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same brief in the text, its Word file and web pages', async () => {
    const path = join(dir, 'page-numbers-between-paragraphs.txt');
    writeFileSync(path, TEXT);
    const readings = await readBriefs([path], ['txt', 'docx', 'html', 'eur-lex', 'web-page'], loadRuleSet([BUILTIN_RULES_DIR]), soffice);
    const coordination = readings[0]!.brief.items.find((i) => i.item === 'og-19.3');
    expect(coordination?.status).toBe('partial');
    expect(coordination?.cited.map((c) => c.force)).toEqual(['best-endeavour']);
    const differences = compareBriefsAcrossFormats(readings).flatMap((r) => r.differences.map((d) => differenceWords(d, 'txt', r.format)));
    expect(differences.join('\n')).toBe('');
  }, 300_000);
});
