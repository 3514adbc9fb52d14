import { describe, expect, it } from 'vitest';
import { MAX_CARVE_OUTS_PER_COMMITMENT } from '../../src/assess/ecommerce.js';
import { assess } from '../../src/assess/index.js';
import { agreement, detections, ECOMMERCE_CHAPTER, finding, withEcommerceChapter } from './build.js';

/** The chapter with a scheduled-content exclusion in its digital-products article. */
const ECOMMERCE = [...ECOMMERCE_CHAPTER, '2. This Article does not apply to measures affecting the electronic transmission of a series of text, video, images and sound recordings scheduled by a content provider.'];

function verdictOf(extra: string[], carve: Parameters<typeof withEcommerceChapter>[1]) {
  return withEcommerceChapter(extra, carve, ECOMMERCE).assessment;
}

describe('e-commerce verdict', () => {
  it('is covered when a whole-agreement cultural exception reaches every commitment', () => {
    const a = verdictOf(['Chapter 20 Exceptions', 'Article 20.5 Cultural Industries', 'Nothing in this Agreement shall be construed to apply to measures adopted or maintained with respect to cultural industries.'], (doc) => [
      finding(doc, 'cultural-exemption', '20.5', 'cultural industries'),
    ]);
    expect(a.ecommerce.verdict).toBe('covered');
    expect(a.ecommerce.evidence.map((s) => s.articleNumber)).toEqual(['20.5', '9.1', '9.2']);
    expect(a.checklist.find((i) => i.item === 'og-19.4')?.status).toBe('present');
    // An exclusion put as a rule of construction binds as "does not apply" does (CHECKLIST: "is not to be construed to apply").
    expect(a.findings.find((f) => f.location.articleNumber === '20.5')?.legalForce).toBe('binding');
  });

  it('is partly covered when only a broadcasting carve-out inside the digital-products article exists, naming what escapes', () => {
    const a = verdictOf([], (doc) => [finding(doc, 'cultural-exemption', '9.2', 'scheduled by a content provider', ['carve-out:broadcasting'])]);
    expect(a.ecommerce.verdict).toBe('partly-covered');
    expect(a.ecommerce.notReached).toEqual(['customs-duties', 'non-discrimination']);
    expect(a.ecommerce.explanation).toMatch(/customs duties/);
    expect(a.checklist.find((i) => i.item === 'og-19.4')?.status).toBe('partial');
  });

  it('is partly covered when an audio-visual carve-out reaches the digital-products article but not customs duties', () => {
    const a = verdictOf(['3. Paragraph 1 does not prevent a Party from adopting measures in the audio-visual sector.'], (doc) => [
      finding(doc, 'cultural-exemption', '9.2', 'audio-visual sector'),
    ]);
    expect(a.ecommerce.verdict).toBe('partly-covered');
    expect(a.ecommerce.notReached).toEqual(['customs-duties']);
  });

  it('is not covered when the only carve-out sits in another chapter', () => {
    const a = verdictOf(['Chapter 10 Telecommunications', 'Article 10.1 Scope', 'This Chapter does not apply to any measure relating to broadcast or cable distribution of radio or television programming.'], (doc) => [
      finding(doc, 'cultural-exemption', '10.1', 'broadcast or cable distribution', ['carve-out:broadcasting']),
    ]);
    expect(a.ecommerce.verdict).toBe('not-covered');
    expect(a.ecommerce.explanation).toMatch(/Chapter 10/);
    expect(a.checklist.find((i) => i.item === 'og-19.4')?.status).toBe('absent');
  });

  it('resolves "this Chapter" to the carve-out\'s own enclosing chapter', () => {
    const a = verdictOf(['Article 9.9 Culture', 'This Chapter does not apply to audio-visual services.'], (doc) => [finding(doc, 'cultural-exemption', '9.9', 'audio-visual services')]);
    expect(a.ecommerce.verdict).toBe('covered');
  });

  it('resolves a named chapter ("Chapter 9 does not apply")', () => {
    const a = verdictOf(['Chapter 20 Exceptions', 'Article 20.1 Culture', 'For greater certainty, Chapter 9 (Electronic Commerce) does not apply to measures relating to cultural industries.'], (doc) => [
      finding(doc, 'cultural-exemption', '20.1', 'cultural industries'),
    ]);
    expect(a.ecommerce.verdict).toBe('covered');
  });

  it('sets out a bounded number of carve-outs per commitment, keeping the one that reaches it and counting the rest', () => {
    const elsewhere = Array.from({ length: 30 }, (_, i) => [`Chapter ${30 + i} Telecommunications`, `Article ${30 + i}.1 Scope`, 'This Chapter does not apply to any measure relating to broadcast or cable distribution of radio or television programming.']).flat();
    const a = verdictOf([...elsewhere, 'Chapter 90 Exceptions', 'Article 90.5 Cultural Industries', 'Nothing in this Agreement shall be construed to apply to measures adopted or maintained with respect to cultural industries.'], (doc) => [
      ...Array.from({ length: 30 }, (_, i) => finding(doc, 'cultural-exemption', `${30 + i}.1`, 'broadcast or cable distribution', ['carve-out:broadcasting'])),
      finding(doc, 'cultural-exemption', '90.5', 'cultural industries'),
    ]);
    expect(a.ecommerce.verdict).toBe('covered');
    for (const commitment of a.ecommerce.commitments) {
      expect(commitment.carveOuts).toHaveLength(MAX_CARVE_OUTS_PER_COMMITMENT);
      expect(commitment.carveOutsNotListed).toBe(31 - MAX_CARVE_OUTS_PER_COMMITMENT);
      expect(commitment.carveOuts.map((c) => c.articleNumber)).toContain('90.5');
      expect(commitment.carveOuts.map((c) => c.articleNumber)).toEqual(commitment.carveOuts.map((c) => c.articleNumber).toSorted((x, y) => parseFloat(x) - parseFloat(y)));
    }
    expect(a.ecommerce.evidence.find((s) => s.articleNumber === '9.1')?.shows).toMatch(new RegExp(`${31 - MAX_CARVE_OUTS_PER_COMMITMENT} more carve-out\\(s\\) are not listed`));
  });

  it('says no-ecommerce when there is nothing to reach', () => {
    const doc = agreement(['Chapter 1 Culture', 'Article 1.1 Cooperation', 'The Parties shall cooperate in the audio-visual field.'], ['FRA', 'SEN']);
    const a = assess(doc, detections([finding(doc, 'cultural-cooperation', '1.1', 'audio-visual field')]));
    expect(a.ecommerce.verdict).toBe('no-ecommerce');
    expect(a.checklist.find((i) => i.item === 'og-19.4')?.status).toBe('not-applicable');
  });

  it('reads a Spanish or French declaration that the services obligations reach services supplied electronically as market access', () => {
    const declarations: Array<[string, 'es' | 'fr']> = [
      ['Para mayor certeza, las Partes afirman que las medidas que afectan el suministro de un servicio mediante la utilización de un medio electrónico están dentro del alcance de las obligaciones contenidas en las disposiciones pertinentes del Capítulo 10 (Comercio Transfronterizo de Servicios).', 'es'],
      ["Il est entendu que les Parties affirment que les mesures touchant la fourniture d'un service par voie électronique relèvent du champ d'application des obligations énoncées au chapitre 10 (Commerce transfrontières des services).", 'fr'],
    ];
    for (const [declaration, language] of declarations) {
      const doc = { ...agreement(['Chapter 10 Services', 'Article 10.1 Scope', 'Chapter 14 Electronic Commerce', 'Article 14.3 Services', declaration], ['CAN', 'JOR']), language };
      const a = assess(doc, detections([finding(doc, 'ecommerce', '14.3', 'servic'), finding(doc, 'ecommerce-commitment', '14.3', 'servic', ['ecommerce:market-access'])]));
      expect(a.ecommerce.commitments.map((c) => c.kind), declaration).toEqual(['market-access']);
    }
  });

  it('reads a deemed-services clause as market access reached by a services-section audio-visual exclusion', () => {
    const doc = agreement([
      'Chapter 6 Establishment, Trade in Services and Electronic Commerce',
      'Article 92 Scope', 'This Section applies to measures affecting the cross-border supply of all services sectors with the exception of: (a) audio-visual services; and (b) national maritime cabotage.',
      'Article 93 Market Access', 'Each Party shall accord services of the other Party treatment no less favourable than in its commitments.',
      'Article 139 Objective and Principles', 'The Parties agree that electronic transmissions shall be considered as the provision of services, within the meaning of Section 3 of this Chapter, which cannot be subject to customs duties.',
    ], ['DEU', 'UKR']);
    const a = assess(doc, detections([finding(doc, 'cultural-exemption', '92', 'audio-visual services'), finding(doc, 'ecommerce', '139', 'electronic transmissions')]));
    expect(a.ecommerce.verdict).toBe('partly-covered');
    expect(a.ecommerce.notReached).toEqual(['customs-duties']);
  });

  it('leaves the establishment Section\'s audio-visual exclusion out of services deemed supplied across borders, when the routing names cross-border supply', () => {
    const doc = agreement([
      'Chapter 6 Establishment, Trade in Services and Electronic Commerce',
      'Article 78 Scope', 'This Section applies to measures adopted or maintained by the Parties affecting establishment in all economic activities with the exception of: (a) mining; (b) audiovisual services; and (c) national maritime cabotage.',
      'Article 83 Scope', 'This Section applies to measures of the Parties affecting the cross-border supply of all services sectors with the exception of: (a) audiovisual services; and (b) national maritime cabotage.',
      'Article 127 Objective and Principles', 'The Parties agree that electronic transmissions shall be considered as the provision of services, within the meaning of Section 3 (Cross-border Supply of Services) of this Chapter, which cannot be subject to customs duties.',
    ], ['DEU', 'GEO']);
    const a = assess(doc, detections([finding(doc, 'cultural-exemption', '78', 'audiovisual services'), finding(doc, 'cultural-exemption', '83', 'audiovisual services'), finding(doc, 'ecommerce', '127', 'electronic transmissions')]));
    expect(a.ecommerce.verdict).toBe('partly-covered');
    const routed = a.ecommerce.commitments.find((c) => c.kind === 'market-access')!;
    expect(routed.reach).toBe('full');
    expect(routed.carveOuts.map((c) => [c.articleNumber, c.reach])).toEqual([['78', 'none'], ['83', 'full']]);
  });

  it('reads a commitment on services supplied or transmitted electronically, or not to restrict electronic commerce, as market access; cooperation on them is none', () => {
    const commitments: Array<[string, 'en' | 'es' | 'fr']> = [
      ['Each Party shall ensure that its measures governing electronic commerce do not discriminate the supply of services transmitted electronically against the supply of like services by other means.', 'en'],
      ["Each Party shall seek to refrain from: (a) imposing unnecessary barriers on electronic transmissions; and (b) impeding the supply through electronic means of services subject to a commitment under Chapter 4, except as otherwise set forth in the Party's Schedule of specific commitments.", 'en'],
      ['Unless otherwise specified in its List of Reservations, each Party shall not adopt or maintain measures that unduly prohibit or restrict electronic commerce.', 'en'],
      ['Ninguna Parte obstaculizará el suministro de servicios por medios electrónicos, salvo lo dispuesto en su Lista de compromisos específicos.', 'es'],
      ["Aucune Partie n'impose de restrictions à la fourniture de services par voie électronique, sauf dans sa liste d'engagements spécifiques.", 'fr'],
    ];
    for (const [sentence, language] of commitments) {
      const doc = { ...agreement(['Chapter 14 Electronic Commerce', 'Article 14.3 Services', sentence], ['CHE', 'JOR']), language };
      const a = assess(doc, detections([finding(doc, 'ecommerce', '14.3', sentence.slice(0, 20))]));
      expect(a.ecommerce.commitments.map((c) => c.kind), sentence).toEqual(['market-access']);
    }
    for (const sentence of ['The Parties shall cooperate on the supply of services by electronic means and on electronic commerce.', 'The Parties shall exchange information on financial services, including those provided by electronic means.']) {
      const doc = agreement(['Chapter 14 Electronic Commerce', 'Article 14.3 Cooperation', sentence], ['CHE', 'JOR']);
      const a = assess(doc, detections([finding(doc, 'ecommerce', '14.3', sentence.slice(0, 20))]));
      expect(a.ecommerce.commitments, sentence).toEqual([]);
    }
  });
});
