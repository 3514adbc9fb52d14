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

const layouts = {
  'plain text, title run on to the text': { name: 'a.txt', bytes: `Article 3.10 - ${TITLE}\n${BODY}\n` },
  'plain text, title on its own line under the number': { name: 'a.txt', bytes: `Article 3.10\n${TITLE}\n\n${BODY}\n` },
  'HTML heading': { name: 'a.html', bytes: `<html><body><h3>Article 3.10 - ${TITLE}</h3>${BODY.split('\n').map((p) => `<p>${p}</p>`).join('')}</body></html>` },
};

async function evidence(pattern: Pattern, layout: keyof typeof layouts): Promise<string[]> {
  const { name, bytes } = layouts[layout];
  const doc = await readAgreementBytes(new TextEncoder().encode(bytes), name);
  return scanDocument(doc, ruleSetOf(pattern)).findings.flatMap((f) => f.evidence.map((e) => e.text));
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
});
