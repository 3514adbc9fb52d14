import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import { signatureDate } from '../../src/ingest/signature-date.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { renderEveryFormat } from '../support/every-format.js';
import { renderLines, writeText } from '../support/render-formats.js';
import { toEurLexHtml } from '../support/render-web-pages.js';

/**
 * An agreement published as text, Word or PDF carries no metadata: its date of signature is the one
 * its final clause states, which overview --by year and lineage need. A date cited for another
 * instrument is not it.
 */

describe('the date of signature read from the final clause', () => {
  const cases: ReadonlyArray<[clause: string, date: string | undefined]> = [
    ['DONE at Port Amarel on this 17th day of June in the year 2015 in the English and Solanan languages.', '2015-06-17'],
    ['Done in duplicate at Halvard, this 22nd day of May 2012.', '2012-05-22'],
    ['DONE, at Halvard, in duplicate, this 22nd day of November, 2006.', '2006-11-22'],
    ['DONE at Halvard on this eighth day of July in the year\n2014, in duplicate in the two languages.', '2014-07-08'],
    ['DONE in duplicate at Halvard, this 5th day of July, two-thousand and four, in the English language.', '2004-07-05'],
    ['DONE AT Halvard, in duplicate, this twenty-eighth day of April of two\nthousand and nine.', '2009-04-28'],
    ['Done at Halvard on the fifteenth day of February of 2003.', '2003-02-15'],
    ['Signed at Halvard on July 11, 2016, in two originals.', '2016-07-11'],
    ['Done at Halvard on the thirty-first day of December, nineteen hundred and ninety-four.', '1994-12-31'],
    ['Fait à Port Amarel, le vingt-sept juin deux mille quatorze, en double exemplaire.', '2014-06-27'],
    ['FAIT en double exemplaire à Port Amarel, le 1er mars 2019.', '2019-03-01'],
    ['HECHO, en Puerto Amarel, en dos ejemplares igualmente auténticos el día 26 del\nmes de mayo de 2011.', '2011-05-26'],
    ['Firmado en Puerto Amarel, a los catorce días del mes de marzo de dos mil once.', '2011-03-14'],
    ['Suscrito en Puerto Amarel, el once de noviembre de mil novecientos noventa y cuatro.', '1994-11-11'],
    // Left blank for signature: no date.
    ['Done in Halvard, on _______________, which corresponds to the _____ day of _________ in the year ________.', undefined],
    ['DONE at ........................ on ........................', undefined],
  ];
  it.each(cases)('%s', (clause, date) => {
    expect(signatureDate(`AGREEMENT\n\nArticle 1\n\nThe Parties shall cooperate.\n\n${clause}\n\nFor the Republic of Aurelia\n`, [])).toBe(date);
  });

  it('is never the date of an instrument the text cites, lower case or within a sentence', () => {
    const cited = [
      'RECALLING the Convention on the Protection and Promotion of the Diversity of Cultural Expressions, done at Paris on 20 October 2005;',
      'the Convention on the Settlement of Investment Disputes,\ndone at Washington, March 18, 1965;',
      'The Parties reaffirm the Agreement, which was Done at Marrakesh on 15 April 1994 and signed by both.',
    ];
    for (const text of cited) expect(signatureDate(`AGREEMENT\n\n${text}\n\nArticle 1\n\nThe Parties shall cooperate.\n`, [])).toBeUndefined();
  });

  it('takes the conclusion\'s clause before a model form\'s in an annex', () => {
    const text = 'AGREEMENT\n\nArticle 1\n\nText.\n\nDONE at Halvard on 3 May 2021.\n\nANNEX A\n\nModel certificate\n\nDone at Brill on 1 January 2020.\n';
    const conclusion = text.indexOf('DONE');
    expect(signatureDate(text, [{ kind: 'conclusion', start: conclusion, end: text.indexOf('ANNEX'), children: [] }])).toBe('2021-05-03');
    const annexFirst = 'AGREEMENT\n\nANNEX A\n\nDone at Brill on 1 January 2020.\n\nArticle 1\n\nText.\n\nDONE at Halvard on 3 May 2021.\n';
    expect(signatureDate(annexFirst, [{ kind: 'conclusion', start: annexFirst.indexOf('DONE'), end: annexFirst.length, children: [] }])).toBe('2021-05-03');
  });
});

const AGREEMENT = `TRADE AGREEMENT BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS

PREAMBLE

THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS, hereinafter "the Parties",

RECALLING the Convention on the Protection and Promotion of the Diversity of Cultural Expressions, done at Paris on 20 October 2005;

HAVE AGREED AS FOLLOWS:

Article 1
Objective

The objective of this Agreement is to liberalise trade in goods and services between the Parties.

Article 2
Cultural cooperation

The Parties shall cooperate to promote exchanges of artists and cultural professionals.

Article 3
Entry into force

This Agreement shall enter into force on the first day of the second month after the Parties exchange their notifications.

IN WITNESS WHEREOF, the undersigned, being duly authorised thereto by their respective Governments, have signed this Agreement.

DONE at Port Amarel, this twenty-seventh day of June in the year two thousand and fourteen, in duplicate in the English language.

For the Republic of Aurelia

For the Kingdom of Borealis
`;

