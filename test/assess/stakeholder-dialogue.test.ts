import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreementBytes } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';

/**
 * Para. 19.2: a dialogue on the digital economy that the Parties seek to convene with stakeholders
 * (industry, academics, non-governmental organisations), as the newest digital-trade texts provide, is
 * participation in one field and at effort level: partial (CHECKLIST: participation confined to other
 * fields, or only permissive). A Party consulting stakeholders on its own measures is no participation.
 */
const agreement = (article: string[]) =>
  [
    'DIGITAL ECONOMY AGREEMENT BETWEEN AUSTRALIA AND THE REPUBLIC OF SINGAPORE',
    '',
    'CHAPTER 14',
    'DIGITAL TRADE',
    '',
    'Article 14.3',
    'Customs Duties',
    '',
    '1. Neither Party shall impose customs duties on electronic transmissions, including content transmitted electronically, between a person of one Party and a person of the other Party.',
    '',
    ...article,
    '',
  ].join('\n');

async function civilSociety(text: string) {
  const doc = await readAgreementBytes(new TextEncoder().encode(text), 'agreement.txt');
  const item = assess(doc, scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR]))).checklist.find((i) => i.item === 'og-19.2');
  return { status: item?.status, quoted: item?.signals.map((s) => s.excerpt) ?? [] };
}

describe('a digital-economy dialogue with stakeholders', () => {
  it('is partial participation, quoted at the sentence that opens it to stakeholders', async () => {
    const { status, quoted } = await civilSociety(
      agreement([
        'Article 14.21',
        'Stakeholder Engagement',
        '',
        '1. The Parties shall seek opportunities to convene a Digital Economy Dialogue to promote the benefits of the digital economy.',
        '',
        '2. The Parties shall consider including in the Dialogue, as appropriate, other interested stakeholders, such as researchers, academics, industry and others.',
      ]),
    );
    expect(status).toBe('partial');
    expect(quoted.join(' ')).toMatch(/«stakeholders»/);
  });

  it('leaves a Party consulting stakeholders on its own measures absent', async () => {
    const { status } = await civilSociety(agreement(['Article 14.22', 'Transparency', '', 'Each Party shall consult interested stakeholders on any proposed measure relating to digital trade.']));
    expect(status).toBe('absent');
  });
});
