import type { FindingLocation } from '../model.js';
import { placeOf } from '../place-names.js';

/** Where clauses stand, for an explanation: "the preamble, Art. 3, Annex B, Art. 1" (each place once). */
export const where = (clauses: ReadonlyArray<{ location: FindingLocation }>) => [...new Set(clauses.map((c) => placeOf(c.location, { article: 'Art.', preamble: 'the preamble' })))].join(', ');
