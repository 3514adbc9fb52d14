import type { DocumentResult, Finding, Signal } from '../../src/model.js';

/** A finding built from invented text (never corpus text), with awkward characters where formats must cope. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    fingerprint: 'fp-1',
    ruleIds: ['audiovisual-services-excluded', 'broadcasting-carve-out'],
    category: 'cultural-exemption',
    severity: 'notice',
    location: {
      articleId: '501',
      articleNumber: '12.3',
      path: ['Chapter 12 Services', 'Article 12.3 Scope'],
      page: 4,
      start: 120,
      end: 180,
    },
    excerpt: 'This Chapter does not apply to «audio-visual services», "broadcasting", or cable | satellite\ndistribution.',
    evidence: [],
    references: ['og-19.4'],
    tags: [],
    ...overrides,
  };
}

/** A signal (an informational kind the assessment reads), from invented text. */
export function signal(): Signal {
  return {
    fingerprint: 'fp-signal-1',
    ruleIds: ['civil-society-body'],
    kind: 'civil-society-participation',
    severity: 'info',
    location: { articleNumber: '30.2', path: ['Chapter 30 Institutions', 'Article 30.2 Joint Forum'], start: 200, end: 260 },
    excerpt: 'The Parties shall convene a «joint forum of civil society» once a year.',
    evidence: [],
    references: [],
    tags: ['participation:body'],
  };
}

export function results(): DocumentResult[] {
  return [
    {
      documentId: 'draft-a',
      source: 'drafts/draft-a.docx',
      title: 'Draft A, with commas',
      language: 'en',
      meta: { name: 'Draft A' },
      findings: [
        finding(),
        finding({
          fingerprint: 'fp-2',
          ruleIds: ['ecommerce-chapter'],
          category: 'ecommerce',
          severity: 'info',
          location: { articleNumber: 'preamble', path: [], start: 0, end: 40 },
          excerpt: 'Recognising the growth of «electronic commerce».',
        }),
      ],
      signals: [signal()],
      errors: [],
    },
    { documentId: 'broken', source: 'drafts/broken.pdf', title: null, language: null, meta: null, findings: [], signals: [], errors: ['not a PDF file'] },
    { documentId: 'quiet', source: 'drafts/quiet.txt', title: 'Quiet', language: 'fr', meta: {}, findings: [], signals: [], errors: [] },
  ];
}
