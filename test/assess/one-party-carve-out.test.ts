import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreementBytes } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';

/**
 * A cultural carve-out written for the measures of one Party only ("This Agreement does not apply to a
 * measure adopted or maintained by Canada with respect to a cultural industry") keeps that Party's
 * cultural policy out of the e-commerce commitments, and leaves the other Parties bound by them: the
 * commitments are reached in part (CHECKLIST: `covered` when every commitment is reached). A carve-out
 * that names every Party's field ("in the case of the European Union, audiovisual services; in the
 * case of Canada, cultural industries") keeps them all out.
 */
const agreement = (parties: string, carveOut: string) =>
  [
    `AGREEMENT BETWEEN ${parties}`,
    '',
    'CHAPTER 19',
    'DIGITAL TRADE',
    '',
    'Article 19.3',
    'Customs Duties',
    '',
    '1. No Party shall impose customs duties on or in connection with the import or export of digital products transmitted electronically between a person of one Party and a person of another Party.',
    '',
    'Article 19.4',
    'Non-Discriminatory Treatment of Digital Products',
    '',
    '1. No Party shall accord less favourable treatment to a digital product created or first made available on commercial terms in the territory of another Party than it accords to other like digital products.',
    '',
    'CHAPTER 32',
    'EXCEPTIONS AND GENERAL PROVISIONS',
    '',
    'Article 32.6',
    'Cultural Industries',
    '',
    '1. For the purposes of this Article, cultural industry means a person engaged in the publication, distribution or sale of books, magazines or newspapers, or in the production, distribution, sale or exhibition of film or video recordings or of music recordings.',
    '',
    `2. ${carveOut}`,
    '',
  ].join('\n');

async function assessed(text: string) {
  const doc = await readAgreementBytes(new TextEncoder().encode(text), 'agreement.txt');
  return assess(doc, scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR])));
}

describe('a cultural carve-out for one Party\'s measures', () => {
  it('reaches the e-commerce commitments of that Party only: partly covered, saying whose measures it keeps out, quoting the excluding clause and not the definition', async () => {
    const a = await assessed(agreement('THE UNITED STATES OF AMERICA, THE UNITED MEXICAN STATES AND CANADA', 'This Agreement does not apply to a measure adopted or maintained by Canada with respect to a cultural industry.'));
    expect(a.ecommerce.verdict).toBe('partly-covered');
    const links = a.ecommerce.commitments.flatMap((c) => c.carveOuts);
    expect(links.map((l) => l.reach)).toEqual(['partial', 'partial']);
    expect(links[0]?.why).toMatch(/keeps out the measures of Canada only/);
    expect(a.ecommerce.explanation).toMatch(/some Parties only/);
    expect(a.checklist.find((i) => i.item === 'og-19.4')?.status).toBe('partial');
    const carveOut = a.findings.find((f) => f.category === 'cultural-exemption');
    expect(carveOut?.forceSentence).toMatch(/^2\. This Agreement does not apply to a measure adopted or maintained by Canada/);
  });

  it('covers them when it keeps out the measures of every Party, or of "a Party"', async () => {
    for (const carveOut of [
      'This Agreement does not apply to a measure adopted or maintained by a Party with respect to a cultural industry.',
      'This Agreement does not apply to a measure adopted or maintained by Canada or by Mexico with respect to a cultural industry.',
    ]) {
      const a = await assessed(agreement('CANADA AND THE UNITED MEXICAN STATES', carveOut));
      expect(a.ecommerce.verdict, carveOut).toBe('covered');
    }
  });

  // The scan's excerpt is cut around its first mark: a long definition before the carve-out fills it.
  it('is quoted by its excluding clause, not by the long definition before it', async () => {
    const long = 'This Agreement does not apply to a measure adopted or maintained by a Party with respect to a cultural industry.';
    const text = agreement('CANADA AND THE UNITED MEXICAN STATES', long).replace(
      'or of music recordings.',
      'or of music recordings; the publication, distribution or sale of music in print or machine readable form; or radiocommunications in which the transmissions are intended for direct reception by the general public, and all radio, television and cable broadcasting undertakings and all satellite programming and broadcast network services.',
    );
    const a = await assessed(text);
    const carveOut = a.findings.find((f) => f.category === 'cultural-exemption');
    expect(carveOut?.excerpt).toMatch(/^2\. This Agreement «does not apply» to a measure adopted or maintained by a Party with respect to a «cultural industry»\.$/);
    expect(a.checklist.find((i) => i.item === 'og-19.5')?.findings.map((f) => f.excerpt)).toContain(carveOut?.excerpt);
  });
});
