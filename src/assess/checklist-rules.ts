import type { AgreementDocument, FindingKind } from '../model.js';
import { northSouth, type PartyMix } from '../parties/development.js';
import { isBroadCarveOut } from './carve-out-subject.js';
import { legalForceOf } from './legal-force.js';
import { inPreamble } from './outline.js';
import { CIVIL_SOCIETY, CULTURE_AUTHORITY, CULTURE_BODY, cultureSentences, type TextSignal } from './text-signals.js';
import type { AssessedFinding, ChecklistItemId, EcommerceAssessment, Status } from './types.js';

export interface RuleContext {
  doc: AgreementDocument;
  findings: AssessedFinding[];
  mix: PartyMix;
  ecommerce: EcommerceAssessment;
}

/** What a rule decides; index.ts adds the title and the reference. */
export interface RuleResult {
  status: Status;
  oneLine: string;
  /** What was found and what is missing (the "what was checked" part comes from `CHECKS`). */
  found: string;
  findings: AssessedFinding[];
}

const of = (ctx: RuleContext, ...kinds: FindingKind[]) => ctx.findings.filter((f) => kinds.includes(f.category));
const operative = (f: AssessedFinding) => f.legalForce === 'binding' || f.legalForce === 'exception';
const DIGITAL = /\bdigital|\belectronic|\bonline\b|\binternet\b|new technolog|information society|num[ée]rique|electr[óo]nic/i;
const COPRODUCTION = /co-?product|co-?distribut|coproducci|coproduction|co-?operative production/i;
const NATIONAL_STATUS = /national (?:works?|productions?|films?)|entitled to (?:all )?(?:the )?benefits|eligible for|support (?:programmes?|schemes?|measures)|government support|quotas?/i;
const articleText = (ctx: RuleContext, f: AssessedFinding) => ctx.doc.text.slice(f.location.start, f.location.end);
const where = (fs: AssessedFinding[]) => [...new Set(fs.map((f) => (f.location.articleNumber === 'preamble' ? 'the preamble' : `Art. ${f.location.articleNumber}`)))].join(', ');
const parties = (mix: PartyMix) => (mix.known ? `developed: ${mix.developed.join(', ') || 'none'}; developing: ${mix.developing.join(', ') || 'none'}` : 'the Parties are not known');

function notNorthSouth(ctx: RuleContext, what: string): RuleResult | undefined {
  if (northSouth(ctx.mix)) return undefined;
  return { status: 'not-applicable', oneLine: 'No developed and developing Party face each other', found: `It applies between developed and developing Parties, and here ${parties(ctx.mix)}, so ${what} is not expected.`, findings: [] };
}

/** What each item checks, in plain words (the first sentence of its explanation). */
export const CHECKS: Record<ChecklistItemId, string> = {
  'art-16': 'Checked whether a developed Party grants preferential treatment to the artists, cultural professionals, or cultural goods and services of a developing Party.',
  'art-21': 'Checked whether the Parties commit to promote the Convention\'s objectives in other international forums or to consult each other on cultural matters there.',
  'og-18.1': 'Checked for co-production or co-distribution arrangements with the developing Party: whether co-productions count as national works or qualify for support (present) or are only encouraged (partial), and whether they extend to the digital environment.',
  'og-18.2': 'Checked for preferential treatment of the developing Party that covers cultural goods and services traded or delivered digitally.',
  'og-19.1': 'Checked whether the agreement names the Convention and states that the two instruments are complementary or mutually supportive, in an operative clause or only in a recital.',
  'og-19.2': 'Checked the text for consultation of civil society or stakeholders and publication or transparency commitments, and how binding they are (read from the agreement\'s wording, as no finding category covers it).',
  'og-19.3': 'Checked the text for culture ministries or authorities, or a body with culture in its remit, taking part in the trade institutions, and how binding that is (read from the agreement\'s wording).',
  'og-19.4': 'Checked whether a cultural carve-out reaches the agreement\'s e-commerce commitments (the e-commerce verdict below).',
  'og-19.5': 'Checked for an explicit reference to the 2005 Convention and for a clause that keeps room for cultural policy (a carve-out or a right-to-regulate affirmation).',
};

const COMPLEMENTARITY = /complementar|compl[ée]mentari|mutually supportive|mutual(?:ly)? support|synerg|coheren|relationship (?:between|with)/i;

/** Text signals with the legal force of their sentence, strongest first. */
function forced(ctx: RuleContext, list: TextSignal[]): TextSignal[] {
  const rank = ['binding', 'exception', 'best-endeavour', 'recital'];
  return list
    .map((s) => ({ ...s, force: legalForceOf(s.sentence, { language: ctx.doc.language, inPreamble: inPreamble(ctx.doc, s.start) }) }))
    .sort((a, b) => rank.indexOf(a.force) - rank.indexOf(b.force));
}

