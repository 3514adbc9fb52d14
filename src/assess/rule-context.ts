import type { AgreementDocument, Category } from '../model.js';
import type { AgreementParties, PartyMix } from '../parties/index.js';
import { bodyStartOf } from './finding-sentences.js';
import type { AssessedFinding, AssessedSignal, EcommerceAssessment, Status } from './types.js';

/** What a checklist rule reads: the document, its assessed findings and signals, and who its Parties are. */
export interface RuleContext {
  doc: AgreementDocument;
  findings: AssessedFinding[];
  signals: AssessedSignal[];
  mix: PartyMix;
  parties: AgreementParties;
  ecommerce: EcommerceAssessment;
}

/** What a rule decides; index.ts adds the title and the reference. */
export interface RuleResult {
  status: Status;
  oneLine: string;
  /** What was found and what is missing (the "what was checked" part comes from `CHECKS`). */
  found: string;
  findings: AssessedFinding[];
  /** The signals the status rests on, when it reads any. */
  signals?: AssessedSignal[];
  /** The findings and signals in the order to quote them, when that is not the findings first. */
  restsOn?: Array<AssessedFinding | AssessedSignal>;
}

/** The findings of these categories. */
export const of = (ctx: RuleContext, ...categories: Category[]) => ctx.findings.filter((f) => categories.includes(f.category));

/** The text of the article a finding stands in. */
export const articleText = (ctx: RuleContext, f: AssessedFinding) => ctx.doc.text.slice(f.location.start, f.location.end);

/** The text of the article a finding stands in, after its heading (its number and title): its sentences alone. */
export function articleBody(ctx: RuleContext, f: AssessedFinding): string {
  const article = articleText(ctx, f);
  return article.slice(bodyStartOf(ctx.doc, f.location.start, article));
}
