import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreementBytes } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';

/**
 * Association and partnership agreements divide themselves into Titles ("TITLE III TRADE IN SERVICES,
 * ESTABLISHMENT AND ELECTRONIC COMMERCE", "TITRE III"), and a carve-out says "This Title does not apply
 * to audio-visual services" ("Le présent titre ne s'applique pas aux services audiovisuels"). Its scope
 * is the Title it stands in: it reaches the e-commerce commitment of that Title, and not one of another.
 */
const english = (commitmentTitle: string) =>
  [
    'PARTNERSHIP AGREEMENT BETWEEN THE EUROPEAN UNION AND THE REPUBLIC OF SENEGAL',
    '',
    'TITLE III',
    'TRADE IN SERVICES AND ESTABLISHMENT',
    '',
    'Article 20',
    'Scope',
    '',
    '1. This Title applies to measures of the Parties affecting trade in services and establishment.',
    '',
    '2. This Title does not apply to audio-visual services.',
    '',
    commitmentTitle,
    '',
    'Article 25',
    'Electronic Commerce',
    '',
    '1. The Parties agree not to impose customs duties on electronic transmissions.',
    '',
    'TITLE V',
    'CULTURAL COOPERATION',
    '',
    'Article 40',
    'Cultural Cooperation',
    '',
    'The Parties shall promote cultural cooperation.',
    '',
  ].join('\n');

const french = [
  "ACCORD DE PARTENARIAT ENTRE L'UNION EUROPÉENNE ET LA RÉPUBLIQUE DU SÉNÉGAL",
  '',
  'TITRE III',
  'COMMERCE DES SERVICES ET COMMERCE ÉLECTRONIQUE',
  '',
  'Article 20',
  "Champ d'application",
  '',
  '1. Le présent titre s\'applique aux mesures des Parties affectant le commerce des services et l\'établissement.',
  '',
  '2. Le présent titre ne s\'applique pas aux services audiovisuels.',
  '',
  'Article 25',
  'Commerce électronique',
  '',
  '1. Les Parties conviennent de ne pas imposer de droits de douane sur les transmissions électroniques.',
  '',
  'TITRE V',
  'COOPÉRATION CULTURELLE',
  '',
  'Article 40',
  'Coopération culturelle',
  '',
  'Les Parties promeuvent la coopération culturelle.',
  '',
].join('\n');

async function verdictOf(text: string) {
  const doc = await readAgreementBytes(new TextEncoder().encode(text), 'agreement.txt');
  return assess(doc, scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR]))).ecommerce;
}

describe('a French ban on customs duties on electronic transmissions', () => {
  // "transmissions électroniques": the accented word is read as a word, so the article's own words say
  // which commitment it holds (a duty ban), not every kind its rule may tag.
  it('is read as a duty ban only', async () => {
    const ecommerce = await verdictOf(french);
    expect(ecommerce.commitments.map((c) => c.kind)).toEqual(['customs-duties']);
  });
});

describe('a carve-out of "this Title"', () => {
  it('reaches the e-commerce commitment of its own Title (English and French)', async () => {
    for (const text of [english(''), french]) {
      const ecommerce = await verdictOf(text);
      expect(ecommerce.verdict).toBe('covered');
      expect(ecommerce.commitments[0]?.carveOuts[0]?.scope).toMatch(/Title III|Titre III/i);
    }
  });

  it('does not reach a commitment of another Title', async () => {
    const ecommerce = await verdictOf(english('TITLE IV\nELECTRONIC COMMERCE'));
    expect(ecommerce.verdict).toBe('not-covered');
  });
});
