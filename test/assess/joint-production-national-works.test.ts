import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreementBytes } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';

/**
 * A co-production clause that never says "co-production": works made jointly by producers of the two
 * Parties are treated as each Party's own. In an agreement with a developing Party it is preferential
 * treatment (GUIDE: a reciprocal clause that deems co-productions national works counts when one
 * Party is developing), and para. 18.1 rests on it as an operative arrangement.
 */
const agreement = (clause: string) =>
  [
    'PARTNERSHIP AGREEMENT BETWEEN THE UNION OF MEROVIA AND THE REPUBLIC OF OSTRELIA',
    'Parties: XME (developed), XOS (developing)',
    '',
    'CHAPTER FOUR',
    'COOPERATION',
    '',
    'Article 4.1 Objectives',
    'The Parties shall cooperate in trade matters.',
    '',
    'Article 4.3 Audiovisual works',
    `1. ${clause}`,
    '',
  ].join('\n');

describe('works made jointly by producers of both Parties, treated as national works', () => {
  it.each([
    'Audiovisual works produced jointly by producers of the two Parties shall be treated as national productions of each Party.',
    'Films jointly produced by producers of the Parties shall be regarded as domestic works for the purposes of their support programmes.',
    'Each Party shall treat joint audiovisual productions of the producers of the two Parties as national works.',
  ])('is preferential treatment and an operative para. 18.1 arrangement: %s', async (clause) => {
    const doc = await readAgreementBytes(new TextEncoder().encode(agreement(clause)), 'joint-production.txt');
    const scanned = scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR]));
    expect(scanned.findings.filter((f) => f.category === 'preferential-treatment').map((f) => f.location.articleNumber)).toEqual(['4.3']);
    const item = assess(doc, scanned).checklist.find((i) => i.item === 'og-18.1');
    expect(item?.status).toBe('present');
    expect(item?.findings.map((f) => f.location.articleNumber)).toEqual(['4.3']);
  });

  // French and Spanish name co-produced works by the participle ("œuvres coproduites", "obras coproducidas"), not only by "coproduction".
  it.each([
    [
      'fr',
      ['ACCORD DE PARTENARIAT ENTRE L\'UNION DE MEROVIA ET LA RÉPUBLIQUE D\'OSTRELIA', 'Parties: XME (developed), XOS (developing)', '', 'TITRE V', 'COOPÉRATION CULTURELLE', '', 'Article 40', 'Coopération audiovisuelle', '', '1. Les Parties encouragent la coproduction d\'œuvres cinématographiques et audiovisuelles.', '', '2. Les œuvres audiovisuelles coproduites par des producteurs des deux Parties sont admissibles aux programmes de soutien de chaque Partie comme œuvres nationales.', ''],
    ],
    [
      'es',
      ['ACUERDO DE ASOCIACIÓN ENTRE LA UNIÓN DE MEROVIA Y LA REPÚBLICA DE OSTRELIA', 'Parties: XME (developed), XOS (developing)', '', 'TÍTULO V', 'COOPERACIÓN CULTURAL', '', 'Artículo 40', 'Cooperación audiovisual', '', '1. Las Partes fomentarán la coproducción de obras cinematográficas y audiovisuales.', '', '2. Las obras audiovisuales coproducidas por productores de ambas Partes serán consideradas obras nacionales y tendrán acceso a los programas de apoyo de cada Parte.', ''],
    ],
  ])('in %s, a co-produced work given national-work status is an operative para. 18.1 arrangement, not only the co-production encouraged', async (_, lines) => {
    const doc = await readAgreementBytes(new TextEncoder().encode(lines.join('\n')), 'coproduced.txt');
    const scanned = scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR]));
    const item = assess(doc, scanned).checklist.find((i) => i.item === 'og-18.1');
    expect(item?.status).toBe('present');
  });

  it('is not a joint venture producing goods', async () => {
    const doc = await readAgreementBytes(new TextEncoder().encode(agreement('Goods produced jointly by enterprises of the two Parties shall be treated as originating goods of each Party.')), 'joint-goods.txt');
    const scanned = scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR]));
    expect(scanned.findings.filter((f) => f.category === 'preferential-treatment')).toEqual([]);
  });
});
