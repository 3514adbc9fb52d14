import { describe, expect, it } from 'vitest';
import { flatten, labels, outlineOf } from './helpers.js';

/** An annex printed apart, each of its pages headed by its label and page: "ANNEX C-1", "ANNEX C-2", … */
const annexWithPageLabels = [
  'ARTICLE 20.4: ENTRY INTO FORCE',
  'This Agreement shall enter into force on the first day of the second month after the later notification.',
  '',
  'ANNEX C-1',
  'ANNEX-C',
  'DIGITAL TRADE',
  '',
  'ANNEX C-2',
  'ARTICLE 1: OBJECTIVES',
  '1. The Parties recognise that digital trade opens opportunities in many sectors.',
  '2. The Parties agree that digital trade shall be subject to their respective law.',
  'ARTICLE 2: CUSTOMS DUTIES',
  '1. Neither Party shall impose customs duties on electronic transmissions between',
  'ANNEX C-3',
  'a person of one Party and a person of the other Party.',
  'ARTICLE 3: ONLINE CONSUMER PROTECTION',
  '1. Each Party shall maintain measures to protect consumers engaged in digital trade.',
  'ANNEX C-4',
  '2. The Parties shall cooperate between their consumer protection agencies.',
].join('\n');

describe('an annex paginated on its own, its label and page printed on every page', () => {
  it('keeps the annex whole, with its title, around all of its articles', () => {
    expect(labels(annexWithPageLabels)).toEqual(['article 20.4', 'annex C', 'article 1', 'paragraph 1', 'paragraph 2', 'article 2', 'paragraph 1', 'article 3', 'paragraph 1', 'paragraph 2']);
    const annex = flatten(outlineOf(annexWithPageLabels)).find((node) => node.kind === 'annex')!;
    expect(annex.heading).toBe('DIGITAL TRADE');
  });

  it('still reads sub-annexes numbered after their annex, each with its title, as annexes', () => {
    const text = [
      'ANNEX 4',
      'SCHEDULES',
      'The schedules of the Parties are set out in Annexes 4-1 and 4-2.',
      'ANNEX 4-1',
      'Schedule of Aurelia',
      'Aurelia shall eliminate its customs duties as follows.',
      'ANNEX 4-2',
      'Schedule of Borealia',
      'Borealia shall eliminate its customs duties as follows.',
    ].join('\n');
    expect(labels(text)).toEqual(['annex 4', 'annex 4-1', 'annex 4-2']);
  });

  it('still reads a lone "Annex 2-1" after an Annex 2 as an annex: one label is no pagination', () => {
    const text = ['ANNEX 2', 'TARIFF SCHEDULES', 'The tariff schedules follow.', '', 'ANNEX 2-1', '', '1. Each Party shall apply the rates below.'].join('\n');
    expect(labels(text)).toEqual(['annex 2', 'annex 2-1']);
  });
});
