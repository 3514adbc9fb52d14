import type { AgreementDocument, Finding } from '../model.js';
import type { CarveOut } from './carve-outs.js';
import { chapterOf, commitmentsOf, type Commitment } from './commitments.js';
import { scopeCovers, scopeOverlaps } from './scope.js';
import { COMMITMENT_KINDS, type CommitmentKind, type EcommerceAssessment, type EvidenceStep } from './types.js';

const KIND_WORDS: Record<CommitmentKind, string> = {
  'customs-duties': 'no customs duties on electronic transmissions or digital products',
  'non-discrimination': 'non-discriminatory treatment of digital products',
  'market-access': 'market access and national treatment for services delivered electronically',
};

/** The carve-outs that reach one commitment: by covering its article, or the services rules it pulls in. */
export function reachingCarveOuts(commitment: Commitment, carveOuts: CarveOut[], chapterStart?: number): CarveOut[] {
  return carveOuts.filter((c) => {
    if (scopeCovers(c.scope, commitment.article.start)) return true;
    if (commitment.kind !== 'market-access') return false;
    if (commitment.via.some((span) => scopeOverlaps(c.scope, span))) return true;
    // "deliveries by electronic means are services within the meaning of Section 3": an audio-visual
    // exclusion from that services Section (same chapter) reaches them.
    return commitment.viaServicesSection && c.aboutServices && c.scope.level === 'section' && c.chapterStart === chapterStart;
  });
}

function step(finding: Finding, shows: string): EvidenceStep {
  const { articleNumber, path, page } = finding.location;
  return { fingerprint: finding.fingerprint, articleNumber, path, page, shows };
}

/** The e-commerce verdict for guidelines para. 19.4: do cultural carve-outs reach the digital-trade commitments? */
export function ecommerceVerdict(doc: AgreementDocument, findings: Finding[], carveOuts: CarveOut[]): EcommerceAssessment {
  const commitments = commitmentsOf(doc, findings);
  const evidence: EvidenceStep[] = [];
  if (commitments.length === 0) {
    const ecommerce = findings.filter((f) => f.category === 'ecommerce');
    const what = ecommerce.length > 0 ? `${ecommerce.length} e-commerce provision(s) were found, but none binds the Parties on customs duties, non-discrimination of digital products or market access for services delivered electronically` : 'No e-commerce or digital-trade provisions were found';
    for (const f of ecommerce.slice(0, 5)) evidence.push(step(f, 'e-commerce provision without a market-opening commitment'));
    return { verdict: 'no-ecommerce', explanation: `${what}, so there is nothing in the digital-trade rules for a cultural clause to reach.`, notReached: [], evidence };
  }
  for (const c of carveOuts) evidence.push(step(c.finding, `cultural carve-out (${c.breadth === 'broad' ? 'culture / audio-visual' : 'broadcasting only'}) that ${c.scope.why}: it reaches ${c.scope.label}`));
  const byKind = new Map<CommitmentKind, { broad: boolean; any: boolean }>();
  for (const commitment of commitments) {
    const reaching = reachingCarveOuts(commitment, carveOuts, chapterOf(doc, commitment.article.start)?.start);
    const broad = reaching.some((c) => c.breadth === 'broad');
    const prev = byKind.get(commitment.kind) ?? { broad: true, any: true };
    byKind.set(commitment.kind, { broad: prev.broad && broad, any: prev.any && reaching.length > 0 });
    const by = reaching.map((c) => `Article ${c.finding.location.articleNumber}`).join(', ');
    const reach = reaching.length === 0 ? 'no cultural carve-out reaches it' : broad ? `reached by the carve-out in ${by}` : `reached only by the broadcasting carve-out in ${by}, so on-demand cultural content stays bound`;
    evidence.push(step(commitment.finding, `commitment: ${KIND_WORDS[commitment.kind]}; ${reach}`));
  }
  const kinds = COMMITMENT_KINDS.filter((k) => byKind.has(k));
  const notReached = kinds.filter((k) => !byKind.get(k)!.broad);
  const noneReached = kinds.every((k) => !byKind.get(k)!.any);
  const verdict = notReached.length === 0 ? 'covered' : noneReached ? 'not-covered' : 'partly-covered';
  const listed = kinds.map((k) => KIND_WORDS[k]).join('; ');
  const explanation =
    verdict === 'covered'
      ? `The agreement's e-commerce commitments (${listed}) are all reached by a cultural carve-out, so the Parties keep their cultural policy for the digital environment.`
      : verdict === 'not-covered'
        ? `The agreement makes e-commerce commitments (${listed}) and no cultural carve-out reaches them${carveOuts.length > 0 ? `: the ${carveOuts.length} carve-out(s) found apply elsewhere (${[...new Set(carveOuts.map((c) => c.scope.label))].join('; ')})` : ''}. Cultural goods and services delivered digitally are bound like any others.`
        : `Some e-commerce commitments are reached by a cultural carve-out, but these are not, or only for linear broadcasting: ${notReached.map((k) => KIND_WORDS[k]).join('; ')}.`;
  return { verdict, explanation, notReached, evidence };
}
