import type { FindingLocation } from '../model.js';

/** Where clauses stand, for an explanation: "the preamble, Art. 3, Art. 7" (each place once). */
export const where = (clauses: ReadonlyArray<{ location: FindingLocation }>) => [...new Set(clauses.map((c) => (c.location.articleNumber === 'preamble' ? 'the preamble' : `Art. ${c.location.articleNumber}`)))].join(', ');
