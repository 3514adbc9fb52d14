import { kindOf, type AgreementDocument, type FindingOrSignal } from '../model.js';
import type { CarveOut } from './carve-outs.js';
import { leavesPartiesBound } from './carve-out-parties.js';
import { SUBJECT_WORDS } from './carve-out-subject.js';
import { chapterOf, commitmentsOf, type Commitment } from './commitments.js';
import { IN_SENTENCE, placeName } from '../place-names.js';
import { scopeCovers, scopeOverlaps } from './scope.js';
import { COMMITMENT_KINDS, type CommitmentKind, type CommitmentReach, type EcommerceAssessment, type EvidenceStep, type Reach } from './types.js';

const KIND_WORDS: Record<CommitmentKind, string> = {
  'customs-duties': 'no customs duties on electronic transmissions or digital products',
  'non-discrimination': 'non-discriminatory treatment of digital products',
  'market-access': 'market access and national treatment for services delivered electronically',
};

/** How a carve-out stands towards one commitment, and why, in words. */
interface Link {
  carveOut: CarveOut;
  reach: Reach;
  why: string;
}

/** Whether the carve-out's scope takes in the commitment: its article, or the chapters it routes services to. */
function scopeReaches(commitment: Commitment, c: CarveOut, chapterStart?: number): string | undefined {
  if (scopeCovers(c.scope, commitment.article.start)) return `its scope (${c.scope.label}) takes in ${commitment.article.label}`;
  if (commitment.kind !== 'market-access') return undefined;
  const routed = commitment.via.find((span) => scopeOverlaps(c.scope, span));
  if (routed) return `the commitment routes services delivered electronically to ${routed.label}, which its scope (${c.scope.label}) takes in`;
  // "deliveries by electronic means are services within the meaning of Section 3": an audio-visual
  // exclusion from that services Section (same chapter) reaches them.
  // Deemed supplied across borders, they are not the establishment that another Section's carve-out keeps out.
  const otherMode = commitment.viaCrossBorderSupply && c.aboutEstablishmentOnly;
  if (commitment.viaServicesSection && c.aboutServices && !otherMode && c.scope.level === 'section' && c.chapterStart === chapterStart) {
    return `the commitment treats electronic deliveries as services under the services Section, which its scope (${c.scope.label}) excludes them from`;
  }
  return undefined;
}

/**
 * One carve-out against one commitment: it reaches only when both its scope and its subject cover
 * the commitment. Culture, cultural industries and audio-visual services take the commitment out
 * fully; linear content, broadcasting or networks only in part; subsidies never touch a ban on
 * customs duties (a duty is not a subsidy).
 */
function linkOf(commitment: Commitment, c: CarveOut, parties: readonly string[], chapterStart?: number): Link {
  if (c.declaratory) return { carveOut: c, reach: 'none', why: 'it only recalls exceptions set out elsewhere and creates none itself' };
  const inScope = scopeReaches(commitment, c, chapterStart);
  if (!inScope) return { carveOut: c, reach: 'none', why: `its scope (${c.scope.label}) does not take in ${commitment.article.label}` };
  if (c.subject.kind === 'subsidies' && commitment.kind === 'customs-duties') {
    return { carveOut: c, reach: 'none', why: `${inScope}, but a carve-out of subsidies does not touch a ban on customs duties` };
  }
  // Written for some Parties' measures only, it leaves the others' cultural policy bound.
  const others = c.onlyFor && leavesPartiesBound(c.onlyFor, parties) ? `, but it keeps out the measures of ${c.onlyFor.names.join(' and ')} only, so the other Parties stay bound` : '';
  if (c.subject.breadth === 'broad' && !others) return { carveOut: c, reach: 'full', why: `${inScope} and its subject (${SUBJECT_WORDS[c.subject.kind]}) covers cultural content as such` };
  if (c.subject.breadth === 'broad') return { carveOut: c, reach: 'partial', why: `${inScope} and its subject (${SUBJECT_WORDS[c.subject.kind]}) covers cultural content as such${others}` };
  return { carveOut: c, reach: 'partial', why: `${inScope}, but its subject (${SUBJECT_WORDS[c.subject.kind]}) leaves other cultural content bound${others}` };
}

