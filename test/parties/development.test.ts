import { describe, expect, it } from 'vitest';
import { northSouth, partyMix } from '../../src/parties/development.js';

describe('party development status', () => {
  it('classifies ToTA party codes by the list of developed economies', () => {
    const mix = partyMix({ parties: ['CAN', 'JOR'] });
    expect(mix).toEqual({ known: true, developed: ['CAN'], developing: ['JOR'] });
    expect(northSouth(mix)).toBe(true);
  });

  it('lets a status the document states win over the list', () => {
    const mix = partyMix({ parties: ['XAU', 'KOR'], partyStatus: { XAU: 'developed', KOR: 'developing' } });
    expect(mix).toEqual({ known: true, developed: ['XAU'], developing: ['KOR'] });
  });

  it('is north-south only when both kinds sit at the table, or when the parties are unknown', () => {
    expect(northSouth(partyMix({ parties: ['DEU', 'USA'] }))).toBe(false);
    expect(northSouth(partyMix({ parties: ['SEN', 'CIV'] }))).toBe(false);
    expect(northSouth(partyMix({}))).toBe(true);
  });
});
