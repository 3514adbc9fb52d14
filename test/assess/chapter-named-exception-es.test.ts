import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreementBytes } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';

/**
 * A Spanish cultural-industries exception for the digital-trade chapter named by its number ("Nada de
 * lo dispuesto en el Capítulo 14 (Comercio Electrónico) se interpretará en el sentido de impedir ...
 * las industrias culturales") is a carve-out whose scope is that chapter: it reaches the chapter's ban on
 * customs duties, which the broadcasting exclusion of the digital-products article does not.
 */
const text = [
  'TRATADO DE LIBRE COMERCIO ENTRE JAPÓN, LOS ESTADOS UNIDOS MEXICANOS Y LA REPÚBLICA DE CHILE',
  '',
  'CAPÍTULO 14',
  'COMERCIO ELECTRÓNICO',
  '',
  'Artículo 14.3',
  'Aranceles Aduaneros',
  '',
  '1. Ninguna Parte impondrá aranceles aduaneros a las transmisiones electrónicas entre una persona de una Parte y una persona de otra Parte.',
  '',
  'Artículo 14.4',
  'Trato No Discriminatorio de Productos Digitales',
  '',
  '1. Ninguna Parte otorgará un trato menos favorable a los productos digitales creados en el territorio de otra Parte que el que otorga a otros productos digitales similares.',
  '',
  '2. Este Artículo no se aplicará a la radiodifusión.',
  '',
  'CAPÍTULO 29',
  'EXCEPCIONES Y DISPOSICIONES GENERALES',
  '',
  'Artículo 29.8',
  'Industrias Culturales',
  '',
  'Nada de lo dispuesto en el Capítulo 14 (Comercio Electrónico) se interpretará en el sentido de impedir que una Parte adopte o mantenga medidas para proteger o promover las industrias culturales.',
  '',
].join('\n');

describe('a Spanish cultural-industries exception for a chapter named by its number', () => {
  it('is a carve-out of that chapter, reaching its ban on customs duties', async () => {
    const doc = await readAgreementBytes(new TextEncoder().encode(text), 'tratado.txt');
    const a = assess(doc, scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR])));
    expect(a.findings.filter((f) => f.category === 'cultural-exemption').map((f) => f.location.articleNumber)).toEqual(['14.4', '29.8']);
    expect(a.ecommerce.verdict).toBe('covered');
    const duties = a.ecommerce.commitments.find((c) => c.kind === 'customs-duties');
    expect(duties?.carveOuts.find((l) => l.articleNumber === '29.8')?.scope).toMatch(/^Chapter 14/);
  });
});
