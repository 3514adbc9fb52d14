import type { AgreementDocument, Finding, OutlineNode } from '../model.js';
import { chapterByNumber, enclosing, spanOf } from './outline.js';
import { namedChapterNumbers } from './scope.js';
import type { CommitmentKind, Span } from './types.js';

/** One e-commerce commitment that a cultural carve-out would have to reach. */
export interface Commitment {
  kind: CommitmentKind;
  finding: Finding;
  /** Where the obligation itself is written (the article). */
  article: Span;
  /** Chapters whose obligations the commitment pulls in ("subject to the obligations of Chapters 9, 10 and 12"). */
  via: Span[];
  /** True when it deems electronic deliveries to be services under a services Section the outline cannot place. */
  viaServicesSection: boolean;
}

/** Wording that shows each commitment kind; a rule's `ecommerce:<kind>` tag counts as well. */
const SIGNS: Record<CommitmentKind, RegExp[]> = {
  'customs-duties': [/\bcustoms dut(?:y|ies)\b|\bderechos (?:de )?aduan|\bdroits de douane\b/i, /\belectronic|\bdigital|\belectr[óo]nic|\bnum[ée]rique|\bélectronique/i],
  'non-discrimination': [/\bless favou?rable treatment\b|\btrato menos favorable\b|\btraitement moins favorable\b/i, /\bdigital products?\b|\bproductos digitales\b|\bproduits num[ée]riques\b/i],
  'market-access': [
    /\b(?:supply of a service|services?) (?:delivered|performed|supplied|provided)[^.]{0,40}electronic|\b(?:supply of a service|services?) using electronic means|\belectronic supply of services\b|\bconsidered as the (?:provision|supply) of services\b|\bsuministro electr[óo]nico de servicios\b/i,
  ],
};

export function commitmentKindsIn(text: string, tags: string[]): CommitmentKind[] {
  return (Object.keys(SIGNS) as CommitmentKind[]).filter(
    (kind) => tags.includes(`ecommerce:${kind}`) || SIGNS[kind].every((re) => re.test(text)),
  );
}

/** The e-commerce commitments of an agreement, read from its e-commerce findings and their articles. */
export function commitmentsOf(doc: AgreementDocument, findings: Finding[]): Commitment[] {
  const out: Commitment[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    if (finding.category !== 'ecommerce' && finding.category !== 'ecommerce-commitment') continue;
    const { start, end } = finding.location;
    const text = doc.text.slice(start, end);
    for (const kind of commitmentKindsIn(text, finding.tags)) {
      const key = `${kind}@${start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const via = kind === 'market-access'
        ? namedChapterNumbers(text).map((n) => chapterByNumber(doc, n, start)).filter((n): n is OutlineNode => n !== undefined && !n.children.some((c) => c.start <= start && start < c.end) && !(n.start <= start && start < n.end)).map(spanOf)
        : [];
      const viaServicesSection = kind === 'market-access' && /\bwithin the meaning of (?:section|sub-section)\b/i.test(text);
      const article = { start, end, label: `Article ${finding.location.articleNumber}` };
      out.push({ kind, finding, article, via, viaServicesSection });
    }
  }
  return out;
}

/** The chapter an offset sits in, to match "this Section" carve-outs of the same chapter. */
export function chapterOf(doc: AgreementDocument, offset: number): OutlineNode | undefined {
  return enclosing(doc, offset, ['chapter']);
}
