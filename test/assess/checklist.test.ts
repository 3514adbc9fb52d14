import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import type { ChecklistItemId, Status } from '../../src/assess/types.js';
import type { AgreementDocument, FindingOrSignal } from '../../src/model.js';
import { agreement, detections, finding } from './build.js';

/** One scenario: a small agreement, the findings a rule pack would give, and the status one item must get. */
interface Case {
  item: ChecklistItemId;
  status: Status;
  parties?: string[];
  lines: string[];
  findings: (doc: AgreementDocument) => FindingOrSignal[];
}

const NORTH_SOUTH = ['FRA', 'SEN'];
const cases: Case[] = [
  { item: 'art-16', status: 'present', parties: NORTH_SOUTH, lines: ['Article 1 Entry of Artists', 'France shall allow the entry and temporary stay of artists of Senegal for up to 90 days.'], findings: (d) => [finding(d, 'preferential-treatment', '1', 'entry and temporary stay of artists')] },
  { item: 'art-16', status: 'partial', parties: NORTH_SOUTH, lines: ['Article 1 Assistance', 'France shall endeavour to provide technical assistance to the cultural industries of Senegal.'], findings: (d) => [finding(d, 'preferential-treatment', '1', 'technical assistance')] },
  { item: 'art-16', status: 'absent', parties: NORTH_SOUTH, lines: ['Article 1 Goods', 'Each Party shall eliminate customs duties.'], findings: () => [] },
  { item: 'art-16', status: 'not-applicable', parties: ['CAN', 'JPN'], lines: ['Article 1 Goods', 'Each Party shall eliminate customs duties.'], findings: () => [] },
  { item: 'art-21', status: 'present', lines: ['Article 1 Culture', 'The Parties shall cooperate within UNESCO to promote the objectives of the Convention.'], findings: (d) => [finding(d, 'international-coordination', '1', 'within UNESCO')] },
  // Naming the Convention without a commitment to promote it is partial; a recital on other fora alone is not enough.
  { item: 'art-21', status: 'partial', lines: ['Preamble', 'Recalling the Convention on the Protection and Promotion of the Diversity of Cultural Expressions;', 'Recognising the importance of promoting cultural diversity in international forums;', 'Chapter 1 Goods', 'Article 1 Goods', 'Each Party shall eliminate customs duties.'], findings: (d) => [finding(d, 'convention-reference', 'preamble', 'Convention on the Protection'), finding(d, 'international-coordination', 'preamble', 'international forums')] },
  { item: 'art-21', status: 'absent', lines: ['Article 1 Goods', 'Each Party shall eliminate customs duties.'], findings: () => [] },
  { item: 'og-18.1', status: 'present', parties: NORTH_SOUTH, lines: ['Article 1 Co-production', 'Audiovisual co-productions of the Parties shall be deemed national works and shall be eligible for support programmes, including for online distribution.'], findings: (d) => [finding(d, 'cultural-cooperation', '1', 'co-productions')] },
  { item: 'og-18.1', status: 'partial', parties: NORTH_SOUTH, lines: ['Article 1 Co-production', 'The Parties shall encourage co-production in the fields of cinema and television.'], findings: (d) => [finding(d, 'cultural-cooperation', '1', 'co-production')] },
  { item: 'og-18.1', status: 'absent', parties: NORTH_SOUTH, lines: ['Article 1 Culture', 'The Parties shall promote cultural exchanges.'], findings: (d) => [finding(d, 'cultural-cooperation', '1', 'cultural exchanges')] },
  { item: 'og-18.1', status: 'not-applicable', parties: ['DEU', 'USA'], lines: ['Article 1 Culture', 'The Parties shall promote co-production.'], findings: (d) => [finding(d, 'cultural-cooperation', '1', 'co-production')] },
  { item: 'og-18.2', status: 'present', parties: NORTH_SOUTH, lines: ['Article 1 Digital Access', 'France shall grant market access to audiovisual services of Senegal supplied by electronic means.'], findings: (d) => [finding(d, 'preferential-treatment', '1', 'market access')] },
  { item: 'og-18.2', status: 'partial', parties: NORTH_SOUTH, lines: ['Article 1 Digital Access', 'France shall endeavour to open its online distribution programmes to audiovisual works of Senegal.'], findings: (d) => [finding(d, 'preferential-treatment', '1', 'online distribution programmes')] },
  { item: 'og-18.2', status: 'absent', parties: NORTH_SOUTH, lines: ['Article 1 Entry of Artists', 'France shall allow the entry of artists of Senegal.'], findings: (d) => [finding(d, 'preferential-treatment', '1', 'entry of artists')] },
  { item: 'og-18.2', status: 'not-applicable', parties: ['SEN', 'CIV'], lines: ['Article 1 Goods', 'Each Party shall eliminate customs duties.'], findings: () => [] },
  { item: 'og-19.1', status: 'present', lines: ['Article 1 Relation to the Convention', 'The Parties shall implement this Agreement so that it is complementary to the UNESCO Convention on the Protection and Promotion of the Diversity of Cultural Expressions.'], findings: (d) => [finding(d, 'convention-reference', '1', 'UNESCO Convention')] },
  { item: 'og-19.1', status: 'partial', lines: ['Preamble', 'Recalling the UNESCO Convention on the Protection and Promotion of the Diversity of Cultural Expressions and its complementarity with trade rules;', 'Article 1 Goods', 'Each Party shall eliminate customs duties.'], findings: (d) => [finding(d, 'convention-reference', 'preamble', 'UNESCO Convention')] },
  { item: 'og-19.1', status: 'absent', lines: ['Article 1 Goods', 'Each Party shall eliminate customs duties.'], findings: () => [] },
  { item: 'og-19.2', status: 'present', lines: ['Chapter 1 Institutions', 'Article 1 Civil Society Platform', 'The Parties shall establish a Civil Society Platform to exchange views on the implementation of this Agreement.'], findings: (d) => [finding(d, 'civil-society-participation', '1', 'Civil Society Platform', ['participation:body'])] },
  // A body confined to labour, environment or sustainable development does not reach culture.
  { item: 'og-19.2', status: 'partial', lines: ['Chapter 1 Trade and Sustainable Development', 'Article 1 Domestic Advisory Groups', 'Each Party shall convene a domestic advisory group on sustainable development.'], findings: (d) => [finding(d, 'civil-society-participation', '1', 'domestic advisory group', ['participation:body', 'remit:other-field'])] },
  { item: 'og-19.2', status: 'absent', lines: ['Article 1 Goods', 'Each Party shall eliminate customs duties.'], findings: () => [] },
  { item: 'og-19.3', status: 'present', lines: ['Chapter 1 Institutions', 'Article 1 Committee', 'The Parties shall establish a Sub-Committee on Cultural Cooperation.'], findings: (d) => [finding(d, 'culture-coordination', '1', 'Sub-Committee on Cultural Cooperation', ['role:culture-body'])] },
  { item: 'og-19.3', status: 'partial', lines: ['Chapter 1 Institutions', 'Article 1 Joint Committee', 'The Parties shall endeavour to associate their ministries of culture with the work of the Joint Committee.'], findings: (d) => [finding(d, 'culture-coordination', '1', 'ministries of culture', ['role:authorities'])] },
  { item: 'og-19.3', status: 'absent', lines: ['Article 1 Goods', 'Each Party shall eliminate customs duties.'], findings: () => [] },
  { item: 'og-19.5', status: 'present', lines: ['Article 1 Culture', 'The Parties recall the UNESCO Convention on the Protection and Promotion of the Diversity of Cultural Expressions and retain the right to regulate to promote cultural diversity.'], findings: (d) => [finding(d, 'convention-reference', '1', 'UNESCO Convention'), finding(d, 'policy-space', '1', 'right to regulate')] },
  { item: 'og-19.5', status: 'partial', lines: ['Article 1 Culture', 'The Parties recall the UNESCO Convention on the Protection and Promotion of the Diversity of Cultural Expressions.'], findings: (d) => [finding(d, 'convention-reference', '1', 'UNESCO Convention')] },
  { item: 'og-19.5', status: 'absent', lines: ['Article 1 Goods', 'Each Party shall eliminate customs duties.'], findings: () => [] },
];

