import type { Assessment } from '../../assess/types.js';
import type { AgreementDocument, Provenance, ReviewOutcome } from '../../model.js';
import { briefHtml } from './html.js';
import { briefJson } from './json.js';
import { briefMarkdown } from './markdown.js';

/**
 * A brief format: a pure function from the document, its assessment, a review's decisions (if any) and
 * what the brief was made from and with (if known), to the text to write.
 */
export type BriefFormatter = (doc: AgreementDocument, assessment: Assessment, review?: ReviewOutcome, provenance?: Provenance) => string;

/** The brief formats by name; `report --format` accepts exactly these. */
export const BRIEF_FORMATS = {
  markdown: briefMarkdown,
  html: briefHtml,
  json: briefJson,
} as const satisfies Record<string, BriefFormatter>;

export type BriefFormat = keyof typeof BRIEF_FORMATS;
export const BRIEF_FORMAT_NAMES = Object.keys(BRIEF_FORMATS) as BriefFormat[];
