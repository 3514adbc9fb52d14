import type { AgreementDocument } from './model.js';

/**
 * The language a document is said to be written in: the one its rules read it in (en, fr, es), or,
 * for a text written in a language they do not read, that language's code ("pt"; "other" for a script
 * several languages write), so that no output calls a Portuguese agreement Spanish.
 */
export function shownLanguage(doc: Pick<AgreementDocument, 'language' | 'unread'>): string {
  return doc.unread?.whole ? doc.unread.code : doc.language;
}
