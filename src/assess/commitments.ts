import { kindOf, type AgreementDocument, type FindingOrSignal, type OutlineNode } from '../model.js';
import { splitSentences, squash } from '../nlp/index.js';
import { IN_SENTENCE, placeOf } from '../place-names.js';
import { bodyStartOf } from './finding-sentences.js';
import { legalForceOf } from './legal-force.js';
import { chapterByNumber, enclosing, spanOf, walk } from './outline.js';
import { namedChapterNumbers } from './scope.js';
import type { CommitmentKind, Span } from './types.js';

/** One e-commerce commitment that a cultural carve-out would have to reach. */
export interface Commitment {
  kind: CommitmentKind;
  finding: FindingOrSignal;
  /** Where the obligation itself is written (the article). */
  article: Span;
  /** Chapters whose obligations the commitment pulls in ("subject to the obligations of Chapters 9, 10 and 12"). */
  via: Span[];
  /** True when it deems electronic deliveries to be services under a services Section the outline cannot place. */
  viaServicesSection: boolean;
  /** True when that Section is named for cross-border supply ("within the meaning of Section 3 (Cross-border Supply of Services)"): establishment is not what it deems them. */
  viaCrossBorderSupply: boolean;
  /** The operative sentence its words are written in, when they show it (a rule's tag alone may name the kind). */
  sentence?: string;
}

/** Wording that shows each commitment kind; a rule's `ecommerce:<kind>` tag counts as well. */
const SIGNS: Record<CommitmentKind, RegExp[]> = {
  // "électronique" opens on a letter that JavaScript's \b does not count as one, so it is looked for after any non-letter.
  'customs-duties': [/\bcustoms dut(?:y|ies)\b|\bderechos (?:de )?aduan|\baranceles\b|\bdroits de douane\b/i, /\belectronic|\bdigital|\belectr[óo]nic|\bnum[ée]rique|(?<!\p{L})[ée]lectroni/iu],
  'non-discrimination': [/\bless favou?rable treatment\b|\btrato menos favorable\b|\btraitement moins favorable\b/i, /\bdigital products?\b|\bproductos digitales\b|\bproduits num[ée]riques\b/i],
  'market-access': [
    /\b(?:supply of a service|services?) (?:delivered|performed|supplied|provided|transmitted)[^.]{0,40}electronic|\b(?:supply of a service|services?) using electronic means|\bsupply (?:through|by|using) electronic means of services\b|\b(?:prohibit|restrict)\w* (?:or (?:prohibit|restrict)\w* )?electronic commerce\b|\bsuministro de (?:los )?servicios (?:por|a trav[ée]s de|mediante) medios electr[óo]nicos\b|\bservicios (?:suministrados|prestados|transmitidos) (?:por medios electr[óo]nicos|electr[óo]nicamente)\b|\bfourniture de services par (?:voie|des moyens) [ée]lectroniques?\b|\bservices (?:fournis|transmis) (?:par (?:voie|des moyens) [ée]lectroniques?|[ée]lectroniquement)\b|\belectronic supply of services\b|\b(?:considered|regarded|treated) as (?:the |a )?(?:provision|supply) of (?:a )?services?\b|\bconsid[ée]r[ée]e? comme (?:une )?(?:prestation|fourniture) de services\b|\bconsiderar[áa]n? (?:como )?(?:un |el )?suministro de servicios\b|\bsuministro electr[óo]nico de servicios\b/i,
  ],
};

function commitmentKindsIn(text: string, tags: string[]): CommitmentKind[] {
  return (Object.keys(SIGNS) as CommitmentKind[]).filter(
    (kind) => tags.includes(`ecommerce:${kind}`) || SIGNS[kind].every((re) => re.test(text)),
  );
}

