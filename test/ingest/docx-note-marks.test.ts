import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../../src/ingest/docx-text.js';
import { readAgreement } from '../../src/ingest/index.js';
import type { AgreementDocument, OutlineNode } from '../../src/model.js';
import { hasSoffice, officeRenderings, renderLines, toFodt } from '../support/render-formats.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
/** A call as Word writes it: numbered by Word, or followed by the mark the author set in its place. */
const call = (id: number, mark?: string) =>
  mark === undefined ? `<w:r><w:footnoteReference w:id="${id}"/></w:r>` : `<w:r><w:footnoteReference w:customMarkFollows="1" w:id="${id}"/><w:t>${mark}</w:t></w:r>`;
/** A note as Word writes it: its number (footnoteRef) or the author's mark, then its words. */
const note = (id: number, words: string, mark?: string) =>
  `<w:footnote w:id="${id}"><w:p>${mark === undefined ? '<w:r><w:footnoteRef/></w:r>' : run(mark)}${run(` ${words}`)}</w:p></w:footnote>`;

/** Each note of a document as "its mark: the word its call follows" ("*: Parties"), or "uncalled". */
function calls(doc: AgreementDocument): string[] {
  const flatten = (nodes: readonly OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);
  return flatten(doc.outline)
    .flatMap((n) => n.notes ?? [])
    .map((n) => `${n.number}: ${n.calledAt === undefined ? 'uncalled' : /(\S+)\s*$/.exec(doc.text.slice(0, n.calledAt))![1]}`);
}

/**
 * A Word note the author marked with a symbol of their own ("customMarkFollows": "*", "†") in place of
 * Word's number is read as a note so marked: its call "[*]" where it stands, with no stray mark left
 * in the words ("services.[1]*"), its text after "[*]", and the numbered notes numbered on without it.
 */
describe('Word notes marked by the author', () => {
  it('writes the call and the note with their mark, and numbers the other notes on without them', () => {
    const document = `<w:document ${W}><w:body><w:p>${run('Article 1')}</w:p><w:p>${run('The Parties')}${call(2, '*')}${run(' recall the services.')}${call(3)}${run(' Each Party shall publish its measures.')}${call(4, '†')}${call(5)}</w:p></w:body></w:document>`;
    const footnotes = `<w:footnotes ${W}>${note(2, 'The Republic of Aurelia and the Kingdom of Borealis.', '*')}${note(3, 'Audiovisual services included.')}${note(4, 'Published in the Official Journal.', '†')}${note(5, 'A second numbered note.')}</w:footnotes>`;
    expect(docxText({ document, footnotes })).toBe(
      'Article 1\n\nThe Parties[*] recall the services.[1] Each Party shall publish its measures.[†][2]' +
        '\n\n[*] The Republic of Aurelia and the Kingdom of Borealis.\n\n[1] Audiovisual services included.\n\n[†] Published in the Official Journal.\n\n[2] A second numbered note.',
    );
  });

  it('reads a mark that is no note symbol as the next number', () => {
    const document = `<w:document ${W}><w:body><w:p>${run('The services')}${call(2, 'a')}${run(' are covered.')}</w:p></w:body></w:document>`;
    expect(docxText({ document, footnotes: `<w:footnotes ${W}>${note(2, 'Including audiovisual services.', 'a')}</w:footnotes>` })).toBe('The services[1] are covered.\n\n[1] Including audiovisual services.');
  });

  const soffice = hasSoffice();
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-docx-marks-'));
  let docx: string | undefined;

  beforeAll(async () => {
    if (!soffice) return;
    const source = join(dir, 'services.txt');
    writeFileSync(source, ['AGREEMENT ON SERVICES BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS', '', 'Article 1', 'The Parties recall the services.[1] They agree.', '', 'Article 2', 'Each Party shall publish its measures.[2]', '', '[1] For greater certainty, this covers audiovisual services.', '', '[2] A second note.', ''].join('\n'));
    const doc = await readAgreement(source);
    docx = officeRenderings(dir, 'services', toFodt(renderLines(doc), { headingStyles: false, columns: 1, header: '', footnotes: true, noteMarks: ['*', '†'] }, doc.language))[1];
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!soffice)('ties each note of a Word file saved by LibreOffice with marks to its call, with no mark left in the text', async () => {
    const doc = await readAgreement(docx!);
    expect(calls(doc)).toEqual(['*: services.', '†: measures.']);
    expect(doc.text).toContain('The Parties recall the services.[*] They agree.');
    expect(doc.text).toContain('[*] For greater certainty, this covers audiovisual services.');
  });
});
