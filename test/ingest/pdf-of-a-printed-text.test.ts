import { describe, expect, it } from 'vitest';
import { assembleDocument } from '../../src/ingest/assemble.js';
import { joinPages } from '../../src/ingest/pdf-furniture.js';
import type { AgreementDocument } from '../../src/model.js';
import { flatten } from '../structure/helpers.js';

/**
 * A printed agreement saved as text, then made a PDF: its own page numbers ("- 2 -") and its notes
 * (above each printed page number, called by numbers glued to words) stand among the PDF's lines, most
 * inside the PDF's pages. Where one of its lines falls at a PDF page's edge, it is still the text's.
 */
function readPages(pageTexts: readonly string[]): AgreementDocument {
  return assembleDocument(joinPages(pageTexts), { id: 'printed', source: 'printed.pdf', format: 'pdf' });
}

function notesOf(doc: AgreementDocument): string[] {
  return flatten(doc.outline)
    .flatMap((node) => node.notes ?? [])
    .map((note) => `${note.number} ${doc.text.slice(note.textStart, note.end).trim().split(/\s+/).slice(0, 3).join(' ')}`);
}

/** Lines of an article's body that say nothing of notes, so that printed page numbers stand well inside the PDF's pages. */
const body = (article: number, count: number): string[] =>
  Array.from({ length: count }, (_, k) => `${k + 1}. The Parties shall cooperate in matter ${article}.${k + 1} as agreed.`);

describe('a PDF made from a printed text', () => {
  it("keeps the text's page number and its note's number where they fall at the edge of a PDF page", () => {
    const pages = [
      [
        'Article 1',
        'Scope',
        ...body(1, 6),
        '7. This Agreement applies to trade in services between the Parties.1',
        '1 For greater certainty, services include audiovisual services.',
        '- 1 -',
        'Article 2',
        'Definitions',
        ...body(2, 5),
        'service supplier means any person that supplies a service;2',
      ].join('\n'),
      [
        // The note's number opens this PDF page, its words on the next line.
        '2',
        'Where the service is supplied through a branch, the branch is the supplier.',
        '- 2 -',
        'Article 3',
        'National Treatment',
        ...body(3, 6),
        '7. Each Party shall accord national treatment to services of the other Party.3',
        '3 The Parties understand that national treatment covers cultural services.',
        // The text's page number ends this PDF page, under the notes of its printed page.
        '- 3 -',
      ].join('\n'),
      ['Article 4', 'Transparency', ...body(4, 6), '- 4 -', 'Article 5', 'Review', ...body(5, 6), '- 5 -', 'Article 6', 'Entry into Force', ...body(6, 4)].join('\n'),
    ];
    const doc = readPages(pages);
    expect(notesOf(doc)).toEqual(['1 For greater certainty,', '2 Where the service', '3 The Parties understand']);
    const articles = flatten(doc.outline).filter((node) => node.kind === 'article');
    expect(articles.map((node) => node.number)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it("leaves a PDF's own page numbers out, at its pages' feet, as before", () => {
    const pages = [1, 2, 3, 4].map((page) => ['Article ' + page, 'Title of Article ' + page, ...body(page, 8), String(page)].join('\n'));
    const doc = readPages(pages);
    expect(doc.text).not.toMatch(/^\d+$/m);
    expect(flatten(doc.outline).filter((node) => node.kind === 'article').map((node) => node.number)).toEqual(['1', '2', '3', '4']);
  });
});
