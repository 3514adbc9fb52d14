import { describe, expect, it } from 'vitest';
import { legalForceOf } from '../../src/assess/legal-force.js';
import { sentences } from '../../src/assess/sentences.js';

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
});

describe('sentences', () => {
  it('keeps a chapeau with its lettered items and does not split at numbers or abbreviations', () => {
    const text = '1. This Section applies to all services with the exception of:\n\n(a) audio-visual services;\n\n(b) cabotage.\n\n2. See Art. 14.3 of the GATS. The Parties shall cooperate.';
    expect(sentences(text)).toEqual([
      '1. This Section applies to all services with the exception of: (a) audio-visual services; (b) cabotage.',
      '2. See Art. 14.3 of the GATS.',
      'The Parties shall cooperate.',
    ]);
  });

  it('ends a recital at its semicolon and line end', () => {
    expect(sentences('Recognising A;\nAffirming B;\nHave agreed as follows:')).toEqual(['Recognising A;', 'Affirming B;', 'Have agreed as follows:']);
  });
});
