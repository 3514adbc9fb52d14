import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLegalForce } from '../../src/cli/finding-force.js';
import { keptDetections, type LegalForceOf } from '../../src/cli/kept-detections.js';
import { JobQueue, startScanPool, type FileReply } from '../../src/cli/scan-pool.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import type { DocumentResult, FindingOrSignal } from '../../src/model.js';
import { BUILTIN_RULES_DIR, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { SCAN_FORCE_PRINTED, SCAN_FORMAT_NAMES, SCAN_STREAMS } from '../../src/report/scan/index.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { ensureBuilt, WORKER } from '../support/built.js';

const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
const SAMPLES = readdirSync(SAMPLE_CORPUS_DIR).filter((f) => /\.(?:txt|md)$/.test(f)).map((f) => join(SAMPLE_CORPUS_DIR, f));

/** A sample agreement scanned, with both findings and signals. */
async function scannedSample() {
  for (const path of SAMPLES) {
    const doc = await readAgreement(path);
    const all = scanDocument(doc, ruleSet);
    if (all.findings.length > 0 && all.signals.length > 0) return { path, doc, all };
  }
  throw new Error('no sample agreement has both findings and signals');
}

/** The real force reader, recording which detections it is asked about. */
function recordingReader(): { of: LegalForceOf; asked: FindingOrSignal[] } {
  const asked: FindingOrSignal[] = [];
  const of: LegalForceOf = (doc, detections) => {
    asked.push(...detections);
    return withLegalForce(doc, detections);
  };
  return { of, asked };
}

const forced = (detections: readonly FindingOrSignal[]) => detections.filter((d) => d.legalForce !== undefined).length;

describe('the legal force a scan decides', () => {
  it('is decided for the findings alone when the output prints only theirs (CSV): signals are never read', async () => {
    const { doc, all } = await scannedSample();
    const reader = recordingReader();
    const kept = keptDetections(doc, all, undefined, { of: reader.of, printed: 'findings' });
    expect(forced(kept.findings)).toBe(kept.findings.length);
    expect(forced(kept.signals)).toBe(0);
    expect(reader.asked).toEqual(all.findings);
  });

  it('is decided for findings and signals when the output prints both (JSON)', async () => {
    const { doc, all } = await scannedSample();
    const reader = recordingReader();
    const kept = keptDetections(doc, all, undefined, { of: reader.of, printed: 'findings-and-signals' });
    expect(forced(kept.findings)).toBe(kept.findings.length);
    expect(forced(kept.signals)).toBe(kept.signals.length);
    expect(reader.asked).toHaveLength(all.findings.length + all.signals.length);
  });

  it('is decided in a worker thread for what the output prints, as in the main thread', { timeout: 60_000 }, async () => {
    ensureBuilt(WORKER);
    const { path } = await scannedSample();
    const replies: FileReply[] = [];
    const pool = startScanPool(WORKER, [path], 1, { wantDocument: false, legalForce: 'findings' }, new JobQueue(1));
    pool.release(ruleSet, (reply) => replies.push(reply));
    await pool.done;
    const reply = replies[0];
    if (reply?.kind !== 'scanned') throw new Error(`the worker did not scan ${path}: ${JSON.stringify(reply)}`);
    expect(reply.scanned.signals.length).toBeGreaterThan(0);
    expect(forced(reply.scanned.findings)).toBe(reply.scanned.findings.length);
    expect(forced(reply.scanned.signals)).toBe(0);
  });
});

describe('whose legal force each scan format prints', () => {
  it('is what SCAN_FORCE_PRINTED says: a format prints the force of findings or signals exactly when it is listed for them', async () => {
    const { doc, all } = await scannedSample();
    const withForce = keptDetections(doc, all, undefined, { of: withLegalForce, printed: 'findings-and-signals' });
    const result = (findings: DocumentResult['findings'], signals: DocumentResult['signals']): DocumentResult => ({ documentId: doc.id, source: 'sample', title: doc.title, language: doc.language, meta: doc.meta, findings, signals, errors: [] });
    const printed = (r: DocumentResult) => SCAN_STREAMS[format]().document(r);
    let format = SCAN_FORMAT_NAMES[0]!;
    for (format of SCAN_FORMAT_NAMES) {
      const none = printed(result(all.findings, all.signals));
      const findingsForce = printed(result(withForce.findings, all.signals)) !== none;
      const signalsForce = printed(result(all.findings, withForce.signals)) !== none;
      const declared = SCAN_FORCE_PRINTED[format];
      expect([format, findingsForce, signalsForce]).toEqual([format, declared !== undefined, declared === 'findings-and-signals']);
    }
  });
});
