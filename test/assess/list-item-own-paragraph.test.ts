import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { agreement, detections, finding } from './build.js';

/**
 * A list item whose lead-in holds no force words ("The objectives of cultural cooperation are to:")
 * may give way to the operative sentence of its own numbered paragraph, never to the next paragraph,
 * which speaks of something else (CHECKLIST: legal force is read "from the sentence or clause that
 * matched, never from a heading or another paragraph").
 */
describe('a list item without force words', () => {
  const doc = agreement([
    'Chapter 20 Cooperation',
    'Article 20.12 Cultural Cooperation',
    '1. The objectives of cultural cooperation are to:',
    '(a) respect the existing agreements for cultural cooperation; and',
    '(b) promote cultural exchanges between the Parties.',
    '2. Recognizing that audio-visual co-productions can contribute to the development of the audio-visual industry, the Parties shall consider negotiating a co-production agreement.',
  ], ['KOR', 'PER']);

  it('keeps the sentence of its own paragraph', () => {
    const a = assess(doc, detections([finding(doc, 'cultural-cooperation', '20.12', 'cultural exchanges')]));
    const [coop] = a.findings;
    expect(coop?.forceSentence).toMatch(/^1\. The objectives of cultural cooperation are to:.*\(b\) promote cultural exchanges/);
    expect(coop?.forceSentence).not.toMatch(/Recognizing/);
  });
});
