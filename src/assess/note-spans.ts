import type { AgreementDocument, Note } from '../model.js';
import { prefixLength } from '../prefix-length.js';
import { walk } from './outline.js';

/** Each document's notes in text order, gathered on first use. */
const notesByDocument = new WeakMap<AgreementDocument, Note[]>();

function notesOf(doc: AgreementDocument): Note[] {
  let notes = notesByDocument.get(doc);
  if (!notes) {
    notes = [];
    for (const node of walk(doc.outline)) if (node.kind === 'footnotes') notes.push(...(node.notes ?? []));
    notes.sort((a, b) => a.start - b.start);
    notesByDocument.set(doc, notes);
  }
  return notes;
}

/**
 * The words of the note (footnote, endnote) that holds `offset`, without its number: a note is a
 * clause of its own, whose sentences are read apart from the text around it, wherever the layout printed
 * it (after its article, at the foot of a page inside it, at the end of the document).
 */
export function noteWordsAt(doc: AgreementDocument, offset: number): { start: number; end: number } | undefined {
  const notes = notesOf(doc);
  const note = notes[prefixLength(notes, (n) => n.start <= offset) - 1];
  return note && offset >= note.textStart && offset < note.end ? { start: note.textStart, end: note.end } : undefined;
}
