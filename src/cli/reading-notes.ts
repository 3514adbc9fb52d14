/** What a result carries of how its document was read: cut short (the rest missing), and the reading's warnings; each absent when there is nothing to say. */
export interface ReadingNotes {
  cutShort?: true;
  lostNotes?: string[];
  warnings?: string[];
}

export function readingNotes(doc: { cutShort?: boolean; lostNotes?: string[]; warnings?: string[] }): ReadingNotes {
  return {
    ...(doc.cutShort ? { cutShort: true } : {}),
    ...(doc.lostNotes?.length ? { lostNotes: doc.lostNotes } : {}),
    ...(doc.warnings?.length ? { warnings: doc.warnings } : {}),
  };
}
