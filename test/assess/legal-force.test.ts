import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { agreement, detections, finding } from './build.js';
import { hasForceWords, legalForceOf } from '../../src/assess/legal-force.js';

describe('legalForceOf', () => {
  it.each([
    ['Each Party shall accord national treatment to services of the other Party.', 'binding'],
    ['This Chapter shall not apply to audio-visual services.', 'binding'],
    ['This Section does not apply to broadcasting services.', 'binding'],
    ['Audio-visual services are excluded from the scope of this Title.', 'binding'],
    ['Neither Party may impose customs duties on electronic transmissions.', 'binding'],
    ['A Party may not invoke this paragraph.', 'binding'],
    ['Each Party shall endeavour to facilitate the entry of artists.', 'best-endeavour'],
    ['The Parties shall seek to promote co-production.', 'best-endeavour'],
    ['The Parties should exchange information on cultural policies.', 'best-endeavour'],
    ['A Party may grant additional support to cultural industries.', 'best-endeavour'],
    ['The Parties shall encourage cultural exchanges.', 'best-endeavour'],
    ['The Parties shall promote cultural cooperation.', 'best-endeavour'],
    ['Recognising the right of the Parties to regulate in order to promote cultural diversity;', 'recital'],
    ['The Parties recognise the importance of cultural diversity.', 'recital'],
    ['Nothing in this Agreement shall be construed to prevent a Party from adopting measures to protect cultural diversity.', 'exception'],
    ['Paragraph 1 does not prevent a Party from adopting measures in the audio-visual sector.', 'exception'],
    ['A Party shall not be required to apply this Article to broadcasting.', 'exception'],
    ['Recognising the role of culture, the Parties shall cooperate in the audiovisual field.', 'binding'],
    ['The Parties recall the exceptions applicable to culture as set out in Chapters Seven, Eight and Nine.', 'recital'],
    ['The Parties reaffirm their commitments under the UNESCO Convention.', 'recital'],
    ['The Parties affirm their right to regulate in the cultural field.', 'recital'],
    ['The Parties acknowledge the importance of the cultural industries.', 'recital'],
    ['Considering the importance of cultural diversity, the Parties reaffirm their right to regulate.', 'recital'],
    ['Considering that each Party shall retain its cultural policies, the Parties recall their commitments under the Convention.', 'recital'],
    ['Each Party will endeavour not to impose customs duties on electronic transmissions.', 'best-endeavour'],
  ] as const)('%s → %s', (sentence, force) => {
    expect(legalForceOf(sentence)).toBe(force);
  });

  it('reads everything in the preamble as a recital', () => {
    expect(legalForceOf('The Parties shall cooperate.', { inPreamble: true })).toBe('recital');
  });

  it('reads Spanish and French modal forms', () => {
    expect(legalForceOf('Las Partes procurarán facilitar los intercambios culturales.', { language: 'es' })).toBe('best-endeavour');
    expect(legalForceOf('Ninguna Parte podrá aplicar derechos aduaneros.', { language: 'es' })).toBe('binding');
    expect(legalForceOf('Nada de lo dispuesto en el presente Acuerdo se interpretará en el sentido de impedir medidas culturales.', { language: 'es' })).toBe('exception');
    expect(legalForceOf('Les Parties s\'efforcent de promouvoir la coproduction.', { language: 'fr' })).toBe('best-endeavour');
    expect(legalForceOf('Le présent chapitre ne s\'applique pas aux services audiovisuels.', { language: 'fr' })).toBe('binding');
  });

  it('reads Spanish and French declarations as recitals, with or without a leading clause', () => {
    expect(legalForceOf('Las Partes reafirman sus compromisos en virtud de la Convención de la UNESCO.', { language: 'es' })).toBe('recital');
    expect(legalForceOf('Considerando la importancia de la diversidad cultural, las Partes recuerdan su derecho a regular.', { language: 'es' })).toBe('recital');
    expect(legalForceOf('Les Parties rappellent les exceptions applicables à la culture.', { language: 'fr' })).toBe('recital');
    expect(legalForceOf('Considérant l\'importance de la diversité culturelle, les Parties réaffirment leur droit de réglementer.', { language: 'fr' })).toBe('recital');
  });

  it('finds no force words in a heading fragment', () => {
    expect(hasForceWords('ARTICLE 14.17 Source Code 1.')).toBe(false);
    expect(hasForceWords('Artículo 5 Industrias culturales 1.', 'es')).toBe(false);
    expect(hasForceWords('Neither Party shall require the transfer of source code.')).toBe(true);
  });
});

describe('the legal force of a finding comes from the clause that matched', () => {
  it('skips a heading fragment and reads the operative sentence after it', () => {
    const doc = agreement(['Chapter 14 Digital Trade', 'Article 14.17 Source Code 1.', 'Each Party will endeavour not to require the transfer of source code of software as a condition for its import.']);
    const [f] = assess(doc, detections([finding(doc, 'ecommerce', '14.17', 'Source Code')])).findings;
    expect(f!.legalForce).toBe('best-endeavour');
    expect(f!.forceSentence).toMatch(/^Each Party will endeavour/);
  });

  it('gives a carve-out in paragraph 7 the force of paragraph 7, not of paragraph 6 that ends without a full stop', () => {
    const doc = agreement(['Chapter 9 Electronic Commerce', 'Article 9.4 Digital Products', '6. Each Party shall accord national treatment to digital products of the other Party', '7. Nothing in this Article shall be construed to prevent a Party from adopting measures to protect cultural diversity.']);
    const [f] = assess(doc, detections([finding(doc, 'cultural-exemption', '9.4', 'cultural diversity')])).findings;
    expect(f!.legalForce).toBe('exception');
    expect(f!.forceSentence).toMatch(/Nothing in this Article/);
    expect(f!.forceSentence).not.toMatch(/national treatment/);
  });

  it('reads a declaration after the article heading as a recital', () => {
    const doc = agreement(['Chapter 20 Exceptions', 'Article 20.1 Culture', 'The Parties recall the exceptions applicable to culture as set out in Chapters 9 and 10.']);
    const [f] = assess(doc, detections([finding(doc, 'cultural-exemption', '20.1', 'applicable to culture')])).findings;
    expect(f!.legalForce).toBe('recital');
  });
});
