import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingLegalForce } from '../../src/assess/finding-sentences.js';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import type { AgreementDocument, Language } from '../../src/model.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { agreement, detections, finding } from './build.js';
import { SHARED_TOTA } from './tota-articles.js';

/** The force the assessment gives a cultural-cooperation finding whose evidence is `phrase` (and what the scan prints, which must agree). */
function forceAt(doc: AgreementDocument, article: string, phrase: string) {
  const found = finding(doc, 'cultural-cooperation', article, phrase);
  const [assessed] = assess(doc, detections([found])).findings;
  expect(findingLegalForce(doc, found)).toBe(assessed!.legalForce);
  return { force: assessed!.legalForce, sentence: assessed!.forceSentence };
}

const inLanguage = (doc: AgreementDocument, language: Language): AgreementDocument => ({ ...doc, language });

describe('a list item reads with its lead-in, and its own verb of effort makes it an effort', () => {
  const doc = agreement([
    'Chapter 12 Cooperation',
    'Article 12.4 Cultural Cooperation',
    '1. Each Party shall:',
    '(a) seek to facilitate exchanges of artists and cultural professionals;',
    '(b) endeavour to support co-productions in the audiovisual sector; and',
    '(c) designate a contact point for cultural cooperation.',
    '2. The Parties shall endeavour to:',
    '(a) exchange information on film festivals; and',
    '(b) encourage the translation of literary works.',
    '3. The Parties shall:',
    '(a) use their best efforts to open museums to each other\'s exhibitions; and',
    '(b) strive to promote cultural heritage.',
  ]);

  it('reads an item whose own verb is "seek to" or "endeavour to" as an effort, though the lead-in says "shall"', () => {
    expect(forceAt(doc, '12.4', 'exchanges of artists')).toEqual({ force: 'best-endeavour', sentence: '1. Each Party shall: (a) seek to facilitate exchanges of artists and cultural professionals;' });
    expect(forceAt(doc, '12.4', 'co-productions').force).toBe('best-endeavour');
  });

  it('reads an item with no verb of effort under the same lead-in as binding', () => {
    expect(forceAt(doc, '12.4', 'contact point for cultural').force).toBe('binding');
    expect(forceAt(doc, '12.4', 'contact point for cultural').sentence).toBe('1. Each Party shall: … (c) designate a contact point for cultural cooperation.');
  });

  it('reads every item of an "endeavour to" lead-in as an effort', () => {
    expect(forceAt(doc, '12.4', 'film festivals').force).toBe('best-endeavour');
    expect(forceAt(doc, '12.4', 'literary works').force).toBe('best-endeavour');
  });

  it('reads a lead-in whose items are all efforts as an effort, and one with a binding item as binding', () => {
    expect(forceAt(doc, '12.4', 'The Parties shall:').force).toBe('best-endeavour');
    expect(forceAt(doc, '12.4', 'Each Party shall:').force).toBe('binding');
  });

  it('reads Spanish and French items of effort under a binding lead-in', () => {
    const es = inLanguage(
      agreement(['Chapter 9 Cooperación', 'Article 9.2 Cooperación cultural', '1. Cada Parte deberá:', 'a) procurar facilitar el intercambio de artistas;', 'b) esforzarse por apoyar las coproducciones; y', 'c) designar un punto de contacto para la cooperación cultural.']),
      'es',
    );
    expect(forceAt(es, '9.2', 'intercambio de artistas').force).toBe('best-endeavour');
    expect(forceAt(es, '9.2', 'coproducciones').force).toBe('best-endeavour');
    expect(forceAt(es, '9.2', 'punto de contacto').force).toBe('binding');
    const fr = inLanguage(
      agreement(['Chapter 9 Coopération', 'Article 9.2 Coopération culturelle', '1. Chaque Partie doit :', "a) s'efforcer de faciliter les échanges d'artistes ;", 'b) désigner un point de contact pour la coopération culturelle.']),
      'fr',
    );
    expect(forceAt(fr, '9.2', "échanges d'artistes").force).toBe('best-endeavour');
    expect(forceAt(fr, '9.2', 'point de contact').force).toBe('binding');
  });
});

