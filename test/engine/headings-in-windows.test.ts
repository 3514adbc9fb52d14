import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreementBytes } from '../../src/ingest/index.js';
import type { Pattern } from '../../src/rules/index.js';
import { ruleSetOf } from './helpers.js';

/**
 * A heading names its article; it is none of its sentences. Whether the layout sets the title apart
 * (a Word or HTML heading: a sentence of its own) or runs it on to the text (a plain-text line with no
 * full stop before the first paragraph), a sentence- or paragraph-scoped pattern reads the text alone,
 * and the article-wide ones still read the heading.
 */
const TITLE = 'Dialogue on Digital Trade and Culture';
const BODY = '1. The Parties hereby establish a committee of officials responsible for trade.\n2. The committee shall meet once a year.';

/** The same article in each layout, with `body` as its text. */
const layoutsOf = (body: string) => ({
  'plain text, title run on to the text': { name: 'a.txt', bytes: `Article 3.10 - ${TITLE}\n${body}\n` },
  'plain text, title on its own line under the number': { name: 'a.txt', bytes: `Article 3.10\n${TITLE}\n\n${body}\n` },
  'HTML heading': { name: 'a.html', bytes: `<html><body><h3>Article 3.10 - ${TITLE}</h3>${body.split('\n').map((p) => `<p>${p}</p>`).join('')}</body></html>` },
});
const layouts = layoutsOf(BODY);

async function scanned(pattern: Pattern, layout: keyof typeof layouts, body = BODY) {
  const { name, bytes } = layoutsOf(body)[layout];
  const doc = await readAgreementBytes(new TextEncoder().encode(bytes), name);
  return scanDocument(doc, ruleSetOf(pattern)).findings;
}

async function evidence(pattern: Pattern, layout: keyof typeof layouts): Promise<string[]> {
  return (await scanned(pattern, layout)).flatMap((f) => f.evidence.map((e) => e.text));
}

const dialogueOnCulture = (within: 'sentence' | 'paragraph'): Pattern => ({ all: [{ regex: '\\bdialogue\\b' }, { regex: '\\bculture\\b' }], within });

describe.each(Object.keys(layouts) as Array<keyof typeof layouts>)('headings and windows: %s', (layout) => {
  it('a heading alone is no sentence and no paragraph', async () => {
    expect(await evidence(dialogueOnCulture('sentence'), layout)).toEqual([]);
    expect(await evidence(dialogueOnCulture('paragraph'), layout)).toEqual([]);
  });

  it('a heading does not lend its words to the first sentence of the text', async () => {
    expect(await evidence({ all: [{ regex: '\\bculture\\b' }, { regex: '\\bestablish\\b' }], within: 'sentence' }, layout)).toEqual([]);
  });

  it('the sentences of the text still match, and the whole article still reads its heading', async () => {
    expect(await evidence({ all: [{ regex: '\\bcommittee\\b' }, { regex: '\\bonce a year\\b' }], within: 'sentence' }, layout)).toEqual(['committee', 'once a year']);
    expect(await evidence({ all: [{ regex: '\\bdialogue\\b' }, { regex: '\\bculture\\b' }] }, layout)).toEqual(['Dialogue', 'Culture']);
    expect(await evidence({ all: [{ regex: '\\bculture\\b' }, { regex: '\\bestablish\\b' }], within: { words: 8 } }, layout)).toEqual(['Culture', 'establish']);
  });

  it('an excerpt whose evidence is all in the heading goes on with the first sentence of the text, which says what the article does', async () => {
    const [finding] = await scanned({ all: [{ regex: '\\bdialogue\\b' }, { regex: '\\bculture\\b' }] }, layout);
    expect(finding?.excerpt).toMatch(/«Dialogue» on Digital Trade and «Culture»/);
    expect(finding?.excerpt).toMatch(/«Culture».* 1\. The Parties hereby establish a committee of officials responsible for trade\.$/);
  });

  it('a lead-in under the heading brings what it leads to into the excerpt', async () => {
    const [finding] = await scanned({ regex: '\\bculture\\b' }, layout, 'For the purposes of this Chapter:\ndialogue means an exchange of views between officials.');
    expect(finding?.excerpt).toMatch(/«Culture».* For the purposes of this Chapter: dialogue means an exchange of views between officials\.$/);
  });
});