/** Cooperation, dialogue or exchange of views: it opens no market and binds nobody to a treatment. */
const COOPERATION_ONLY = /\bcooperat\w*|\bdialogue\b|\bexchange (?:of )?(?:information|views|experiences?)\b|\bcoop[ée]r\w*|\bdi[áa]logo\b|\bintercambi\w*|(?<!\p{L})échange\w* (?:d['’]informations?|de vues)\b/iu;
/** The words of an obligation not to burden trade, which a cooperation sentence may still hold ("shall not impose"). */
const UNDERTAKING = /\b(?:shall|will|may) not (?:impose|accord|adopt|maintain|restrict)\b|\bno (?:impondr|otorgar)\w*|\bn['’](?:impose|accorde)\w*\b|\bshall (?:accord|allow|permit|ensure)\b/iu;

/**
 * A declaration that the agreement's obligations bind a measure ("The Parties affirm that measures
 * affecting the supply of a service delivered electronically are subject to the obligations ... of
 * Chapter 8", "... fall within the scope of the obligations ..."): worded as a recital, it commits as the
 * obligations it names do.
 */
const APPLIES_OBLIGATIONS =
  /\b(?:is|are) subject to the (?:relevant )?(?:obligations|disciplines)\b|\bfalls? within the scope of the (?:relevant )?(?:obligations|disciplines)\b|\best[áa]n sujet[ao]s a las (?:obligaciones|disciplinas)\b|\b(?:est[áa]n|se encuentran) dentro del (?:[áa]mbito|alcance)(?: de aplicaci[óo]n)? de las (?:obligaciones|disciplinas)\b|\bsont (?:soumises?|assujetties?) aux (?:obligations|disciplines)\b|\brel[èe]vent du champ d['’]application des (?:obligations|disciplines)\b/i;

/**
 * The sentences of an article where a commitment of a kind is written: an operative sentence (not a
 * recital, not cooperation or dialogue alone) that holds the kind's words. The kinds an article
 * pulls in only through cooperation ("the Parties shall cooperate on customs duties on electronic
 * transmissions") are not commitments.
 */
function operativeKinds(doc: AgreementDocument, text: string, tags: string[]): Array<{ kind: CommitmentKind; sentence?: string }> {
  const sentences = splitSentences(text, 0, text.length, 'with-lead-in').map((span) => squash(text.slice(span.start, span.end)));
  const operative = sentences.filter((s) => (legalForceOf(s, { language: doc.language }) !== 'recital' || APPLIES_OBLIGATIONS.test(s)) && (!COOPERATION_ONLY.test(s) || UNDERTAKING.test(s)));
  const tagged = commitmentKindsIn('', tags);
  const worded = new Set(operative.flatMap((s) => commitmentKindsIn(s, [])));
  // A rule's tag names the kind; the article must still hold an operative sentence for it to bind. A rule
  // tagged with several kinds says only that one of them is there ("duties on electronic transmissions or
  // treatment of digital products"): then the article's words tell which, and the tags speak only when
  // the words show none.
  const named = tagged.length > 1 && worded.size > 0 ? [] : tagged;
  const writtenIn = (kind: CommitmentKind) => operative.find((s) => commitmentKindsIn(s, []).includes(kind));
  return [...new Set([...named.filter(() => operative.length > 0), ...worded])].map((kind) => ({ kind, sentence: writtenIn(kind) }));
}

/** Chapters that take in services delivered electronically when a clause routes them to "the other provisions of this Agreement". */
const SERVICE_CHAPTER = /\bservices?\b|\binvestment\b|\bestablishment\b|\bservicios\b|\binversi[óo]n\b|(?<!\p{L})établissement\b|\binvestissement\b/iu;
const GENERIC_ROUTING = /\bin accordance with (?:the )?(?:relevant |other |another )?(?:provisions?|chapters?|obligations?) of this agreement\b|\bsubject to the (?:relevant )?(?:provisions|obligations|disciplines|commitments) of this agreement\b|\bde conformidad con (?:las )?(?:otras )?disposiciones (?:pertinentes )?de este (?:acuerdo|tratado)\b|\bconformément aux (?:autres )?dispositions (?:pertinentes )?du présent accord\b/i;

/** The services and investment chapters a generic routing clause sends deliveries to. */
function routedChapters(doc: AgreementDocument, text: string, at: number): OutlineNode[] {
  if (!GENERIC_ROUTING.test(text)) return [];
  return [...walk(doc.outline)].filter((n) => n.kind === 'chapter' && SERVICE_CHAPTER.test(n.heading ?? '') && !(n.start <= at && at < n.end));
}

/** The e-commerce commitments of an agreement, read from its e-commerce findings and their articles. */
export function commitmentsOf(doc: AgreementDocument, findings: readonly FindingOrSignal[]): Commitment[] {
  const out: Commitment[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    if (kindOf(finding) !== 'ecommerce' && kindOf(finding) !== 'ecommerce-commitment') continue;
    const { start, end } = finding.location;
    const text = doc.text.slice(start, end);
    // The heading binds nobody: a title on a line of its own ("Customs Duties") is no operative sentence.
    for (const { kind, sentence } of operativeKinds(doc, text.slice(bodyStartOf(doc, start, text)), finding.tags)) {
      const key = `${kind}@${start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const named = namedChapterNumbers(text).map((n) => chapterByNumber(doc, n, start)).filter((n): n is OutlineNode => n !== undefined && !n.children.some((c) => c.start <= start && start < c.end) && !(n.start <= start && start < n.end));
      const via = kind === 'market-access' ? (named.length > 0 ? named : routedChapters(doc, text, start)).map(spanOf) : [];
      const viaServicesSection = kind === 'market-access' && /\bwithin the meaning of (?:section|sub-section)\b/i.test(text);
      const viaCrossBorderSupply = viaServicesSection && /\bwithin the meaning of (?:section|sub-section)\b[^.;]{0,60}\bcross[- ]border (?:supply|trade)\b/i.test(text);
      const article = { start, end, label: placeOf(finding.location, IN_SENTENCE) };
      out.push({ kind, finding, article, via, viaServicesSection, viaCrossBorderSupply, ...(sentence === undefined ? {} : { sentence }) });
    }
  }
  return out;
}

/** The chapter an offset sits in, to match "this Section" carve-outs of the same chapter. */
export function chapterOf(doc: AgreementDocument, offset: number): OutlineNode | undefined {
  return enclosing(doc, offset, ['chapter']);
}
