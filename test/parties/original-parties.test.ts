import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import { parseTotaXml } from '../../src/ingest/tota-xml.js';
import { partiesOf } from '../../src/parties/index.js';

const treaty = (parties: string, title = 'Nineteen Seventy Agreement') => `<treaty><meta><name>${title}</name>
  <parties_original><partyisocode n="1">BEL</partyisocode><partyisocode n="2">DEU</partyisocode><partyisocode n="3">EGY</partyisocode></parties_original>
  ${parties}
</meta><body><chapter number="CHAPTER 1" name="Trade"><article number="ARTICLE 1" name="Objectives">The Parties shall establish a free trade area.</article></chapter></body></treaty>`;

async function agreementFile(xml: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'culturescan-tota-meta-')), 'pta.xml');
  writeFileSync(file, xml);
  return readAgreement(file);
}

describe('the Parties in ToTA metadata', () => {
  it('reads the current Parties and the original signatories apart', () => {
    const meta = parseTotaXml(treaty('<parties><partyisocode n="1">BEL</partyisocode><partyisocode n="2">EGY</partyisocode></parties>'), 'a.xml').meta;
    expect(meta.parties).toEqual(['BEL', 'EGY']);
    expect(meta.originalParties).toEqual(['BEL', 'DEU', 'EGY']);
  });

  // An agreement no longer in force (its partner has since joined the other side) keeps no current
  // Parties; the States that signed it are still its Parties.
  it('takes the original signatories when there are no current Parties and the text names none', async () => {
    const parties = partiesOf(await agreementFile(treaty('<parties><partyisocode n="1"/></parties>')));
    expect(parties.from).toBe('metadata');
    expect(parties.northSouth).toBe('applies');
    expect(parties.named.flatMap((p) => p.codes)).toEqual(['BEL', 'DEU', 'EGY']);
  });

  it('prefers the Parties the text names to a list of signatories, which may leave out one side', async () => {
    const parties = partiesOf(await agreementFile(treaty('', 'Agreement between the Kingdom of Belgium and the Syrian Arab Republic')));
    expect(parties.from).not.toBe('metadata');
    expect(parties.named.flatMap((p) => p.codes)).toContain('SYR');
  });

  // A signature block may lack one side's signing line (printed in a script or language not read) or
  // some signatories: the metadata's own list of signatories comes before it.
  it('prefers the original signatories to a signature block, which may lack a side', async () => {
    const xml = treaty('<parties><partyisocode n="1"/></parties>').replace('</article></chapter>', '</article></chapter><chapter name="Final Provisions"><article number="ARTICLE 2" name="Signature">In witness whereof the undersigned have signed this Agreement.\nFor the Kingdom of Belgium\nFor the Federal Republic of Germany\nعن جمهورية مصر العربية</article></chapter>');
    const parties = partiesOf(await agreementFile(xml));
    expect(parties.from).toBe('metadata');
    expect(parties.named.flatMap((p) => p.codes)).toEqual(['BEL', 'DEU', 'EGY']);
    expect(parties.northSouth).toBe('applies');
  });
});
