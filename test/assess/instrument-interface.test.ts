import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement, readAgreementBytes } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { SHARED_TOTA } from './tota-articles.js';

/**
 * Paras. 19.1 and 19.3 read from the built-in rules on small agreements written the way real ones
 * are (wordings paraphrased from Chile-China, Peru-China, Korea-Australia and EFTA-Canada): the status,
 * and the sentence it rests on.
 */
const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
const TITLE = 'FREE TRADE AGREEMENT BETWEEN THE REPUBLIC OF CALDERRA AND THE KINGDOM OF MONTARIA';

async function item(id: 'og-19.1' | 'og-19.3', body: string[]) {
  const doc = await readAgreementBytes(new TextEncoder().encode([TITLE, '', ...body].join('\n')), 'agreement.txt');
  const found = assess(doc, scanDocument(doc, ruleSet)).checklist.find((i) => i.item === id)!;
  return { status: found.status, quoted: [...found.findings, ...found.signals].map((s) => s.forceSentence).join(' | '), explanation: found.explanation };
}

const TRADE_ARTICLE = ['Article 2 Customs Duties', 'Each Party shall eliminate its customs duties on originating goods of the other Party.', ''];

describe('para. 19.1: the agreement and cultural-policy instruments', () => {
  it('is present for a clause that builds on existing cultural cooperation agreements, with no Convention named', async () => {
    const r = await item('og-19.1', [...TRADE_ARTICLE, 'Article 3 Cultural Cooperation', '1. The Parties shall promote cultural cooperation. In doing so, the Parties agree:', '(a) to build on the existing agreements and arrangements already in place for cultural cooperation between them; and', '(b) to promote exchanges of artists.', '']);
    expect(r.status).toBe('present');
    expect(r.quoted).toMatch(/build on the existing agreements/);
    expect(r.explanation).toMatch(/already in place/);
  });

  it('is present for a chapter that applies without prejudice to a protocol on cultural cooperation', async () => {
    const r = await item('og-19.1', [...TRADE_ARTICLE, 'Article 3 Relation to Other Instruments', 'This Chapter shall apply without prejudice to the Protocol on Cultural Cooperation concluded between the Parties.', '']);
    expect(r.status).toBe('present');
    expect(r.quoted).toMatch(/without prejudice to the Protocol on Cultural Cooperation/);
  });

  it('is partial when the Parties only may negotiate a co-production agreement', async () => {
    const r = await item('og-19.1', [...TRADE_ARTICLE, 'Article 3 Audiovisual Cooperation', 'The Parties may negotiate an audiovisual co-production agreement.', '']);
    expect(r.status).toBe('partial');
    expect(r.quoted).toMatch(/may negotiate an audiovisual co-production agreement/);
  });

  it.each([
    [['TRATADO DE LIBRE COMERCIO ENTRE LA REPÚBLICA DE CALDERRA Y EL REINO DE MONTARIA', '', 'Artículo 2 Aranceles Aduaneros', 'Cada Parte eliminará sus aranceles aduaneros sobre las mercancías originarias de la otra Parte.', '', 'Artículo 16 Relación con otros acuerdos', 'Las Partes aplicarán el presente Tratado de manera compatible con la Convención sobre la Protección y Promoción de la Diversidad de las Expresiones Culturales y se apoyarán mutuamente en su aplicación.']],
    [['TRATADO DE LIBRE COMERCIO ENTRE LA REPÚBLICA DE CALDERRA Y EL REINO DE MONTARIA', '', 'Artículo 2 Aranceles Aduaneros', 'Cada Parte eliminará sus aranceles aduaneros sobre las mercancías originarias de la otra Parte.', '', 'Artículo 16 Cultura', 'Las Partes cooperarán en la aplicación de la Convención sobre la Protección y Promoción de la Diversidad de las Expresiones Culturales, con miras al apoyo mutuo entre el presente Tratado y dicha Convención.']],
    [["ACCORD DE LIBRE-ÉCHANGE ENTRE LA RÉPUBLIQUE DE CALDERRA ET LE ROYAUME DE MONTARIA", '', 'Article 2 Droits de douane', "Chaque Partie élimine ses droits de douane sur les marchandises originaires de l'autre Partie.", '', 'Article 16 Culture', "Les Parties mettent en œuvre le présent accord et la Convention sur la protection et la promotion de la diversité des expressions culturelles de manière à ce qu'ils se renforcent mutuellement."]],
  ])('is present for an operative clause of mutual support with the Convention in Spanish or French (%#)', async (lines) => {
    const doc = await readAgreementBytes(new TextEncoder().encode([...lines, ''].join('\n')), 'agreement.txt');
    const found = assess(doc, scanDocument(doc, ruleSet)).checklist.find((i) => i.item === 'og-19.1')!;
    expect(found.status).toBe('present');
  });

  it('stays partial when the Convention is named only in a recital', async () => {
    const r = await item('og-19.1', ['PREAMBLE', 'The Parties,', 'RECALLING the UNESCO Convention on the Protection and Promotion of the Diversity of Cultural Expressions;', 'HAVE AGREED AS FOLLOWS:', '', ...TRADE_ARTICLE]);
    expect(r.status).toBe('partial');
  });

  it('is present for an objectives list that respects the existing cultural agreements, whatever its force', async () => {
    const r = await item('og-19.1', [...TRADE_ARTICLE, 'Article 3 Cultural Cooperation', '1. The objectives of cultural cooperation are to:', '(a) respect the existing agreement or arrangement already in effect for cultural cooperation; and', '(b) promote cultural exchanges between the Parties.', '2. The Parties agree to consider and negotiate co-production agreements in the audio-visual sector.', '']);
    expect(r.status).toBe('present');
  });

  it('is partial when the preamble alone builds on the existing cultural agreements', async () => {
    const r = await item('og-19.1', ['PREAMBLE', 'The Parties,', 'DETERMINED to build on the existing agreements for cultural cooperation between them;', 'HAVE AGREED AS FOLLOWS:', '', ...TRADE_ARTICLE]);
    expect(r.status).toBe('partial');
    expect(r.explanation).toMatch(/only in the preamble/);
  });

  it('is absent for existing cooperative arrangements in another field', async () => {
    const r = await item('og-19.1', [...TRADE_ARTICLE, 'Article 3 Investment Promotion', 'The Parties shall seek to strengthen and build on existing cooperative arrangements in the promotion and facilitation of investment.', '']);
    expect(r.status).toBe('absent');
  });
});

