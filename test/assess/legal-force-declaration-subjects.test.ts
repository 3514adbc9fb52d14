import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { legalForceOf } from '../../src/assess/legal-force.js';
import type { Language, LegalForce } from '../../src/model.js';
import { legalSentences, SHARED_TOTA, totaArticles } from './tota-articles.js';

// A declaration obliges nobody whoever makes it: treaties name their Parties "Member States",
// "Contracting Parties", "the Signatories", "States Parties", or have "each Party" declare.
describe('declarations by any name the Parties go by', () => {
  it.each([
    ['Member States recognise the right of each Member State to restrict the importation of goods for cultural reasons.', 'en', 'recital'],
    ['The Member States reaffirm their commitment to the diversity of cultural expressions.', 'en', 'recital'],
    ['The Contracting Parties recognize the importance of cultural exchanges.', 'en', 'recital'],
    ['The High Contracting Parties acknowledge the role of cultural industries.', 'en', 'recital'],
    ['The Signatories recognise the value of audiovisual co-production.', 'en', 'recital'],
    ['The States Parties reaffirm their right to regulate in the cultural field.', 'en', 'recital'],
    ['Each Party recognises that cultural goods and services carry identities and values.', 'en', 'recital'],
    ['Each Party affirms its right to adopt cultural policies.', 'en', 'recital'],
    ['Each Member State acknowledges the importance of public broadcasting.', 'en', 'recital'],
    // The declaring subject gives no pass to a main clause that obliges or acts.
    ['Member States recognise the importance of culture and shall cooperate in the audiovisual field.', 'en', 'binding'],
    ['The Contracting Parties hereby recognize the certificates issued under Annex 3.', 'en', 'binding'],
    ['Each Party shall recognise the certificates of origin of the other Party.', 'en', 'binding'],
    ['Member States shall endeavour to promote cultural exchanges.', 'en', 'best-endeavour'],
    ['Los Estados Miembros reconocen la importancia de la diversidad cultural.', 'es', 'recital'],
    ['Las Partes Contratantes reafirman su derecho a regular en el ámbito cultural.', 'es', 'recital'],
    ['Cada Parte reconoce la importancia de las industrias culturales.', 'es', 'recital'],
    // The future tense is treaty Spanish's "shall".
    ['Cada Parte reconocerá los certificados de coproducción de la otra Parte.', 'es', 'binding'],
    ['Les États membres reconnaissent l\'importance de la diversité culturelle.', 'fr', 'recital'],
    ['Les Parties contractantes réaffirment leur droit de réglementer dans le domaine culturel.', 'fr', 'recital'],
    ['Chaque Partie reconnaît le rôle des industries culturelles.', 'fr', 'recital'],
    ['Chaque Partie reconnaîtra les certificats de coproduction de l\'autre Partie.', 'fr', 'binding'],
  ] as const)('%s → %s', (sentence, language, force) => {
    expect(legalForceOf(sentence, { language: language as Language })).toBe(force as LegalForce);
  });

  const present = existsSync(SHARED_TOTA);
  if (!present) console.log(`declaration subjects on ToTA skipped: ${SHARED_TOTA} is absent`);
  it.skipIf(!present).each([
    // SACU 2002 Art. 25: the right to restrict imports for cultural reasons, declared by the Member States.
    ['pta_6', '500', 'Member States recognize the right of each Member State', 'en', 'recital'],
    ['pta_165', '16095', 'The Contracting Parties recognise the growing importance', 'en', 'recital'],
    ['pta_1', '112', 'Each Party recognises that it is inappropriate', 'en', 'recital'],
    ['pta_450', '40869', 'Cada Parte reconoce el objetivo', 'es', 'recital'],
  ] as const)('reads %s/%s "%s" as %s', (treaty, articleId, opening, language, force) => {
    const article = totaArticles(treaty).get(articleId);
    const sentence = legalSentences(article?.text ?? '').find((s) => s.replace(/^\d+\.\s*/, '').startsWith(opening));
    expect(sentence).toBeDefined();
    expect(legalForceOf(sentence!, { language: language as Language })).toBe(force as LegalForce);
  });
});