/**
 * How far the carve-outs together reach one commitment: the furthest any of them does, or fully when
 * broad carve-outs each written for some Parties keep out, together, the measures of every Party ("in
 * the case of the European Union, audiovisual services" and "in the case of Canada, cultural industries").
 */
function reachOf(links: readonly Link[], parties: readonly string[]): Reach {
  const best = links.reduce<Reach>((furthest, l) => (REACH_RANK[l.reach] > REACH_RANK[furthest] ? l.reach : furthest), 'none');
  if (best === 'full' || parties.length === 0) return best;
  const keptOut = new Set(links.filter((l) => l.reach !== 'none' && l.carveOut.subject.breadth === 'broad').flatMap((l) => l.carveOut.onlyFor?.codes ?? []));
  return parties.every((code) => keptOut.has(code)) ? 'full' : best;
}

function step(finding: FindingOrSignal, shows: string): EvidenceStep {
  const { articleNumber, path, page } = finding.location;
  return { fingerprint: finding.fingerprint, articleNumber, path, page, shows };
}

/** "cultural carve-out in Article 20.5: scope the whole agreement (it says "Nothing in this Agreement"); subject the cultural industries (broad)". */
function carveOutWords(c: CarveOut): string {
  const subject = `${SUBJECT_WORDS[c.subject.kind]} (${c.subject.breadth}, from "${c.subject.words}")`;
  return `scope ${c.scope.label} (it ${c.scope.why}); subject ${subject}${c.declaratory ? '; declaratory' : ''}`;
}

const REACH_RANK: Record<Reach, number> = { full: 2, partial: 1, none: 0 };

/**
 * How many carve-outs are set out against one commitment. Agreements carry a handful; a text that
 * repeats its carve-outs and commitments hundreds of times would otherwise make the brief grow with
 * their product.
 */
export const MAX_CARVE_OUTS_PER_COMMITMENT = 20;

/** The carve-outs to set out against one commitment: those that reach it furthest first, in text order within a reach. */
function mostTelling(links: Link[]): Link[] {
  if (links.length <= MAX_CARVE_OUTS_PER_COMMITMENT) return links;
  return links
    .map((link, order) => ({ link, order }))
    .sort((a, b) => REACH_RANK[b.link.reach] - REACH_RANK[a.link.reach] || a.order - b.order)
    .slice(0, MAX_CARVE_OUTS_PER_COMMITMENT)
    .sort((a, b) => a.order - b.order)
    .map(({ link }) => link);
}

/**
 * Where one commitment is written, to quote: the sentence a commitment rule found in its article
 * ("Neither Party shall impose customs duties on electronic transmissions"), else the e-commerce
 * provision it was read from, which may open on the article's heading or another paragraph.
 */
function commitmentClause(commitment: Commitment, findings: readonly FindingOrSignal[]): { clause: FindingOrSignal; sentence?: string } {
  const { start } = commitment.finding.location;
  const found = findings.find((f) => kindOf(f) === 'ecommerce-commitment' && f.location.start === start && f.tags.includes(`ecommerce:${commitment.kind}`));
  if (found) return { clause: found };
  return commitment.sentence === undefined ? { clause: commitment.finding } : { clause: commitment.finding, sentence: commitment.sentence };
}

