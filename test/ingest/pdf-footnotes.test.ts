import { describe, expect, it } from 'vitest';
import { joinPages } from '../../src/ingest/pdf-furniture.js';
import { findPageNotes } from '../../src/structure/page-notes.js';

/** Notes at the foot of a typeset page, as pdf.js gives them: in the flow, their numbers glued to the text. */
describe('findPageNotes', () => {
  it('finds the notes at the foot of a page and the glued references to them (en)', () => {
    const page = [
      'Article 4',
      'Each Party shall accord to services of the other Party treatment no less',
      'favourable than that it accords to its own like services.3 The Parties shall review',
      'this Article every five years.4',
      'Article 5',
      '3OJ L 112, 30.4.2025, p. 4.',
      '4Article 5 does not affect the rules of either Party on social security',
      'contributions.',
    ];
    const found = findPageNotes(page, 3);
    expect(found.notes).toEqual([
      { number: 3, firstLine: 5, lastLine: 5, textStart: 1 },
      { number: 4, firstLine: 6, lastLine: 7, textStart: 1 },
    ]);
    expect(found.references).toEqual([
      { number: 3, line: 2, start: 57, end: 58 },
      { number: 4, line: 3, start: 30, end: 31 },
    ]);
  });

  it('reads notes numbered in parentheses or after a space, afresh on each page (fr, es)', () => {
    const fr = ['Les Parties encouragent les échanges culturels,1 y compris les tournées.', '(1) Voir l’article 12 de l’accord de 1998.'];
    expect(findPageNotes(fr, 7).notes).toEqual([{ number: 1, firstLine: 1, lastLine: 1, textStart: 4 }]);
    const es = ['Las Partes promoverán la cooperación cultural.2', 'Artículo 3', '2 Artículo 12 del Acuerdo de 1998.'];
    expect(findPageNotes(es, 2).notes).toEqual([{ number: 2, firstLine: 2, lastLine: 2, textStart: 2 }]);
  });

  it('leaves body text alone: a numbered paragraph, a note out of sequence, a note no reference points to', () => {
    // "2 The Parties…" is a paragraph of the article, and nothing in the text refers to a note 2.
    expect(findPageNotes(['Article 3', '1 Each Party shall notify the other.', '2 The Parties shall meet once a year.'], 1).notes).toEqual([]);
    // Notes 5 and 7 with no 6 between them.
    expect(findPageNotes(['Text.5 More text.7', '5A note.', '7Another note.'], 5).notes).toEqual([]);
    // "Article I:2 of the GATS" has a number after a colon, but no note 2 stands at the foot.
    expect(findPageNotes(['Article I:2 of the GATS applies.', 'Article 2'], 1).notes).toEqual([]);
  });
});

describe('findPageNotes on the layouts of a plain text', () => {
  it("reads a note whose number stands on a line of its own, above the note's text", () => {
    const page = ['(b) air services4', ', including domestic air transportation services;', '', '4', ' For greater certainty, the term “air services” includes traffic rights.'];
    expect(findPageNotes(page, 4).notes).toEqual([{ number: 4, firstLine: 3, lastLine: 4, textStart: 1 }]);
  });

  it('reads a call copied after the stop and a space at the end of a justified line, never after a one-letter abbreviation', () => {
    const page = ['Article 8', 'The Parties shall report on progress to the Joint Committee every two years. 6', '6The Parties shall carry out this cooperation in accordance with the Convention.'];
    expect(findPageNotes(page, 6).references).toEqual([{ number: 6, line: 1, start: 77, end: 78 }]);
    expect(findPageNotes(['Article 8', 'The act was published in OJ L 112, 30.4.2025, p. 6', '6The Parties shall meet.'], 6).notes).toEqual([]);
  });

  it('refuses notes with a printed page number below them: the body of this page goes on after them', () => {
    const page = ['Article 3', 'The agreements mentioned in paragraph 1.1', '1 The agreements include treaties and protocols.', '5', '3. If any provision of the WTO Agreement is amended, the amendment applies.', 'Article 4'];
    expect(findPageNotes(page, 1).notes).toEqual([]);
  });

  it("reads a number that opens a note's wrapped line after a word as the note's words, not a note out of sequence", () => {
    const page = [
      'for under the terms and conditions specified in its Schedule7',
      '(c) limitations on the total number of service operations;8',
      '7',
      'To the extent that a commitment is undertaken under the definition of Article',
      '104 (Definitions) of this Chapter, that Party is committed to allow such movement of capital.',
      '8',
      'Subparagraph 2(c) does not cover measures which limit inputs.',
    ];
    expect(findPageNotes(page, 7).notes.map((n) => [n.number, n.firstLine, n.lastLine])).toEqual([
      [7, 2, 4],
      [8, 5, 6],
    ]);
    // After a stop, a number out of sequence still gives the block away as no notes.
    expect(findPageNotes(['Text.5 More text.7', '5A note.', '7Another note.'], 5).notes).toEqual([]);
  });

  it('refuses notes with the next numbered paragraph below them: the body of this page goes on after them', () => {
    const page = [
      'repair or alteration does not include an operation that creates a new good.1',
      'Article 3.4: Tariff Elimination',
      '1. Except as otherwise provided in this Agreement, neither Party may increase',
      'any existing customs duty.',
      '1',
      'An operation that is part of the assembly of an unfinished good is not a repair.',
      '2. Except as otherwise provided in this Agreement, each Party shall progressively',
      'eliminate its customs duties on originating goods.',
    ];
    expect(findPageNotes(page, 1).notes).toEqual([]);
    // A note's own numbered paragraph that does not go on from the body's is the note's.
    expect(findPageNotes(page.map((line) => line.replace(/^2\. /, '3. ')), 1).notes.map((n) => [n.number, n.firstLine, n.lastLine])).toEqual([[1, 4, 7]]);
  });

  it('with orLater, takes notes further on than the next expected number when they are called in the page', () => {
    const page = ['Article 131', 'treatment of investments13 and of groups14; or', '13 For greater certainty, this covers establishment.', '14 Minorities include peasant communities.'];
    expect(findPageNotes(page, 11).notes).toEqual([]);
    expect(findPageNotes(page, 11, true).notes.map((n) => n.number)).toEqual([13, 14]);
  });
});

describe('joinPages', () => {
  it('sets the notes after the last page and keeps an article whole over the page break', () => {
    const pages = [
      'Official Journal L 41/2\nArticle 4\nEach Party shall accord treatment.1\nArticle 5\n1Article 5 of the Rules of Procedure applies.\nPage 1 of 2',
      'Official Journal L 41/2\nTemporary stay of artists\nEach Party shall grant entry to artists.2\n2OJ L 9, 12.1.2026, p. 2.\nPage 2 of 2',
    ];
    const { stripped, pageStarts } = joinPages(pages);
    expect(stripped.text).toBe(
      'Article 4\nEach Party shall accord treatment.[1]\nArticle 5\nTemporary stay of artists\nEach Party shall grant entry to artists.[2]' +
        '\n\n[1] Article 5 of the Rules of Procedure applies.\n\n[2] OJ L 9, 12.1.2026, p. 2.',
    );
    expect(pageStarts).toEqual([0, pages[0]!.length + 2]);
  });
});