describe('para. 19.3: a body of the agreement expressly given cultural functions', () => {
  it('is present for a joint committee charged, in a lettered list, with discussing measures on cultural industries', async () => {
    const r = await item('og-19.3', [...TRADE_ARTICLE, 'Article 4 The Joint Committee', '1. The Parties hereby establish a Joint Committee composed of representatives of the Parties.', '', '2. The Joint Committee shall:', '', 'a. supervise the implementation of this Agreement;', '', 'b. oversee the further elaboration of this Agreement;', '', 'c. discuss, upon request by a Party, measures with respect to cultural industries maintained or adopted under Annex C; and', '', 'd. consider any other matter that may affect the operation of this Agreement.', '']);
    expect(r.status).toBe('present');
    expect(r.quoted).toMatch(/cultural industries/);
  });

  it('is absent for a general cooperation committee that lists culture among many fields', async () => {
    const r = await item('og-19.3', [...TRADE_ARTICLE, 'Article 4 Cooperation Committee', '1. A Cooperation Committee is established.', '2. The Cooperation Committee shall monitor cooperation in the following fields: agriculture, energy, transport, tourism, health, education, culture, sport, science, environment, statistics, customs, fisheries, industry, investment, small enterprises, labour, social security, youth and women.', '']);
    expect(r.status).toBe('absent');
  });

  it('is absent for a committee that oversees a title whose name includes culture', async () => {
    const r = await item('og-19.3', [...TRADE_ARTICLE, 'Article 4 Association Committee', 'The Association Committee shall oversee the implementation of Title VI (Economic, Social and Cultural Cooperation).', '']);
    expect(r.status).toBe('absent');
  });
});

const SHARED_TEXTS = join(SHARED_TOTA, '..', 'texts');
const shared = existsSync(SHARED_TOTA) && existsSync(SHARED_TEXTS);
if (!shared) console.log(`real-agreement tests of paras. 19.1 and 19.3 skipped: ${SHARED_TOTA} or ${SHARED_TEXTS} is absent`);

describe.skipIf(!shared)('paras. 19.1 and 19.3 on real agreements: the status and the articles it rests on', () => {
  it.each([
    { file: join(SHARED_TEXTS, 'aus-kor-2014.txt'), id: 'og-19.1', articles: ['4', '18', '20'], why: 'the co-production annex: a third-country co-production agreement in force, the memorandum implementing the annex, the annex prevailing over the agreement' },
    { file: join(SHARED_TOTA, 'pta_7.xml'), id: 'og-19.1', articles: ['110'], why: 'Chile-China: cultural cooperation builds on the existing agreements for cultural cooperation' },
    { file: join(SHARED_TOTA, 'pta_398.xml'), id: 'og-19.1', articles: ['17.23'], why: 'the Parties shall respect the existing agreements for cultural cooperation' },
    { file: join(SHARED_TOTA, 'pta_143.xml'), id: 'og-19.3', articles: ['26'], why: 'EFTA-Canada: the Joint Committee shall discuss measures with respect to cultural industries' },
  ] as const)('$id is present in $file ($why)', async ({ file, id, articles }) => {
    const doc = await readAgreement(file);
    const found = assess(doc, scanDocument(doc, ruleSet)).checklist.find((i) => i.item === id)!;
    expect(found.status).toBe('present');
    const restsOn = new Set(found.signals.map((s) => s.location.articleNumber.replace(/^article\s+/i, '')));
    for (const article of articles) expect(restsOn.has(article), `${id} rests on Art. ${article} (${[...restsOn].join(', ')})`).toBe(true);
  });
});