/** The e-commerce verdict for guidelines para. 19.4: do cultural carve-outs reach the digital-trade commitments? */
export function ecommerceVerdict(doc: AgreementDocument, findings: readonly FindingOrSignal[], carveOuts: CarveOut[], parties: readonly string[] = []): EcommerceAssessment {
  const commitments = commitmentsOf(doc, findings);
  const evidence: EvidenceStep[] = [];
  if (commitments.length === 0) {
    const ecommerce = findings.filter((f) => kindOf(f) === 'ecommerce');
    const what = ecommerce.length > 0 ? `${ecommerce.length} e-commerce provision(s) were found, but none binds the Parties on customs duties, non-discrimination of digital products or market access for services delivered electronically (cooperation or dialogue is not a commitment)` : 'No e-commerce or digital-trade provisions were found';
    for (const f of ecommerce.slice(0, 5)) evidence.push(step(f, 'e-commerce provision without a market-opening commitment'));
    return { verdict: 'no-ecommerce', explanation: `${what}, so there is nothing in the digital-trade rules for a cultural clause to reach.`, notReached: [], commitments: [], evidence, restsOn: ecommerce.map((clause) => ({ clause })) };
  }
  for (const c of carveOuts) evidence.push(step(c.finding, `cultural carve-out: ${carveOutWords(c)}`));
  const reaches: CommitmentReach[] = [];
  const reachingAny = new Set<CarveOut>();
  for (const commitment of commitments) {
    const chapterStart = chapterOf(doc, commitment.article.start)?.start;
    const links = carveOuts.map((c) => linkOf(commitment, c, parties, chapterStart));
    for (const l of links) if (l.reach !== 'none') reachingAny.add(l.carveOut);
    const reach = reachOf(links, parties);
    const listed = mostTelling(links);
    const unlisted = links.length - listed.length;
    reaches.push({
      kind: commitment.kind,
      articleNumber: commitment.finding.location.articleNumber,
      reach,
      carveOuts: listed.map((l) => ({ articleNumber: l.carveOut.finding.location.articleNumber, scope: l.carveOut.scope.label, subject: l.carveOut.subject.kind, breadth: l.carveOut.subject.breadth, declaratory: l.carveOut.declaratory, reach: l.reach, why: l.why })),
      ...(unlisted > 0 ? { carveOutsNotListed: unlisted } : {}),
    });
    const each = listed.map((l) => `${placeName(l.carveOut.finding.location.articleNumber, IN_SENTENCE)} (${SUBJECT_WORDS[l.carveOut.subject.kind]}) ${l.reach === 'full' ? 'reaches it' : l.reach === 'partial' ? 'reaches it in part' : 'does not reach it'}: ${l.why}`);
    if (unlisted > 0) each.push(`${unlisted} more carve-out(s) are not listed here`);
    const summary = reach === 'full' ? 'covered by a broad cultural carve-out' : reach === 'partial' ? 'reached only by narrow carve-outs, so other cultural content stays bound' : 'no cultural carve-out reaches it';
    evidence.push(step(commitment.finding, `commitment: ${KIND_WORDS[commitment.kind]}; ${summary}${each.length > 0 ? `. ${each.join('. ')}` : ''}.`));
  }
  const kinds = COMMITMENT_KINDS.filter((k) => reaches.some((r) => r.kind === k));
  const notReached = kinds.filter((k) => reaches.some((r) => r.kind === k && r.reach !== 'full'));
  const verdict = reaches.every((r) => r.reach === 'full') ? 'covered' : reaches.every((r) => r.reach === 'none') ? 'not-covered' : 'partly-covered';
  const listed = kinds.map((k) => KIND_WORDS[k]).join('; ');
  const explanation =
    verdict === 'covered'
      ? `The agreement's e-commerce commitments (${listed}) are all reached by a broad cultural carve-out, so the Parties keep their cultural policy for the digital environment.`
      : verdict === 'not-covered'
        ? `The agreement makes e-commerce commitments (${listed}) and no cultural carve-out reaches them${carveOuts.length > 0 ? `: the ${carveOuts.length} carve-out(s) found apply elsewhere, cover another subject or only recall exceptions (${[...new Set(carveOuts.map((c) => `${c.scope.label}, ${SUBJECT_WORDS[c.subject.kind]}`))].join('; ')})` : ''}. Cultural goods and services delivered digitally are bound like any others.`
        : `Some e-commerce commitments are reached by a cultural carve-out, but these are not, or only by a narrow one (broadcasting, linear content, subsidies)${carveOuts.some((c) => c.onlyFor && leavesPartiesBound(c.onlyFor, parties)) ? ' or one that keeps out the measures of some Parties only' : ''}: ${notReached.map((k) => KIND_WORDS[k]).join('; ')}.`;
  // The status rests on the commitments and on what reaches them; carve-outs that reach none stay in the chain of evidence.
  const quoted: EcommerceAssessment['restsOn'] = [...commitments.map((c) => commitmentClause(c, findings)), ...carveOuts.filter((c) => reachingAny.has(c)).map((c) => ({ clause: c.finding }))];
  const restsOn = [...new Map(quoted.map((q) => [`${q.clause.location.start}:${q.clause.fingerprint}:${q.sentence ?? ''}`, q])).values()];
  return { verdict, explanation, notReached, commitments: reaches, evidence, restsOn };
}
