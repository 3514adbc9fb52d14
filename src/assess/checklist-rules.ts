import type { FindingOrSignal } from '../model.js';
import { squash } from '../nlp/index.js';
import { isDefinition, legalForceOf } from './legal-force.js';
import type { PartyMix } from '../parties/index.js';
import { isBroadCarveOut } from './carve-out-subject.js';
import { supportAimedAtDevelopingParty } from './developing-party-support.js';
import { grantsAdvantage } from './preferential-grant.js';
import { coproductionSentences, type CoproductionReach, type CoproductionSentence } from './coproduction-sentences.js';
import { instrumentInterfaceItem } from './instrument-interface-rule.js';
import { inPreamblePlace } from './outline.js';
import { evidenceSentences } from './finding-sentences.js';
import { where } from './places.js';
import { civilSocietyItem, cultureCoordinationItem } from './participation-rules.js';
import { articleBody, articleText, of, type RuleContext, type RuleResult } from './rule-context.js';
import type { AssessedFinding, AssessedSignal, ChecklistItemId } from './types.js';

const operative = (f: AssessedFinding) => f.legalForce === 'binding' || f.legalForce === 'exception';
const DIGITAL = /\bdigital|\belectronic|\bonline\b|\binternet\b|new technolog|information society|num[ée]rique|electr[óo]nic/i;
/** Where each sentence stands and what it says: "Art. 71 (\"2. Cooperation in ... co-production and training.\")". */
const quoted = (sentences: readonly CoproductionSentence[]) => [...new Map(sentences.map((s) => [s.sentence, s])).values()].map((s) => `${where([s.finding])} ("${clip(s.sentence)}")`).join('; ');
const clip = (sentence: string) => (sentence.length > 400 ? `${sentence.slice(0, 399)}…` : sentence);
const findingsOf = (sentences: readonly CoproductionSentence[]) => [...new Set(sentences.map((s) => s.finding))];
const parties = (mix: PartyMix) => (mix.known ? `developed: ${mix.developed.join(', ') || 'none'}; developing: ${mix.developing.join(', ') || 'none'}` : 'the Parties are not known');

function notNorthSouth(ctx: RuleContext, what: string): RuleResult | undefined {
  if (ctx.parties.northSouth === 'applies') return undefined;
  if (ctx.parties.northSouth === 'undetermined') {
    return { status: 'undetermined', oneLine: 'The Parties could not be determined', found: `It applies between developed and developing Parties, and the document does not say who its Parties are (no metadata, no Parties named in its title, preamble or signature block), so whether ${what} is expected cannot be told. State them with a "Parties:" line or --parties.`, findings: [] };
  }
  return { status: 'not-applicable', oneLine: 'No developed and developing Party face each other', found: `It applies between developed and developing Parties, and here ${parties(ctx.mix)}, so ${what} is not expected.`, findings: [] };
}

/** What each item checks, in plain words (the first sentence of its explanation). */
export const CHECKS: Record<ChecklistItemId, string> = {
  'art-16': 'Checked whether a developed Party grants preferential treatment to the artists, cultural professionals, or cultural goods and services of a developing Party.',
  'art-21': 'Checked whether the Parties commit to promote the Convention\'s objectives in other international forums or to consult each other on cultural matters there.',
  'og-18.1': 'Checked for co-production or co-distribution arrangements with the developing Party: whether co-productions count as national works or qualify for support (present) or are only encouraged (partial), and whether they extend to the digital environment.',
  'og-18.2': 'Checked for preferential treatment of the developing Party that covers cultural goods and services traded or delivered digitally.',
  'og-19.1': 'Checked whether an operative clause ties the agreement to the Convention (complementarity, mutual supportiveness) or to another cultural-policy instrument already in place (a protocol on cultural cooperation, a co-production agreement or annex), or only to a future one, or whether the Convention is named only in a recital.',
  'og-19.2': 'Checked for a body or standing procedure through which civil society or the cultural sector takes part in the agreement, whether its remit is the whole agreement or culture (not only labour or environment), and how binding it is.',
  'og-19.3': 'Checked for a body of the agreement with culture in its remit or expressly given cultural functions, or culture authorities taking part in its institutions, and how binding that is.',
  'og-19.4': 'Checked whether a cultural carve-out reaches the agreement\'s e-commerce commitments (the e-commerce verdict below).',
  'og-19.5': 'Checked for an explicit reference to the 2005 Convention and for a clause that keeps room for cultural policy (a carve-out or a right-to-regulate affirmation).',
};