describe('checklist statuses', () => {
  it.each(cases)('$item is $status', (c) => {
    const doc = agreement(c.lines, c.parties);
    const item = assess(doc, detections(c.findings(doc))).checklist.find((i) => i.item === c.item)!;
    expect(item.status).toBe(c.status);
    expect(item.explanation.length).toBeGreaterThan(60);
    expect(item.reference.summary.length).toBeGreaterThan(20);
  });

  // Cooperation that names the developing Party as the one helped is partial; an exchange naming both sides, or neither, is not aimed at it.
  it.each([
    ['partial', 'The Parties shall promote audiovisual cooperation. They shall seek ways of associating Senegal with Community programmes for the film industry, so as to enable co-production and training.'],
    ['absent', 'The Parties shall support the mobility of artists between the European Union and Senegal.'],
    ['absent', 'The Parties shall support cultural exchanges between France and Senegal.'],
    ['absent', 'The Parties shall support cultural exchanges and the training of artists.'],
  ] as const)('art-16 is %s for cultural cooperation: %s', (status, sentence) => {
    const doc = agreement(['Article 1 Cultural Cooperation', sentence], NORTH_SOUTH);
    const item = assess(doc, detections([finding(doc, 'cultural-cooperation', '1', 'The Parties shall')])).checklist.find((i) => i.item === 'art-16')!;
    expect(item.status).toBe(status);
  });

  // Para. 18.1 is read sentence by sentence: the status rests on the sentence that speaks of co-production, at
  // that sentence's own force, and the explanation quotes it (not the article's first sentence).
  it.each([
    ['partial', 'shall seek to encourage cooperation in such areas as co-production', ['1. The Parties agree to promote cultural cooperation in fields of mutual interest.', '2. Cooperation in the field of audiovisual media shall seek to encourage cooperation in such areas as co-production and training.']],
    ['present', 'hereby agree on the Agreement between France and Senegal concerning Audio-Visual Co-Production', ['1. The Parties recognise that audio-visual co-productions can contribute to cultural exchanges between them.', '2. The Parties hereby agree on the Agreement between France and Senegal concerning Audio-Visual Co-Production, which is annexed to this Agreement.']],
    ['present', 'the Parties hereby agree on Annex 9-C', ['Recognising that film co-productions can contribute to cultural exchange between them, the Parties hereby agree on Annex 9-C.']],
    ['present', 'shall be deemed to be national productions', ['1. The Parties shall promote cultural exchanges.', '2. Co-produced projects in compliance with the co-production agreement shall be deemed to be national productions in the territory of each Party.']],
    ['absent', '', ['1. The Parties recognise that co-productions contribute to cultural exchanges between them.', '2. The Parties shall promote cultural exchanges.']],
    ['partial', 'The objectives of this Chapter are to: … (c) encourage co-production of films;', ['The objectives of this Chapter are to: (a) promote cultural exchanges; (b) improve access to support programmes for small enterprises; (c) encourage co-production of films; and (d) foster innovation.']],
    // Other collaboration in the audiovisual industries: training of media professionals, production of programmes.
    ['partial', 'training and exchange programmes for journalists and media professionals', ['1. The Parties shall promote cultural cooperation.', '2. The Parties shall encourage cooperation in the field of press and audiovisual media. Cooperation shall be sought, inter alia, through: (a) promotion of the development of human resources, in particular through training and exchange programmes for journalists and media professionals; (b) encouragement of wider access to sources of information for the media.']],
    ['partial', 'joint production of audiovisual programmes', ['The Parties shall develop cultural cooperation in the audiovisual field through the joint production of audiovisual programmes.']],
    ['absent', '', ['The Parties shall support cultural exchanges and the training of artists.']],
  ] as const)('og-18.1 is %s on the sentence "%s"', (status, quoted, body) => {
    const doc = agreement(['Article 1 Cultural Cooperation', ...body], NORTH_SOUTH);
    const item = assess(doc, detections([finding(doc, 'cultural-cooperation', '1', 'cultural')])).checklist.find((i) => i.item === 'og-18.1')!;
    expect(item.status).toBe(status);
    if (quoted) expect(item.explanation).toContain(quoted);
  });

  it('reads the developed Party\'s cultural programmes opened to the developing Party as help aimed at it (Art. 16 partial)', () => {
    const doc = agreement(['Article 1 Cultural Cooperation', '1. The Parties agree to promote cultural cooperation.', '2. The Parties agree that existing cultural programmes of the Community and further activities of interest to both sides can be extended to Senegal.'], NORTH_SOUTH);
    const item = assess(doc, detections([finding(doc, 'cultural-cooperation', '1', 'cultural cooperation')])).checklist.find((i) => i.item === 'art-16')!;
    expect(item.status).toBe('partial');
    expect(item.explanation).toContain('can be extended to Senegal');
  });

  // Culture authorities named for an instrument still to be negotiated take no part yet, however firmly worded (CHECKLIST: partial).
  it('og-19.3 is partial for culture authorities named only for a future instrument', () => {
    const doc = agreement(['Chapter 1 Cooperation', 'Article 1 Co-production', 'The co-production agreement shall be negotiated between the competent authorities of the Parties, which are the Ministry of Culture of France and the Ministry of Communication of Senegal.']);
    const item = assess(doc, detections([finding(doc, 'culture-coordination', '1', 'Ministry of Culture', ['role:authorities', 'instrument:future'])])).checklist.find((i) => i.item === 'og-19.3')!;
    expect(item.status).toBe('partial');
  });

  // Para. 18.2 asks that the preference itself cover digital delivery. A binding grant whose own words are
  // technology-neutral, in an article whose other paragraph speaks of the digital environment, is partial
  // (CHECKLIST: "technology-neutral wording"); the grant that names digital delivery is present.
  it.each([
    ['partial', 'Co-productions shall be entitled to the benefits accorded to national works of each Party.', 'entitled to the benefits'],
    ['present', 'Co-productions shall be entitled to the benefits accorded to national works of each Party, including for their online distribution.', 'entitled to the benefits'],
  ])('og-18.2 is %s for "%s" beside a paragraph on the digital environment', (status, grant, phrase) => {
    const doc = agreement(['Article 1 Co-productions', '1. The Parties shall facilitate co-productions between France and Senegal, including in the digital environment.', `2. ${grant}`], NORTH_SOUTH);
    const item = assess(doc, detections([finding(doc, 'preferential-treatment', '1', phrase)])).checklist.find((i) => i.item === 'og-18.2')!;
    expect(item.status).toBe(status);
  });

  // Binding help for the developing Party's cultural sector is still help, not a grant of preferential treatment: partial at any force.
  it.each([
    ['partial', 'France shall contribute to strengthening the cultural industries of Senegal through technical assistance and training.'],
    ['partial', 'France shall provide technical assistance to the film and music industries of Senegal.'],
    // Help beside a grant in the same sentence: the grant decides.
    ['present', 'France shall grant market access to the audiovisual services of Senegal and shall provide technical assistance to its cultural industries.'],
    ['present', 'France shall facilitate the entry and temporary stay of artists of Senegal and provide training to them.'],
  ])('Art. 16 is %s for "%s"', (status, sentence) => {
    const doc = agreement(['Article 1 Cultural Industries', sentence], NORTH_SOUTH);
    const item = assess(doc, detections([finding(doc, 'preferential-treatment', '1', 'France')])).checklist.find((i) => i.item === 'art-16')!;
    expect(item.status).toBe(status);
  });

  it('keeps no room for cultural policy with a definition of the words a carve-out uses: para. 19.5 rests on the excluding clause', () => {
    const d = agreement(['Preamble', 'Recalling the UNESCO Convention on the Protection and Promotion of the Diversity of Cultural Expressions;', 'Chapter 18 Exceptions', 'Article 18.1 Definitions', 'For the purposes of this Chapter: person engaged in a cultural industry means a person engaged in the production, distribution, sale or exhibition of film or video recordings.', 'Article 18.6 Cultural Industries', 'This Agreement does not apply to a measure adopted or maintained by a Party with respect to a person engaged in a cultural industry.'], ['CAN', 'UKR']);
    const definition = finding(d, 'cultural-exemption', '18.1', 'cultural industry means');
    const convention = finding(d, 'convention-reference', 'preamble', 'UNESCO Convention');
    expect(assess(d, detections([convention, definition])).checklist.find((i) => i.item === 'og-19.5')?.status).toBe('partial');
    const both = assess(d, detections([convention, definition, finding(d, 'cultural-exemption', '18.6', 'does not apply')])).checklist.find((i) => i.item === 'og-19.5')!;
    expect(both.status).toBe('present');
    expect(both.findings.map((f) => f.location.articleNumber)).toEqual(['preamble', '18.6']);
  });

  it('covers every status of every item that can take it (og-19.4 is covered by the e-commerce tests)', () => {
    const seen = new Set(cases.map((c) => `${c.item}:${c.status}`));
    expect(seen.size).toBe(cases.length);
    for (const item of ['art-16', 'og-18.1', 'og-18.2'] as const) for (const s of ['present', 'partial', 'absent', 'not-applicable']) expect(seen.has(`${item}:${s}`)).toBe(true);
  });

  it('leaves Art. 16 and paras. 18.1-18.2 undetermined, never absent, when the Parties are unknown', () => {
    const doc = agreement(['Article 1 Goods', 'Each Party shall eliminate customs duties.']);
    const a = assess(doc, detections([]));
    for (const id of ['art-16', 'og-18.1', 'og-18.2']) {
      const item = a.checklist.find((i) => i.item === id)!;
      expect(item.status).toBe('undetermined');
      expect(item.explanation).toMatch(/does not say who its Parties are/);
    }
    expect(a.parties.from).toBe('unknown');
  });

  it('records that dispute settlement does not apply to a chapter and says so on the item', () => {
    const doc = agreement([
      'Chapter 1 Cultural Cooperation', 'Article 1.1 Cooperation', 'The Parties shall cooperate within UNESCO to promote cultural diversity.',
      'Article 1.2 Non-Application of Dispute Settlement', 'Chapter 5 (Dispute Settlement) shall not apply to this Chapter.',
      'Chapter 5 Dispute Settlement', 'Article 5.1 Scope', 'This Chapter applies to disputes under this Agreement.',
    ]);
    const a = assess(doc, detections([finding(doc, 'international-coordination', '1.1', 'within UNESCO')]));
    expect(a.findings[0]?.disputeSettlementExcluded?.by).toMatch(/shall not apply to this Chapter/);
    expect(a.checklist.find((i) => i.item === 'art-21')?.explanation).toMatch(/Dispute settlement does not apply/);
  });
});
