import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { BRIEF_FORMATS } from '../../src/report/brief/index.js';
import { agreement, detections, finding } from '../assess/build.js';
import { CHROMIUM, screenshot } from '../support/chromium.js';
import { pngInk } from './png.js';

if (!CHROMIUM) console.log('HTML brief screenshot test skipped: no chromium at /usr/bin/chromium');

describe.skipIf(!CHROMIUM)('the HTML brief in headless Chromium', () => {
  it('renders a real, non-blank page', () => {
    const doc = agreement([
      'Chapter 9 Electronic Commerce', 'Article 9.1 Customs Duties', 'Neither Party shall impose customs duties on electronic transmissions.',
      'Chapter 10 Exceptions', 'Article 10.1 Broadcasting', 'This Chapter does not apply to broadcasting services.',
    ], ['FRA', 'SEN']);
    const a = assess(doc, detections([finding(doc, 'ecommerce', '9.1', 'customs duties'), finding(doc, 'cultural-exemption', '10.1', 'broadcasting services')]));
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-html-'));
    const page = join(dir, 'brief.html');
    const shot = join(dir, 'brief.png');
    writeFileSync(page, BRIEF_FORMATS.html(doc, a));
    screenshot(page, shot, [1200, 1600]);
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    const { width, height, inked } = pngInk(readFileSync(shot));
    expect([width, height]).toEqual([1200, 1600]);
    // Text, tables and status badges ink a good share of the page; a blank or error page would not.
    expect(inked).toBeGreaterThan(0.03);
    expect(inked).toBeLessThan(0.6);
  });
});
