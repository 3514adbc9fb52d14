import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { compareBriefsAcrossFormats, differenceWords, type BriefReading } from '../../src/scripts/real-texts/brief-comparison.js';
import { readBriefs } from '../../src/scripts/real-texts/brief-readings.js';
import { findSoffice } from '../../src/scripts/real-texts/renderings.js';

/**
 * Numbered paragraphs set out as printed treaties set them, each layout quoted otherwise by some format
 * before: a paragraph whose last words carry no full stop, the next paragraph's number (and an OCR'd
 * "l." for "1.") at the start of the next line; a paragraph titled on the line of its number, a blank
 * line under the title (which a PDF does not keep); a paragraph whose words open with its first point
 * ("3." alone on its line, then "(a) No Party may ..."), whose number a web page draws in an <ol>.
 */
const AGREEMENT = `FREE TRADE AGREEMENT BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS

PREAMBLE

The Republic of Aurelia and the Kingdom of Borealis (hereinafter referred to as "the Parties"),

Recognising the importance of cultural diversity;

HAVE AGREED AS FOLLOWS:

Chapter 12
Electronic Commerce

Article 12.1: Digital Products

1. No Party may apply customs duties on or in connection with the importation or exportation of digital products by electronic transmission.

2. No Party may accord less favorable treatment to some digital products than it accords to other like digital products:

(a) on the basis that the digital products receiving less favorable treatment are created or first made available on commercial terms outside its territory; or

(b) so as otherwise to afford protection to other like digital products that are created or first made available on commercial terms in its territory.

3.

(a) No Party may accord less favorable treatment to digital products first made available on commercial terms in the territory of the other Party than it accords to like digital products first made available on commercial terms in the territory of a non-Party.

(b) No Party may accord less favorable treatment to digital products whose author, performer or producer is a person of the other Party than it accords to like digital products whose author, performer or producer is a person of a non-Party.

Article 12.2: Cooperation

1. The Parties shall cooperate on electronic commerce.

2. Capacity Building

The Parties shall consider the views of their cultural industries and of civil society, as well as the views of other members of the public, in carrying out cooperative activities.

Annex 12-A
Audiovisual Co-Production

Article 1: Implementing Arrangements
l. The Parties acknowledge the Memorandum of Understanding on Audiovisual Co-Production ("the Memorandum")
2. The Parties recognise that the arrangements established under the Memorandum will apply in order to assist the implementation of this Annex on audiovisual co-production.

Article 2: Final Provisions
This Annex shall enter into force together with this Agreement.
`;

const soffice = findSoffice();
if (!soffice) console.warn('numbered paragraphs across formats: pdf, docx and html skipped, LibreOffice (soffice) is not installed');

describe('the brief of numbered paragraphs laid out as printed, in every format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-paragraph-layouts-'));
  let readings: BriefReading[] = [];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const text = join(dir, 'paragraph-layouts.txt');
    writeFileSync(text, AGREEMENT);
    readings = await readBriefs([text], ['txt', 'pdf', 'docx', 'html', 'eur-lex', 'web-page'], loadRuleSet([BUILTIN_RULES_DIR]), soffice);
  }, 600_000);

  it('quotes each clause as the text does', () => {
    const cited = readings.find((r) => r.format === 'txt')!.brief.items.flatMap((i) => i.cited.map((c) => `${i.item} ${c.place}`));
    expect(cited).toEqual(expect.arrayContaining(['og-19.1 1', 'og-19.2 12.2', 'og-19.4 12.1']));
    const differences = compareBriefsAcrossFormats(readings).flatMap((r) => r.differences.map((d) => `${r.format}: ${differenceWords(d, 'txt', r.format)}`));
    expect(differences.join('\n')).toBe('');
  });
});
