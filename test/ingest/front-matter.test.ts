import { describe, expect, it } from 'vitest';
import { dateIn, frontMatterMeta } from '../../src/ingest/front-matter.js';
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

describe('front-matter date of signature', () => {
  it('reads the date of a "Signed" line in English, French and Spanish', () => {
    expect(frontMatterMeta('AN AGREEMENT\nSigned: Halvard, 2 September 2023\n', {}).dateSigned).toBe('2023-09-02');
    expect(frontMatterMeta('Signé à Lisère, le 1er mai 2021. Texte fictif.', {}).dateSigned).toBe('2021-05-01');
    expect(frontMatterMeta('Firmado en Puerto Alcira, el 11 de noviembre de 2023.', {}).dateSigned).toBe('2023-11-11');
    expect(frontMatterMeta('Signed at Halvard on September 2, 2023', {}).dateSigned).toBe('2023-09-02');
  });

  it('keeps a date the source gave, and ignores dates on other lines', () => {
    expect(frontMatterMeta('Signed: Halvard, 2 September 2023', { dateSigned: '2020-01-01' }).dateSigned).toBe('2020-01-01');
    expect(frontMatterMeta('This Agreement enters into force on 2 September 2023.', {}).dateSigned).toBeUndefined();
  });

  it('reads ISO dates and rejects what is not a date', () => {
    expect(dateIn('signed 2024-03-14')).toBe('2024-03-14');
    expect(dateIn('Signed: 45 May 2021')).toBeUndefined();
    expect(dateIn('Signed: in May')).toBeUndefined();
  });
});