function signals(list: TextSignal[]): string {
  return list.slice(0, 2).map((s) => `${s.where}: "${s.sentence.length > 160 ? `${s.sentence.slice(0, 157)}...` : s.sentence}"`).join('; ');
}

export const RULES: Record<ChecklistItemId, (ctx: RuleContext) => RuleResult> = {
  'art-16': (ctx) => {
    const na = notNorthSouth(ctx, 'preferential treatment under Article 16');
    if (na) return na;
    const pt = of(ctx, 'preferential-treatment');
    const unknown = ctx.mix.known ? '' : ' (The Parties are not known, so the item was assessed as if a developed and a developing country were both Parties.)';
    if (pt.some(operative)) return { status: 'present', oneLine: 'Binding preferential treatment for the developing Party', found: `Found binding preferential treatment in ${where(pt.filter(operative))}.${unknown}`, findings: pt };
    if (pt.length > 0) return { status: 'partial', oneLine: 'Preferential treatment only as best endeavour, assistance or recital', found: `Found preferential treatment in ${where(pt)}, but only as an effort, technical assistance or a recital; no binding grant of market access or entry for artists.${unknown}`, findings: pt };
    return { status: 'absent', oneLine: 'No preferential treatment for cultural goods, services or artists', found: `Found no preferential treatment (${parties(ctx.mix)}). Missing: market access, entry of artists or co-production benefits for the developing Party.${unknown}`, findings: [] };
  },
  'art-21': (ctx) => {
    const ic = of(ctx, 'international-coordination');
    const binding = ic.filter(operative);
    if (binding.length > 0) return { status: 'present', oneLine: 'Binding commitment to coordinate in international forums', found: `Found a binding commitment in ${where(binding)}.`, findings: ic };
    if (ic.length > 0) return { status: 'partial', oneLine: 'International coordination only as effort or recital', found: `Found it in ${where(ic)}, but only as a best-endeavour clause or a recital.`, findings: ic };
    return { status: 'absent', oneLine: 'No commitment to promote the Convention in other forums', found: 'Found nothing. Missing: a clause to cooperate in UNESCO or other forums to promote cultural diversity or the Convention.', findings: [] };
  },
  'og-18.1': (ctx) => {
    const na = notNorthSouth(ctx, 'collaboration with a developing Party');
    if (na) return na;
    const coop = of(ctx, 'cultural-cooperation', 'preferential-treatment').filter((f) => f.legalForce !== 'recital');
    const copro = coop.filter((f) => COPRODUCTION.test(articleText(ctx, f)));
    // The strongest form: co-productions with the developing Party count as national works or get support.
    const status = copro.filter((f) => operative(f) && NATIONAL_STATUS.test(articleText(ctx, f)));
    const digital = copro.some((f) => DIGITAL.test(articleText(ctx, f))) ? ' It reaches the digital environment.' : ' Nothing extends it to the digital environment.';
    if (status.length > 0) return { status: 'present', oneLine: 'Co-productions get national-work or support status', found: `Found co-productions treated as national works or eligible for support in ${where(status)}.${digital}`, findings: status };
    if (copro.length > 0) return { status: 'partial', oneLine: 'Co-production or co-distribution only encouraged', found: `Found co-production or co-distribution encouraged in ${where(copro)}, without national-work or support status.${digital}`, findings: copro };
    return { status: 'absent', oneLine: 'No co-production or co-distribution arrangement', found: `Found ${coop.length > 0 ? `cultural cooperation in ${where(coop)}, but` : ''} no co-production or co-distribution arrangement.`, findings: coop };
  },
  'og-18.2': (ctx) => {
    const na = notNorthSouth(ctx, 'preferential treatment in the digital environment');
    if (na) return na;
    const pt = of(ctx, 'preferential-treatment');
    const digital = pt.filter((f) => DIGITAL.test(articleText(ctx, f)) || f.location.path.some((h) => /electronic commerce|digital/i.test(h)));
    const bindingDigital = digital.filter(operative);
    if (bindingDigital.length > 0) return { status: 'present', oneLine: 'Binding preferential treatment covering digital trade', found: `Found binding preferential treatment that covers digital delivery in ${where(bindingDigital)}.`, findings: digital };
    if (digital.length > 0) return { status: 'partial', oneLine: 'Digital preferential treatment only as effort or recital', found: `Found preferential treatment that covers digital delivery in ${where(digital)}, but only as a best-endeavour clause or a recital.`, findings: digital };
    // Preferential treatment offline is Article 16's business; paragraph 18.2 asks for it in the digital environment.
    if (pt.length > 0) return { status: 'absent', oneLine: 'Preferential treatment, but none for the digital environment', found: `Found preferential treatment in ${where(pt)}, none of it reaching digital delivery. Missing: preferential access for the developing Party's cultural goods and services traded or delivered digitally.`, findings: pt };
    return { status: 'absent', oneLine: 'No preferential treatment at all', found: 'Found no preferential treatment, digital or otherwise.', findings: [] };
  },
  'og-19.1': (ctx) => {
    const cr = of(ctx, 'convention-reference');
    const complementary = cr.filter((f) => COMPLEMENTARITY.test(f.forceSentence) || COMPLEMENTARITY.test(articleText(ctx, f).slice(0, 2000)));
    const operativeLink = complementary.filter((f) => f.legalForce !== 'recital');
    if (operativeLink.length > 0) return { status: 'present', oneLine: 'Operative clause linking the agreement and the Convention', found: `Found an operative clause on the complementarity of the agreement and the Convention in ${where(operativeLink)}.`, findings: operativeLink };
    if (cr.length > 0) return { status: 'partial', oneLine: 'Convention named, complementarity only in a recital or implied', found: `Found the Convention named in ${where(cr)}, but ${complementary.length > 0 ? 'its complementarity with the agreement is stated only in a recital' : 'no clause makes the agreement and the Convention complementary'}.`, findings: cr };
    return { status: 'absent', oneLine: 'No link between the agreement and cultural-policy instruments', found: 'Found no reference to the Convention and no clause on the complementarity of trade and cultural-policy instruments.', findings: [] };
  },
  'og-19.2': (ctx) => {
    const hits = forced(ctx, cultureSentences(ctx.doc, CIVIL_SOCIETY, 12, false));
    const binding = hits.filter((h) => h.force === 'binding' || h.force === 'exception');
    if (binding.length > 0) return { status: 'present', oneLine: 'Binding consultation of civil society or publication', found: `Found ${signals(binding)}.`, findings: [] };
    if (hits.length > 0) return { status: 'partial', oneLine: 'Civil-society involvement only as effort or recital', found: `Found ${signals(hits)}, but only as a best-endeavour clause or a recital.`, findings: [] };
    return { status: 'absent', oneLine: 'No civil-society involvement or transparency', found: 'Found no mention of civil society, stakeholders or public consultation.', findings: [] };
  },
  'og-19.3': (ctx) => {
    const hits = forced(ctx, [...cultureSentences(ctx.doc, CULTURE_AUTHORITY, 8, false), ...cultureSentences(ctx.doc, CULTURE_BODY, 8)]);
    const binding = hits.filter((h) => h.force === 'binding' || h.force === 'exception');
    if (binding.length > 0) return { status: 'present', oneLine: 'Culture authorities or a culture body take part, bindingly', found: `Found ${signals(binding)}.`, findings: [] };
    if (hits.length > 0) return { status: 'partial', oneLine: 'Culture authorities associated only as effort or recital', found: `Found ${signals(hits)}, but only as a best-endeavour clause or a recital.`, findings: [] };
    return { status: 'absent', oneLine: 'No coordination of culture and trade authorities', found: 'Found no culture ministry, authority or body with culture in its remit in the trade institutions.', findings: [] };
  },
  'og-19.4': (ctx) => {
    const carve = of(ctx, 'cultural-exemption');
    const map = { covered: 'present', 'partly-covered': 'partial', 'not-covered': 'absent', 'no-ecommerce': 'not-applicable' } as const;
    const line = { covered: 'Cultural carve-out reaches the e-commerce rules', 'partly-covered': 'Cultural carve-out reaches some e-commerce rules only', 'not-covered': 'E-commerce rules reach culture unchecked', 'no-ecommerce': 'No e-commerce commitments to reach' } as const;
    return { status: map[ctx.ecommerce.verdict], oneLine: line[ctx.ecommerce.verdict], found: ctx.ecommerce.explanation, findings: [...carve, ...of(ctx, 'ecommerce', 'ecommerce-commitment')] };
  },
  'og-19.5': (ctx) => {
    const cr = of(ctx, 'convention-reference');
    // Only a broad carve-out (culture, cultural industries, audio-visual) keeps room for new cultural policy.
    const space = of(ctx, 'policy-space', 'cultural-exemption').filter((f) => f.category === 'policy-space' || isBroadCarveOut(f.forceSentence, f.tags));
    if (cr.length > 0 && space.length > 0) return { status: 'present', oneLine: 'Convention named and policy space kept', found: `Found the Convention named (${where(cr)}) and room for cultural policy (${where(space)}).`, findings: [...cr, ...space] };
    if (cr.length > 0) return { status: 'partial', oneLine: 'Convention named, policy space not kept', found: `Found the Convention named (${where(cr)}). Missing: a carve-out or right to regulate that keeps room for new cultural policies.`, findings: cr };
    if (space.length > 0) return { status: 'partial', oneLine: 'Policy space kept, Convention not named', found: `Found room for cultural policy (${where(space)}). Missing: an explicit reference to the 2005 Convention.`, findings: space };
    return { status: 'absent', oneLine: 'Neither the Convention nor policy space', found: 'Found neither a reference to the 2005 Convention nor a clause keeping room for cultural policy.', findings: [] };
  },
};
