import { describe, expect, it } from 'vitest';
import { assess, itemEvidence } from '../../src/assess/index.js';
import { agreement, detections, finding } from './build.js';

/**
 * Para. 19.4 rests on the e-commerce commitments and on the carve-outs that reach them (CHECKLIST:
 * "Each status must rest on the sentence that justifies it"): the brief quotes the commitment where
 * it is written first, not the chapter's definitions, its scope article or its opening recital, nor a
 * carve-out of another chapter that reaches no commitment.
 */
describe('para. 19.4: what the status rests on', () => {
  const doc = agreement([
    'Chapter 9 Electronic Commerce',
    'Article 9.1 General', 'The Parties recognise the economic growth and opportunity provided by electronic commerce.',
    'Article 9.2 Definitions', 'For the purposes of this Chapter: digital products means computer programmes, text, video, images and sound recordings that are digitally encoded.',
    'Article 9.3 Digital Products',
    '1. Neither Party shall impose customs duties on electronic transmissions of digital products between the Parties.',
    '2. This Article does not apply to measures affecting the electronic transmission of a series of text, video, images and sound recordings scheduled by a content provider.',
    'Chapter 10 Telecommunications',
    'Article 10.1 Scope', 'This Chapter does not apply to any measure relating to broadcast or cable distribution of radio or television programming.',
  ], ['USA', 'SGP']);
  const found = [
    finding(doc, 'ecommerce', '9.1', 'electronic commerce'),
    finding(doc, 'ecommerce', '9.2', 'digital products means'),
    finding(doc, 'ecommerce', '9.3', 'customs duties'),
    finding(doc, 'ecommerce-commitment', '9.3', 'Neither Party shall impose customs duties', ['ecommerce:customs-duties']),
    finding(doc, 'cultural-exemption', '9.3', 'scheduled by a content provider', ['carve-out:broadcasting']),
    finding(doc, 'cultural-exemption', '10.1', 'broadcast or cable distribution', ['carve-out:broadcasting']),
  ];
  const a = assess(doc, detections(found));
  const item = a.checklist.find((i) => i.item === 'og-19.4')!;

  it('quotes the commitment sentence first, then the carve-out that reaches it', () => {
    expect(a.ecommerce.verdict).toBe('partly-covered');
    expect(item.status).toBe('partial');
    expect(itemEvidence(item).map((f) => [f.location.articleNumber, 'category' in f ? f.category : f.kind])).toEqual([
      ['9.3', 'ecommerce-commitment'],
      ['9.3', 'cultural-exemption'],
    ]);
    expect(itemEvidence(item)[0]?.forceSentence).toMatch(/^1\. Neither Party shall impose customs duties/);
  });

  it('leaves the carve-out of another chapter to the chain of evidence', () => {
    expect(item.findings.map((f) => f.location.articleNumber)).not.toContain('10.1');
    expect(a.ecommerce.evidence.map((s) => s.articleNumber)).toContain('10.1');
  });

  it('with no commitment, rests on the e-commerce provisions found and no carve-out', () => {
    const bare = assess(doc, detections([found[0]!, found[1]!, found[5]!]));
    const none = bare.checklist.find((i) => i.item === 'og-19.4')!;
    expect(none.status).toBe('not-applicable');
    expect(itemEvidence(none).map((f) => f.location.articleNumber)).toEqual(['9.1', '9.2']);
  });

  it('quotes a commitment read from a whole e-commerce provision at the sentence it is written in, with its force', () => {
    const provision = agreement([
      'Chapter 6 Establishment, Trade in Services and Electronic Commerce',
      'Section 6 Electronic Commerce',
      'Article 127 Objective and Principles',
      '1. The Parties, recognising that electronic commerce increases trade opportunities in many sectors, agree to promote the development of electronic commerce between them.',
      '2. The Parties agree that electronic transmissions shall be considered as the provision of services, which cannot be subject to customs duties.',
    ], ['DEU', 'GEO']);
    const a = assess(provision, detections([finding(provision, 'ecommerce', '127', 'electronic commerce')]));
    const item = a.checklist.find((i) => i.item === 'og-19.4')!;
    expect(item.status).toBe('absent');
    const [quoted] = itemEvidence(item);
    expect(quoted?.excerpt).toMatch(/^2\. The Parties agree that electronic transmissions shall be considered as the provision of services/);
    expect(quoted?.legalForce).toBe('binding');
    // The finding itself keeps the force of its first sentence, an effort.
    expect(a.findings[0]?.legalForce).toBe('best-endeavour');
  });
});