export const RULES: Record<ChecklistItemId, (ctx: RuleContext) => RuleResult> = {
  'art-16': (ctx) => {
    const na = notNorthSouth(ctx, 'preferential treatment under Article 16');
    if (na) return na;
    const pt = of(ctx, 'preferential-treatment');
    // Technical assistance or capacity building for the developing Party's cultural sector is partial at any force.
    const granting = pt.filter((f) => operative(f) && grantsAdvantage(ctx.doc, f));
    if (granting.length > 0) return { status: 'present', oneLine: 'Binding preferential treatment for the developing Party', found: `Found binding preferential treatment in ${where(granting)}.`, findings: pt };
    if (pt.length > 0) return { status: 'partial', oneLine: 'Preferential treatment only as best endeavour, assistance or recital', found: `Found preferential treatment in ${where(pt)}, but only as an effort, technical assistance or a recital; no binding grant of market access or entry for artists.`, findings: pt };
    const aimed = supportAimedAtDevelopingParty((f) => articleText(ctx, f), of(ctx, 'cultural-cooperation'), ctx.mix);
    if (aimed.length > 0) {
      const said = aimed.map((a) => `${where([a.finding])}: "${a.sentence}"`).join('; ');
      return { status: 'partial', oneLine: 'Cultural cooperation aimed at the developing Party', found: `Found cooperation that names the developing Party as the one associated with, assisted in or supported for cultural programmes (${said}); no binding grant of market access or entry for artists.`, findings: aimed.map((a) => a.finding) };
    }
    return { status: 'absent', oneLine: 'No preferential treatment for cultural goods, services or artists', found: `Found no preferential treatment (${parties(ctx.mix)}). Missing: market access, entry of artists or co-production benefits for the developing Party.`, findings: [] };
  },
  'art-21': (ctx) => {
    // Art. 21 is itself an undertaking to promote: an operative commitment meets it whatever its wording.
    const ic = of(ctx, 'international-coordination');
    const committed = ic.filter((f) => f.legalForce !== 'recital');
    if (committed.length > 0) return { status: 'present', oneLine: 'A commitment to promote the Convention or cultural diversity in other fora', found: `Found an operative commitment to promote the Convention's objectives or to coordinate on culture in other fora in ${where(committed)}.`, findings: committed };
    const cr = of(ctx, 'convention-reference');
    if (cr.length > 0) return { status: 'partial', oneLine: 'The Convention is named, with no commitment to promote it', found: `Found the Convention named in ${where(cr)}${ic.length > 0 ? `, and coordination in other fora only in a recital (${where(ic)})` : ''}. Missing: an operative commitment to promote its objectives or to consult in other fora.`, findings: [...cr, ...ic] };
    return { status: 'absent', oneLine: 'No commitment to promote the Convention in other forums', found: `Found ${ic.length > 0 ? `coordination in other fora only in a recital (${where(ic)}), and ` : ''}no reference to the Convention. Missing: a clause to cooperate in UNESCO or other forums to promote cultural diversity or the Convention.`, findings: ic };
  },
  'og-18.1': (ctx) => {
    const na = notNorthSouth(ctx, 'collaboration with a developing Party');
    if (na) return na;
    const coop = of(ctx, 'cultural-cooperation', 'preferential-treatment');
    const sentences = coproductionSentences(coop, (f) => articleBody(ctx, f), ctx.doc.language, (f) => inPreamblePlace(ctx.doc, f.location));
    const reaching = (reach: CoproductionReach) => sentences.filter((s) => s.reach === reach);
    const copro = sentences.filter((s) => s.reach !== 'collaboration');
    const digital = copro.some((s) => DIGITAL.test(articleText(ctx, s.finding))) ? ' It reaches the digital environment.' : ' Nothing extends it to the digital environment.';
    // The strongest form: co-productions with the developing Party count as national works or get support, or an instrument that gives them is concluded.
    const operativeArrangements = reaching('operative');
    if (operativeArrangements.length > 0) return { status: 'present', oneLine: 'Co-productions get national-work or support status', found: `Found an operative co-production arrangement (national-work or support status, or a co-production instrument concluded) in ${quoted(operativeArrangements)}.${digital}`, findings: findingsOf(operativeArrangements) };
    if (copro.length > 0) return { status: 'partial', oneLine: 'Co-production or co-distribution only encouraged', found: `Found co-production or co-distribution encouraged in ${quoted(copro)}, without national-work or support status.${digital}`, findings: findingsOf(copro) };
    const collaboration = reaching('collaboration');
    if (collaboration.length > 0) return { status: 'partial', oneLine: 'Other collaboration in the cultural industries, no co-production arrangement', found: `Found other forms of collaboration in the cultural or audiovisual industries (joint initiatives, training of professionals) in ${quoted(collaboration)}, but no co-production or co-distribution arrangement.`, findings: findingsOf(collaboration) };
    const operativeCoop = coop.filter((f) => f.legalForce !== 'recital');
    return { status: 'absent', oneLine: 'No co-production or co-distribution arrangement', found: `Found ${operativeCoop.length > 0 ? `cultural cooperation in ${where(operativeCoop)}, but ` : ''}no co-production or co-distribution arrangement.`, findings: operativeCoop };
  },
  'og-18.2': (ctx) => {
    const na = notNorthSouth(ctx, 'preferential treatment in the digital environment');
    if (na) return na;
    const pt = of(ctx, 'preferential-treatment');
    // The preference itself must cover digital delivery: its own sentences say so, or it stands in an e-commerce chapter.
    const digital = pt.filter((f) => evidenceSentences(ctx.doc, f).some((s) => DIGITAL.test(s.text)) || f.location.path.some((h) => /electronic commerce|digital/i.test(h)));
    const bindingDigital = digital.filter(operative);
    if (bindingDigital.length > 0) return { status: 'present', oneLine: 'Binding preferential treatment covering digital trade', found: `Found binding preferential treatment that covers digital delivery in ${where(bindingDigital)}.`, findings: digital };
    if (digital.length > 0) return { status: 'partial', oneLine: 'Digital preferential treatment only as effort or recital', found: `Found preferential treatment that covers digital delivery in ${where(digital)}, but only as a best-endeavour clause or a recital.`, findings: digital };
    // A binding preference in technology-neutral words, in an article that takes co-operation into the digital environment elsewhere.
    const neutral = pt.filter((f) => operative(f) && DIGITAL.test(articleText(ctx, f)));
    if (neutral.length > 0) return { status: 'partial', oneLine: 'Preferential treatment in technology-neutral words', found: `Found binding preferential treatment in ${where(neutral)}, in words that neither name nor exclude digital delivery, in an article that speaks of the digital environment elsewhere. Missing: a preference that expressly covers cultural goods and services traded or delivered digitally.`, findings: neutral };
    // Preferential treatment offline is Article 16's business; paragraph 18.2 asks for it in the digital environment.
    if (pt.length > 0) return { status: 'absent', oneLine: 'Preferential treatment, but none for the digital environment', found: `Found preferential treatment in ${where(pt)}, none of it reaching digital delivery. Missing: preferential access for the developing Party's cultural goods and services traded or delivered digitally.`, findings: pt };
    return { status: 'absent', oneLine: 'No preferential treatment at all', found: 'Found no preferential treatment, digital or otherwise.', findings: [] };
  },
  'og-19.1': instrumentInterfaceItem,
  'og-19.2': civilSocietyItem,
  'og-19.3': cultureCoordinationItem,
  'og-19.4': (ctx) => {
    const map = { covered: 'present', 'partly-covered': 'partial', 'not-covered': 'absent', 'no-ecommerce': 'not-applicable', undetermined: 'undetermined' } as const;
    const line = { covered: 'Cultural carve-out reaches the e-commerce rules', 'partly-covered': 'Cultural carve-out reaches some e-commerce rules only', 'not-covered': 'E-commerce rules reach culture unchecked', 'no-ecommerce': 'No e-commerce commitments to reach', undetermined: 'Written in a language the rules do not read' } as const;
    // The commitments first, then the carve-outs that reach them, as the verdict rests on them.
    const key = (f: FindingOrSignal) => `${f.fingerprint}@${f.location.start}`;
    const assessed = new Map<string, AssessedFinding | AssessedSignal>([...ctx.findings, ...ctx.signals].map((f) => [key(f), f]));
    // A commitment read from a whole e-commerce provision is quoted at the sentence it is written in, with that sentence's force.
    const restsOn = ctx.ecommerce.restsOn.flatMap(({ clause, sentence }) => {
      const f = assessed.get(key(clause));
      if (!f) return [];
      return sentence === undefined || squash(sentence) === squash(f.forceSentence) ? [f] : [{ ...f, excerpt: sentence, forceSentence: sentence, legalForce: legalForceOf(sentence, { language: ctx.doc.language }) }];
    });
    return { status: map[ctx.ecommerce.verdict], oneLine: line[ctx.ecommerce.verdict], found: ctx.ecommerce.explanation, findings: restsOn.filter((f): f is AssessedFinding => 'category' in f), signals: restsOn.filter((f): f is AssessedSignal => 'kind' in f), restsOn };
  },
  'og-19.5': (ctx) => {
    const cr = of(ctx, 'convention-reference');
    // Only a broad carve-out (culture, cultural industries, audio-visual) keeps room for new cultural policy;
    // a definition of the words it uses ("person engaged in a cultural industry means …") keeps none by itself.
    const space = of(ctx, 'policy-space', 'cultural-exemption').filter((f) => f.category === 'policy-space' || (isBroadCarveOut(f.forceSentence, f.tags) && !isDefinition(f.forceSentence, ctx.doc.language)));
    if (cr.length > 0 && space.length > 0) return { status: 'present', oneLine: 'Convention named and policy space kept', found: `Found the Convention named (${where(cr)}) and room for cultural policy (${where(space)}).`, findings: [...cr, ...space] };
    if (cr.length > 0) return { status: 'partial', oneLine: 'Convention named, policy space not kept', found: `Found the Convention named (${where(cr)}). Missing: a carve-out or right to regulate that keeps room for new cultural policies.`, findings: cr };
    if (space.length > 0) return { status: 'partial', oneLine: 'Policy space kept, Convention not named', found: `Found room for cultural policy (${where(space)}). Missing: an explicit reference to the 2005 Convention.`, findings: space };
    return { status: 'absent', oneLine: 'Neither the Convention nor policy space', found: 'Found neither a reference to the 2005 Convention nor a clause keeping room for cultural policy.', findings: [] };
  },
};
