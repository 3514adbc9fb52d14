import { describe, expect, it } from 'vitest';
import { classificationSource, classify, northSouth, partyMix } from '../../src/parties/development.js';

describe('party development status', () => {
  it('classifies by the published list of developed economies kept as data', () => {
    const mix = partyMix(['CAN', 'JOR']);
    expect(mix).toEqual({ known: true, developed: ['CAN'], developing: ['JOR'] });
    expect(northSouth(mix)).toBe('applies');
    // The source's developed economies are Europe's and five others; Korea, Singapore and Israel are not among them.
    expect(['KOR', 'SGP', 'ISR', 'MEX', 'UKR'].map(classify)).toEqual(['developing', 'developing', 'developing', 'developing', 'developing']);
    expect(classificationSource()).toMatch(/World Economic Situation and Prospects \d{4}/);
  });

  it('classifies a small economy the list leaves out like the one whose customs territory it shares', () => {
    expect(classify('LIE')).toBe('developed');
    expect(northSouth(partyMix(['CHE', 'ISL', 'LIE', 'NOR', 'CAN']))).toBe('not-applicable');
  });

  it('lets a status the document states win over the list', () => {
    const mix = partyMix(['XAU', 'KOR'], { XAU: 'developed', KOR: 'developing' });
    expect(mix).toEqual({ known: true, developed: ['XAU'], developing: ['KOR'] });
  });

  it('applies only when both kinds sit at the table, and is undetermined when the Parties are unknown', () => {
    expect(northSouth(partyMix(['DEU', 'USA']))).toBe('not-applicable');
    expect(northSouth(partyMix(['SEN', 'CIV']))).toBe('not-applicable');
    expect(northSouth(partyMix([]))).toBe('undetermined');
  });
});
