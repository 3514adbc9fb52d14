import type { FindingLocation } from '../model.js';
import { placeName } from '../place-names.js';

/** Where clauses stand, for an explanation: "the preamble, Art. 3, Art. 7" (each place once). */
export const where = (clauses: ReadonlyArray<{ location: FindingLocation }>) => [...new Set(clauses.map((c) => placeName(c.location.articleNumber, { article: 'Art.', preamble: 'the preamble' })))].join(', ');
