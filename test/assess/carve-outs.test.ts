import { describe, expect, it } from 'vitest';
import { subjectOf, isBroadCarveOut } from '../../src/assess/carve-out-subject.js';
import { assess } from '../../src/assess/index.js';
import { agreement, detections, ECOMMERCE_CHAPTER, finding, withEcommerceChapter } from './build.js';

describe('the subject of a cultural carve-out', () => {
  it.each([
    ['This Chapter does not apply to measures affecting cultural industries.', 'cultural-industries', 'broad'],
    ['Nothing in this Agreement shall be construed to prevent a Party from adopting measures to protect culture.', 'culture', 'broad'],
    ['This Section does not apply to audio-visual services.', 'audiovisual', 'broad'],
    ['This Chapter does not apply to measures with respect to audio-visual services, including subsidies.', 'audiovisual', 'broad'],
    ['Nothing in this Agreement applies to subsidies or government support with respect to audio-visual services.', 'subsidies', 'narrow'],
    // Subsidies in an item of their own are a further exclusion, not the limit of the audio-visual one.
    ['This Chapter does not apply to: (a) financial services; (b) audiovisual services, including radio and television broadcasting services; or (c) subsidies or grants provided by a Party.', 'audiovisual', 'broad'],
    ['This Chapter does not apply to: (a) subsidies or grants provided by a Party for audiovisual services; or (b) government procurement.', 'subsidies', 'narrow'],
    ['This Chapter does not apply to any measure relating to broadcast or cable distribution of radio or television programming.', 'telecom-networks', 'narrow'],
    ['This Article does not apply to measures affecting broadcasting services.', 'broadcasting', 'narrow'],
    // A telecommunications chapter that leaves out the networks' carriage of broadcasting and audio-visual
    // services carves out the networks, not the services (CHECKLIST: telecom networks count for nothing under 19.5).
    ['2. This Chapter shall not apply to measures by a Party affecting the distribution of broadcasting and audio-visual services, as defined in each Party\'s laws and regulations.', 'telecom-networks', 'narrow'],
    ['Este Capítulo no se aplica a las medidas que afecten la distribución de servicios de radiodifusión y audiovisuales.', 'telecom-networks', 'narrow'],
    // The production and distribution of films or audio-visual works are the cultural industries' own activities.
    ['This Chapter does not apply to measures affecting the production, distribution, sale or exhibition of film or video recordings.', 'audiovisual', 'broad'],
    ['This Article does not apply to measures affecting the transmission of a series of text, video, images, sound recordings and other products scheduled by a content provider for aural or visual reception.', 'linear-content', 'narrow'],
    // French and Spanish
    ['Le présent chapitre ne s’applique pas aux services audiovisuels.', 'audiovisual', 'broad'],
    ['Aucune disposition du présent accord ne s’applique aux subventions accordées aux industries culturelles.', 'subsidies', 'narrow'],
    ['Nada en este Acuerdo se aplicará a las industrias culturales.', 'cultural-industries', 'broad'],
    ['Este Capítulo no se aplica a las subvenciones o apoyo gubernamental para los servicios audiovisuales.', 'subsidies', 'narrow'],
    ['Este Artículo no se aplica a las transmisiones de programas de radiodifusión programados por un proveedor de contenidos.', 'linear-content', 'narrow'],
    // State aid held compatible for cultural services is a carve-out of subsidies, however it is named.
    ['Public aid granted by a Party in the areas of public education services, health related and social services and cultural services shall be deemed compatible with the provisions of this Title.', 'subsidies', 'narrow'],
    ['State aids to promote culture and heritage conservation may be considered to be compatible with the proper functioning of this Agreement.', 'subsidies', 'narrow'],
    // What public bodies buy of films or cultural goods, left out of a procurement chapter, is all that such a carve-out takes out.
    ['This Chapter does not apply to: (a) procurement of agricultural products; (b) the acquisition of works of art, cultural goods, films and recordings; (c) employment contracts.', 'procurement', 'narrow'],
    ['This Chapter shall not cover the purchase of cultural goods and services by the entities listed in Annex 9.', 'procurement', 'narrow'],
    ['El presente Capítulo no se aplica a la adquisición de obras audiovisuales ni de bienes culturales.', 'procurement', 'narrow'],
    // A purchase in another item of the list leaves the cultural exclusion whole.
    ['This Chapter does not apply to: (a) government procurement; (b) audiovisual services.', 'audiovisual', 'broad'],
    // The creative arts named after a heritage exception in the same item keep their own subject.
    ['Nothing in this Agreement shall be construed to prevent measures necessary to protect national works or specific sites of historical or archaeological value, or to support creative arts of national value.', 'cultural-industries', 'broad'],
    ['Nothing in this Agreement shall be construed to prevent measures necessary to protect national treasures of artistic, historic or archaeological value, or to support creative arts of national value.', 'cultural-industries', 'broad'],
  ])('%s → %s (%s)', (sentence, kind, breadth) => {
    expect(subjectOf(sentence)).toMatchObject({ kind, breadth });
  });

  it('does not take a heritage exception for a cultural carve-out', () => {
    expect(subjectOf('Nothing in this Agreement shall prevent measures imposed for the protection of national treasures of artistic, historic or archaeological value.')).toBeUndefined();
    expect(subjectOf('Rien n’empêche les mesures de protection des trésors nationaux ayant une valeur artistique, historique ou archéologique.')).toBeUndefined();
    expect(isBroadCarveOut('Nothing in this Agreement shall prevent measures to protect national treasures of artistic, historic or archaeological value.', ['carve-out:culture'])).toBe(false);
  });

  it('counts only broad subjects as keeping room for cultural policy', () => {
    expect(isBroadCarveOut('This Chapter does not apply to cultural industries.')).toBe(true);
    expect(isBroadCarveOut('Nothing in this Agreement applies to subsidies with respect to audio-visual services.')).toBe(false);
    expect(isBroadCarveOut('This Article does not apply to content scheduled by a content provider.')).toBe(false);
  });
});

