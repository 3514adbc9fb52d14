import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import { signatureDate } from '../../src/ingest/signature-date.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { renderEveryFormat } from '../support/every-format.js';

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