describe('in every format the agreement is published in', () => {
  it('text, Markdown, HTML, EUR-Lex and web pages, Word and PDF give the date of the final clause', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-signature-date-'));
    const paths = await renderEveryFormat(dir, 'aurelia-borealis-2014', AGREEMENT);
    for (const path of paths) expect((await readAgreement(path)).meta.dateSigned, path).toBe('2014-06-27');
  }, 600_000);
});

const TEXTS = join(PACKAGE_ROOT, '..', 'shared', 'texts');
const present = existsSync(TEXTS);
if (!present) console.warn(`dates of signature of real texts skipped: ${TEXTS} is absent`);

describe.skipIf(!present)('the published agreements of ../shared/texts', () => {
  it('give the year their file is named for wherever their final clause states a date', async () => {
    const files = readdirSync(TEXTS).filter((name) => /-\d{4}\.txt$/.test(name));
    let dated = 0;
    for (const name of files) {
      const date = (await readAgreement(join(TEXTS, name))).meta.dateSigned;
      if (date === undefined) continue;
      dated++;
      expect(date.slice(0, 4), name).toBe(/-(\d{4})\.txt$/.exec(name)![1]);
    }
    // Some publish no final clause, or leave its date blank; most state one.
    expect(dated).toBeGreaterThanOrEqual(Math.ceil(files.length * 0.75));
  }, 120_000);
});

/** An agreement's body with no final clause of its own: a date it cites is another instrument's. */
const BODY_WITHOUT_FINAL_CLAUSE = `THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS, hereinafter "the Parties",

RECALLING the Convention on the Protection and Promotion of the Diversity of Cultural Expressions, done at Paris on 20 October 2005;

HAVE AGREED AS FOLLOWS:

Article 1
Objective

The objective of this Agreement is to liberalise trade in goods and services between the Parties.

Article 2
Relation to other agreements

This Agreement replaces the Partnership Agreement between the Parties, signed in Halvard on 22 April 1996.
`;

describe('an agreement without a final clause: the date its title or the lines under it state', () => {
  const dated: ReadonlyArray<[head: string, date: string]> = [
    // The official journal sets the date of adoption as the last line of the act's title.
    ['ASSOCIATION AGREEMENT\n\nbetween the Republic of Aurelia and the Kingdom of Borealis\n\nof 27 June 2014', '2014-06-27'],
    ['Accord entre la République d\'Aurelia et le Royaume de Borealis du 5 mai 2021', '2021-05-05'],
    ['AGREEMENT between the Republic of Aurelia and the Kingdom of Borealis\n\n(signed at Port Amarel on 27 June 2014)', '2014-06-27'],
    ['Acuerdo de Libre Comercio entre la República de Aurelia y el Reino de Borealis\n\nFirmado en Puerto Amarel, el 11 de noviembre de 2023', '2023-11-11'],
    // A treaty series prints the place and date of signature under the title, then when it entered into force.
    ['Agreement between the Republic of Aurelia and the Kingdom of Borealis for a Comprehensive Economic Partnership\n\nPort Amarel, 23 October 2020\n\n[The Agreement entered into force on 1 January 2021]', '2020-10-23'],
  ];
  it.each(dated)('%s', async (head, date) => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-title-date-'));
    const text = `${head}\n\n${BODY_WITHOUT_FINAL_CLAUSE}`;
    const source = writeText(join(dir, 'agreement.txt'), text);
    const doc = await readAgreement(source);
    expect(doc.meta.dateSigned).toBe(date);
    const eurLex = writeText(join(dir, 'agreement.eurlex.html'), toEurLexHtml(renderLines(doc), doc.title));
    expect((await readAgreement(eurLex)).meta.dateSigned, 'as EUR-Lex sets it').toBe(date);
  });

  const undated: ReadonlyArray<[head: string, why: string]> = [
    ['AGREEMENT amending the Partnership Agreement between the Republic of Aurelia and the Kingdom of Borealis signed in Halvard on 22 April 1996', 'the date of the agreement it amends'],
    ['PROTOCOL to the Agreement between the Republic of Aurelia and the Kingdom of Borealis of 3 March 1998', 'the date of the agreement it is a protocol to'],
    ['AGREEMENT between the Republic of Aurelia and the Kingdom of Borealis\n\n[The Agreement entered into force on 1 January 2021]', 'the date it entered into force'],
    ['AGREEMENT between the Republic of Aurelia and the Kingdom of Borealis', 'no date at all'],
  ];
  it.each(undated)('%s: undated (%s is not its date of signature)', async (head) => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-title-date-'));
    const source = writeText(join(dir, 'agreement.txt'), `${head}\n\n${BODY_WITHOUT_FINAL_CLAUSE}`);
    expect((await readAgreement(source)).meta.dateSigned).toBeUndefined();
  });

  it('gives way to the date of its final clause', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-title-date-'));
    const text = `AGREEMENT\n\nbetween the Republic of Aurelia and the Kingdom of Borealis\n\nof 26 June 2014\n\n${BODY_WITHOUT_FINAL_CLAUSE}\nDONE at Port Amarel on 27 June 2014.\n`;
    expect((await readAgreement(writeText(join(dir, 'agreement.txt'), text))).meta.dateSigned).toBe('2014-06-27');
  });
});