function assessed(extra: string[], carve: Parameters<typeof withEcommerceChapter>[1], lines = ECOMMERCE_CHAPTER) {
  return withEcommerceChapter(extra, carve, lines).assessment;
}

describe('a carve-out reaches a commitment only when its scope and its subject both cover it', () => {
  it('does not let a subsidies-only carve-out reach a ban on customs duties', () => {
    const a = assessed(['Chapter 20 Exceptions', 'Article 20.3 Subsidies', 'Nothing in this Agreement applies to subsidies or government support with respect to audio-visual services.'], (doc) => [
      finding(doc, 'cultural-exemption', '20.3', 'audio-visual services'),
    ]);
    expect(a.ecommerce.verdict).toBe('partly-covered');
    const duties = a.ecommerce.commitments.find((c) => c.kind === 'customs-duties')!;
    expect(duties.reach).toBe('none');
    expect(duties.carveOuts[0]!.why).toMatch(/subsidies does not touch a ban on customs duties/);
    expect(a.ecommerce.commitments.find((c) => c.kind === 'non-discrimination')!.reach).toBe('partial');
  });

  it('makes a commitment only partly covered by a linear-content carve-out', () => {
    const a = assessed(['2. This Article does not apply to measures affecting the transmission of a series of text, video, images and sound recordings scheduled by a content provider.'], (doc) => [
      finding(doc, 'cultural-exemption', '9.2', 'scheduled by a content provider'),
    ]);
    expect(a.ecommerce.verdict).toBe('partly-covered');
    const digital = a.ecommerce.commitments.find((c) => c.kind === 'non-discrimination')!;
    expect(digital.reach).toBe('partial');
    expect(digital.carveOuts[0]).toMatchObject({ subject: 'linear-content', breadth: 'narrow', scope: 'Article 9.2' });
  });

  it('reads a declaratory clause that recalls exceptions as reaching nothing', () => {
    const a = assessed(['Chapter 20 Exceptions', 'Article 20.1 Culture', 'The Parties recall the exceptions applicable to culture as set out in Chapters 9 and 10 of this Agreement.'], (doc) => [
      finding(doc, 'cultural-exemption', '20.1', 'applicable to culture'),
    ]);
    expect(a.ecommerce.verdict).toBe('not-covered');
    expect(a.ecommerce.commitments.every((c) => c.carveOuts.every((o) => o.declaratory && o.reach === 'none'))).toBe(true);
    expect(a.ecommerce.evidence.at(-1)!.shows).toMatch(/only recalls exceptions set out elsewhere/);
  });

  it('reads a note about an exclusion made elsewhere as reaching nothing', () => {
    const a = assessed(['Chapter 20 Exceptions', 'Article 20.1 Market Access', '1. The exclusion of audio-visual services from the scope of this Agreement is without prejudice to the cooperation on audio-visual services under Chapter 15.'], (doc) => [
      finding(doc, 'cultural-exemption', '20.1', 'exclusion of audio-visual services'),
    ]);
    expect(a.ecommerce.verdict).toBe('not-covered');
    expect(a.ecommerce.commitments.every((c) => c.carveOuts.every((o) => o.declaratory && o.reach === 'none'))).toBe(true);
  });

  it('does not reach a chapter named only inside a definition', () => {
    const a = assessed(['Chapter 12 Subsidies', 'Article 12.1 Definitions', 'A subsidy is a financial contribution.', 'Chapter 20 Exceptions', 'Article 20.2 Culture', 'For greater certainty, Chapter 20 does not apply to measures relating to cultural industries that grant subsidies, as defined in Chapter 9.'], (doc) => [
      finding(doc, 'cultural-exemption', '20.2', 'cultural industries'),
    ]);
    expect(a.ecommerce.commitments.flatMap((c) => c.carveOuts.map((o) => o.scope))).not.toContain('Chapter 9 (Electronic Commerce)');
    expect(a.ecommerce.verdict).toBe('not-covered');
  });

  // The general exception of the New Zealand and Australian agreements: a purpose clause names the chapters
  // (often as a range) before "nothing in this Agreement", and the creative arts follow a heritage phrase.
  it.each([
    ['For the purposes of Chapters 2 to 8, subject to the requirement that such measures are not applied in a manner which would constitute a disguised restriction on trade, nothing in this Agreement shall be construed to prevent the adoption or enforcement by a Party of measures necessary to protect national works or specific sites of historical or archaeological value, or to support creative arts of national value.', 'none'],
    ['For the purposes of Chapters 2 through 9, subject to the requirement that such measures are not applied in a manner which would constitute a disguised restriction on trade, nothing in this Agreement shall be construed to prevent the adoption or enforcement by a Party of measures necessary to protect national works or specific sites of historical or archaeological value, or to support creative arts of national value.', 'full'],
  ] as const)('reads the chapters a purpose clause names as the scope of a general exception: %s', (sentence, reach) => {
    const lines = ['Chapter 2 Trade in Goods', 'Article 2.1 Scope', 'This Chapter applies to trade in goods.', ...ECOMMERCE_CHAPTER, 'Chapter 15 Exceptions', 'Article 15.1 General Exceptions', sentence];
    const a = assessed([], (doc) => [finding(doc, 'cultural-exemption', '15.1', 'creative arts of national value')], lines);
    const duties = a.ecommerce.commitments.find((c) => c.kind === 'customs-duties')!;
    expect(duties.reach).toBe(reach);
    expect(duties.carveOuts[0]).toMatchObject({ subject: 'cultural-industries', breadth: 'broad' });
  });

  it('reads "This Sub-Section" as the sub-section, never the whole Section', () => {
    const lines = [
      'Chapter 9 Trade in Services and Electronic Commerce',
      'Section A Services',
      'Sub-Section 1 Cross-Border Supply',
      'Article 9.0 Scope',
      'This Sub-Section does not apply to audio-visual services.',
      'Sub-Section 2 Electronic Commerce',
      'Article 9.1 Customs Duties',
      'Neither Party shall impose customs duties on electronic transmissions between the Parties.',
      'Article 9.2 Digital Products',
      '1. Neither Party shall accord less favourable treatment to some digital products than it accords to other like digital products.',
    ];
    const a = assessed([], (doc) => [finding(doc, 'cultural-exemption', '9.0', 'audio-visual services')], lines);
    expect(a.ecommerce.verdict).toBe('not-covered');
    expect(a.ecommerce.commitments[0]!.carveOuts[0]!.scope).toBe('Sub-Section 1 (Cross-Border Supply)');
  });

  it('reaches commitments through "this Section" when the section holds them', () => {
    const lines = ['Chapter 9 Trade', 'Section A Electronic Commerce', ...ECOMMERCE_CHAPTER.slice(1), 'Article 9.3 Culture', 'This Section does not apply to audio-visual services.'];
    const a = assessed([], (doc) => [finding(doc, 'cultural-exemption', '9.3', 'audio-visual services')], lines);
    expect(a.ecommerce.verdict).toBe('covered');
  });

  it('carries the carve-outs of the chapters a routing clause sends electronic services to', () => {
    const doc = agreement([
      'Chapter 8 Cross-Border Trade in Services',
      'Article 8.1 Scope',
      'This Chapter does not apply to audio-visual services.',
      'Chapter 9 Electronic Commerce',
      'Article 9.1 Customs Duties',
      'Neither Party shall impose customs duties on electronic transmissions between the Parties.',
      'Article 9.2 Services Supplied Electronically',
      'The supply of a service using electronic means is subject to the obligations of this Agreement, and this Chapter does not impose an obligation to allow the supply of a service using electronic means except in accordance with the provisions of this Agreement.',
    ], ['CAN', 'JOR']);
    const a = assess(doc, detections([finding(doc, 'ecommerce', '9.1', 'customs duties'), finding(doc, 'ecommerce', '9.2', 'supply of a service'), finding(doc, 'cultural-exemption', '8.1', 'audio-visual services')]));
    const services = a.ecommerce.commitments.find((c) => c.kind === 'market-access')!;
    expect(services.reach).toBe('full');
    expect(services.carveOuts[0]!.why).toMatch(/routes services delivered electronically to Chapter 8/);
    expect(a.ecommerce.commitments.find((c) => c.kind === 'customs-duties')!.reach).toBe('none');
    expect(a.ecommerce.verdict).toBe('partly-covered');
  });

  it('lets the article\'s words tell which kinds a rule tagged with several kinds found', () => {
    const doc = { ...agreement(['Chapter 9 Comercio Electrónico', 'Article 9.1 Derechos Aduaneros', 'Ninguna Parte impondrá aranceles aduaneros a la importación de productos digitales por transmisión electrónica.'], ['CAN', 'JOR']), language: 'es' as const };
    const a = assess(doc, detections([finding(doc, 'ecommerce', '9.1', 'aranceles aduaneros', ['ecommerce:customs-duties', 'ecommerce:non-discrimination'])]));
    expect(a.ecommerce.commitments.map((c) => c.kind)).toEqual(['customs-duties']);
  });

  it('does not count cooperation or dialogue on e-commerce as a commitment', () => {
    const doc = agreement(['Chapter 9 Electronic Commerce', 'Article 9.1 Cooperation', 'The Parties shall cooperate and maintain a dialogue on customs duties on electronic transmissions and on digital products.'], ['CAN', 'JOR']);
    const a = assess(doc, detections([finding(doc, 'ecommerce', '9.1', 'customs duties')]));
    expect(a.ecommerce.verdict).toBe('no-ecommerce');
  });

  it('states for each commitment each carve-out with its scope and subject, in words', () => {
    const a = assessed(['Chapter 20 Exceptions', 'Article 20.5 Cultural Industries', 'Nothing in this Agreement shall be construed to apply to measures adopted or maintained with respect to cultural industries.'], (doc) => [
      finding(doc, 'cultural-exemption', '20.5', 'cultural industries'),
    ]);
    expect(a.ecommerce.verdict).toBe('covered');
    const chain = a.ecommerce.evidence.map((s) => s.shows);
    expect(chain[0]).toMatch(/scope the whole agreement .*subject the cultural industries \(broad/);
    expect(chain[1]).toMatch(/Article 20\.5 \(the cultural industries\) reaches it: its scope \(the whole agreement\) takes in Article 9\.1/);
  });

  it('resolves chapters named in Spanish and French ("los Capítulos 9 y 10", "les chapitres 9 et 10")', () => {
    for (const clause of ['Los Capítulos 9 y 10 no se aplican a las medidas relativas a las industrias culturales.', 'Les chapitres 9 et 10 ne s’appliquent pas aux mesures relatives aux industries culturelles.']) {
      const a = assessed(['Chapter 20 Exceptions', 'Article 20.4 Culture', clause], (doc) => [finding(doc, 'cultural-exemption', '20.4', clause.includes('culturelles') ? 'industries culturelles' : 'industrias culturales')]);
      expect(a.ecommerce.verdict, clause).toBe('covered');
      expect(a.ecommerce.commitments[0]!.carveOuts[0]!.scope).toBe('Chapter 9 (Electronic Commerce)');
    }
  });

  it('reads a French and a Spanish subsidies-only carve-out as not reaching customs duties', () => {
    for (const clause of ['Aucune disposition du présent accord ne s’applique aux subventions accordées aux industries culturelles.', 'Nada en este Acuerdo se aplicará a las subvenciones para las industrias culturales.']) {
      const a = assessed(['Chapter 20 Exceptions', 'Article 20.3 Culture', clause], (doc) => [finding(doc, 'cultural-exemption', '20.3', clause.includes('culturelles') ? 'industries culturelles' : 'industrias culturales')]);
      expect(a.ecommerce.commitments.find((c) => c.kind === 'customs-duties')!.reach).toBe('none');
    }
  });
});

describe('the sample agreement whose only carve-outs are narrow', () => {
  it('is partly covered, its duty ban reached by neither carve-out, and its carve-outs keep no room for cultural policy', async () => {
    const { readAgreement } = await import('../../src/ingest/index.js');
    const { scanDocument } = await import('../../src/engine/index.js');
    const { loadRuleSet } = await import('../../src/rules/index.js');
    const { BUILTIN_RULES_DIR, PACKAGE_ROOT } = await import('../../src/paths.js');
    const doc = await readAgreement(`${PACKAGE_ROOT}/corpus/calderra-solana-tpa.txt`);
    const a = assess(doc, scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR])));
    expect(a.ecommerce.verdict).toBe('partly-covered');
    const subjects = a.ecommerce.commitments.flatMap((c) => c.carveOuts.map((o) => `${o.articleNumber} ${o.subject} ${o.breadth}`));
    expect([...new Set(subjects)].sort()).toEqual(['3.3 linear-content narrow', '4.2 subsidies narrow']);
    expect(a.ecommerce.commitments.find((c) => c.kind === 'customs-duties')?.reach).toBe('none');
    expect(a.ecommerce.commitments.find((c) => c.kind === 'non-discrimination')?.reach).toBe('partial');
    const carveOuts = a.findings.filter((f) => f.category === 'cultural-exemption');
    expect(carveOuts).toHaveLength(2);
    expect(carveOuts.some((f) => isBroadCarveOut(f.forceSentence, f.tags))).toBe(false);
    expect(a.checklist.find((i) => i.item === 'og-19.5')?.status).toBe('absent');
  });
});
