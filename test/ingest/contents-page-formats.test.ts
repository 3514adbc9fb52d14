import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import type { OutlineNode } from '../../src/model.js';
import { convertAll, hasSoffice, writeText } from '../support/render-formats.js';
import { WRAPPED_CONTENTS_ENTRY, WRAPPED_CONTENTS_ENTRY_OUTLINE } from '../support/wrapped-contents-entry.js';

const labelsOf = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [n.number ? `${n.kind} ${n.number}` : n.kind, ...labelsOf(n.children)]);

const soffice = hasSoffice();
if (!soffice) console.warn('contents page in Word skipped: LibreOffice (soffice) is not installed');

describe('a contents entry wrapped after "in relation to"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-contents-'));
  const text = writeText(join(dir, 'contents.txt'), `${WRAPPED_CONTENTS_ENTRY.join('\n')}\n`);

  beforeAll(() => {
    if (soffice) convertAll(dir, [text], 'docx');
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is part of the contents in the plain text', async () => {
    expect(labelsOf((await readAgreement(text)).outline)).toEqual(WRAPPED_CONTENTS_ENTRY_OUTLINE);
  });

  it.skipIf(!soffice)('reads the same in the Word file LibreOffice makes of it', async () => {
    const word = await readAgreement(join(dir, 'docx', 'contents.docx'));
    expect(labelsOf(word.outline)).toEqual(labelsOf((await readAgreement(text)).outline));
  });
});
