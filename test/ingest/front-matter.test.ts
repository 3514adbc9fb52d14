import { describe, expect, it } from 'vitest';
import { frontMatterMeta } from '../../src/ingest/front-matter.js';
import { readAgreement } from '../../src/ingest/index.js';

describe('front-matter party line', () => {
  it('reads party codes and their stated development status', () => {
    const meta = frontMatterMeta('AN AGREEMENT\n\nParties: XAU (developing), XBO (developed)\n\nPREAMBLE\n', {});
    expect(meta.parties).toEqual(['XAU', 'XBO']);
    expect(meta.partyStatus).toEqual({ XAU: 'developing', XBO: 'developed' });
  });

  it('reads French and Spanish status words', () => {
    expect(frontMatterMeta('Partes: XTI (en desarrollo), XSO (desarrollado)', {}).partyStatus).toEqual({
      XTI: 'developing',
      XSO: 'developed',
    });
    expect(frontMatterMeta('Parties : XVA (en développement), XNO (développé)', {}).partyStatus).toEqual({
      XVA: 'developing',
      XNO: 'developed',
    });
  });

  it('ignores a sentence that merely starts with "Parties:"', () => {
    expect(frontMatterMeta('Parties: the two States named above agree as follows.', {})).toEqual({});
  });

  it('keeps parties already given by the source', () => {
    const given = { parties: ['CAN', 'JOR'] };
    expect(frontMatterMeta('Parties: XAU (developing)', given)).toBe(given);
  });

  it('fills the metadata of a real corpus file', async () => {
    const doc = await readAgreement('corpus/aurelia-calderra-deca.pdf');
    expect(doc.meta.parties).toEqual(['XAU', 'XCA']);
    expect(doc.meta.partyStatus?.XAU).toBe('developing');
  });
});