describe('an item that completes the infinitive of its lead-in\'s undertaking ("undertake to ... and to: (a) promote")', () => {
  it('takes the force of what the Parties undertake in the item, not of the lead-in\'s first verb', () => {
    const doc = agreement([
      'Chapter 12 Cooperation',
      'Article 12.7 Cultural Sector',
      '1. To this end, the Parties undertake to formulate a strategy for their cultural industries and to:',
      '(a) promote a continuous dialogue with their cultural sectors and civil society; and',
      '(b) provide opportunities for artists to take part in the work of the Joint Committee.',
    ]);
    expect(forceAt(doc, '12.7', 'continuous dialogue').force).toBe('best-endeavour');
    expect(forceAt(doc, '12.7', 'opportunities for artists').force).toBe('binding');
    const es = inLanguage(
      agreement(['Chapter 9 Cooperación', 'Article 9.3 Industrias culturales', '1. Las Partes se comprometen a elaborar una estrategia para sus industrias culturales y a:', 'a) fomentar el diálogo con el sector cultural; y', 'b) designar un punto de contacto para la cooperación cultural.']),
      'es',
    );
    expect(forceAt(es, '9.3', 'diálogo con el sector').force).toBe('best-endeavour');
    expect(forceAt(es, '9.3', 'punto de contacto').force).toBe('binding');
  });
});

describe('an item after a nested list reads with the lead-in of its own level', () => {
  const doc = agreement([
    'Chapter 15 Institutions',
    'Article 15.2 Functions of the Committee',
    '2. The Committee shall:',
    '(a) review the implementation of this Agreement;',
    '(b) endeavour to foster cultural exchanges, including by:',
    '(i) exchanging information on cultural policies; and',
    '(ii) organising meetings of cultural professionals; and',
    '(c) adopt its rules of procedure, which shall cover the cultural subcommittee.',
  ]);

  it('reads the item after the nested list with the outer lead-in alone', () => {
    const { force, sentence } = forceAt(doc, '15.2', 'cultural subcommittee');
    expect(force).toBe('binding');
    expect(sentence).toBe('2. The Committee shall: … (c) adopt its rules of procedure, which shall cover the cultural subcommittee.');
  });

  it('reads a nested item with both lead-ins above it', () => {
    const { force, sentence } = forceAt(doc, '15.2', 'cultural professionals');
    expect(force).toBe('best-endeavour');
    expect(sentence).toBe('2. The Committee shall: … (b) endeavour to foster cultural exchanges, including by: … (ii) organising meetings of cultural professionals; and');
  });
});

describe('a list in the preamble: each item reads with its lead-in, as a recital', () => {
  const doc = agreement([
    'Preamble',
    'RESOLVED to:',
    '(a) strengthen the economic ties between their peoples;',
    '(b) promote cultural diversity and cooperation in cultural matters; and',
    '(c) preserve their right to regulate in the public interest;',
    'HAVE AGREED AS FOLLOWS:',
    'Chapter 1 General Provisions',
    'Article 1.1 Objectives',
    'The Parties hereby establish a free trade area.',
  ]);

  it('quotes the recital with its lead-in, and reads it as a recital', () => {
    expect(forceAt(doc, 'preamble', 'cooperation in cultural matters')).toEqual({ force: 'recital', sentence: 'RESOLVED to: … (b) promote cultural diversity and cooperation in cultural matters; and' });
    expect(forceAt(doc, 'preamble', 'right to regulate')).toEqual({ force: 'recital', sentence: 'RESOLVED to: … (c) preserve their right to regulate in the public interest;' });
  });
});

const present = existsSync(SHARED_TOTA);
if (!present) console.log(`list items of real agreements skipped: ${SHARED_TOTA} is absent`);

describe.skipIf(!present)('list items in real agreements', () => {
  const assessed = async (treaty: string) => {
    const doc = await readAgreement(join(SHARED_TOTA, `${treaty}.xml`));
    return assess(doc, scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR])));
  };

  it('reads "Member States undertake to: (a) encourage ... cultural exchange" as an effort (ECOWAS, Art. 62)', async () => {
    const coop = (await assessed('pta_32')).findings.find((f) => f.category === 'cultural-cooperation' && f.location.articleNumber === '62');
    expect(coop?.legalForce).toBe('best-endeavour');
    expect(coop?.forceSentence).toMatch(/^2\. To this end, Member States undertake to: \(a\) encourage the promotion/);
  });

  it('quotes an aim listed in a numbered article that ToTA files under a chapter named Preamble with its lead-in, as an effort (EC-Poland, Art. 1)', async () => {
    const coop = (await assessed('pta_228')).findings.find((f) => f.category === 'cultural-cooperation' && f.location.articleNumber === '1');
    expect(coop?.legalForce).toBe('best-endeavour');
    expect(coop?.forceSentence).toBe('2. The aim of this Agreement is: … - to promote cooperation in cultural matters.');
  });

  it('finds the commission that "may ... seek the advice of non-governmental persons" in an item after a nested list (US-Peru, Art. 20.1)', async () => {
    const signal = (await assessed('pta_156')).signals.find((s) => s.kind === 'civil-society-participation' && s.location.articleNumber === '20.1');
    expect(signal?.legalForce).toBe('best-endeavour');
    expect(signal?.forceSentence).toMatch(/^3\. The Commission may:/);
  });
});
