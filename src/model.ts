/**
 * Types shared by every stage of the pipeline:
 * ingest → structure → engine → assess → report / tui.
 * Each stage owns its own internals; only what crosses a stage boundary lives here.
 */

/** The input formats culturescan reads. */
export const FORMATS = ['txt', 'md', 'html', 'docx', 'pdf', 'tota-xml'] as const;
export type Format = (typeof FORMATS)[number];

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const NODE_KINDS = [
  'preamble',
  'part',
  'chapter',
  'section',
  'subsection',
  'article',
  'paragraph',
  'annex',
  'appendix',
  'protocol',
  'footnotes',
  'conclusion',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** One node of an agreement's outline. Offsets index `AgreementDocument.text` (normalised). */
export interface OutlineNode {
  kind: NodeKind;
  /** The number as printed: "14.4", "1501", "G-01", "XIV", "(a)". Absent for a preamble. */
  number?: string;
  heading?: string;
  /** Offset of the first character of the node (its heading line, when it has one). */
  start: number;
  /**
   * Offset just past the node's heading (its label, number and title, over one or more lines), when
   * it has a heading of its own: what follows is the node's text. A heading names a node; it is not
   * one of its sentences.
   */
  headingEnd?: number;
  /** Offset just past the node's last character. */
  end: number;
  /** 1-based page of `start`, for paginated formats. */
  page?: number;
  /** ToTA `article_identifier` / `chapter_identifier` when the input is ToTA XML. */
  externalId?: string;
  /** On a footnotes node: its notes one by one, each with the place in the text that calls it when that was found. */
  notes?: Note[];
  children: OutlineNode[];
}

/**
 * One note of a footnotes node. A note belongs to the text that calls it ("services.[1]", "services1"),
 * wherever the layout printed it: at the foot of the page, after the article, at the end of the document.
 */
export interface Note {
  /** Its number as printed ("1", "12"), or the symbol it is marked by ("*", "†"). */
  number: string;
  start: number;
  end: number;
  /** Where the note's own words begin, after its number ("3Nothing in this Article …" as a page's foot prints it). */
  textStart: number;
  /** Offset of the call (its number in the text it annotates), when found. */
  calledAt?: number;
}

/** A page of a paginated source: `[start, end)` in the normalised text. */
export interface PageSpan {
  page: number;
  start: number;
  end: number;
}

export type PartyStatus = 'developing' | 'developed';

/** What is known of the agreement itself (ToTA `<meta>`, or document properties). */
export interface AgreementMeta {
  name?: string;
  type?: string;
  /** ISO 3166-1 alpha-3 codes of the parties, when known. */
  parties?: string[];
  /**
   * The States that signed the agreement, where the source lists them apart from its current Parties
   * (ToTA's `parties_original`): the Parties of last resort, after the document's own words, since such
   * lists sometimes leave out one side.
   */
  originalParties?: string[];
  /**
   * Development status of parties where the text itself states it (a "Parties: XAU (developing)"
   * line at the top of a draft); the assessment falls back to its own list of developed economies.
   */
  partyStatus?: Record<string, PartyStatus>;
  /** Who stated `parties`: the source's metadata (ToTA), a "Parties:" line at the top, or the user's --parties. */
  partiesFrom?: 'metadata' | 'parties-line' | 'option';
  dateSigned?: string;
  dateInForce?: string;
  status?: string;
  /** Every other field as read, by its source name. */
  extra?: Record<string, string>;
}

/**
 * Maps offsets of the normalised text back to offsets of the text as extracted from the source,
 * so that an excerpt can always be shown as it stands in the original.
 * `normStarts[i]` (ascending) is where a run begins in the normalised text and `origStarts[i]`
 * where the same run begins in the original; inside a run offsets advance one for one.
 */
export interface OffsetMap {
  normStarts: number[];
  origStarts: number[];
}

/** A stretch of a text written in a language the rules do not read, by offsets of the normalised text. */
export interface UnreadStretch {
  start: number;
  end: number;
  /** "Portuguese", "German", "a language in Cyrillic script". */
  language: string;
}

/** What of a text is written in a language the rules do not read (they read English, French and Spanish). */
export interface UnreadText {
  /** The language most of those stretches are written in. */
  language: string;
  /** Its ISO 639-1 code ("pt"), or "other" for a script that several languages write. */
  code: string;
  /** The agreement itself is written in it (most of its words): the rules read next to nothing of it. */
  whole: boolean;
  stretches: UnreadStretch[];
}

export interface AgreementDocument {
  /** The file name without its extension. */
  id: string;
  source: string;
  format: Format;
  language: Language;
  title: string;
  meta: AgreementMeta;
  /** The normalised text that every offset refers to. */
  text: string;
  /** Pages of a paginated source (PDF); empty otherwise. */
  pages: PageSpan[];
  outline: OutlineNode[];
  /** The text as extracted, before normalisation, and how to get back to it. */
  original: { text: string; map: OffsetMap };
  /** Whether the file ends before the agreement does (a download cut short): the brief lists the rest as missing. */
  cutShort?: boolean;
  /** The labels of the notes the text calls whose text the file lacks (a Word file's notes part lost or damaged): the brief lists them as missing. Absent when none. */
  lostNotes?: string[];
  /** Problems met while reading that did not stop it (a few invalid bytes), one line each; absent when none. */
  warnings?: string[];
  /** The text, or parts of it, written in a language the rules do not read; absent when all of it is read. */
  unread?: UnreadText;
}

/** What a brief was made from and with: the file and its SHA-256, the day, culturescan's and the rules' versions. */
export interface Provenance {
  source: string;
  sha256: string;
  /** ISO date the brief was made. */
  date: string;
  culturescanVersion: string;
  /** A hash of the rules as loaded. */
  rulesVersion: string;
}

/** The seven finding categories of the gold guide; a contract with every consumer of findings. */
export const CATEGORIES = [
  'convention-reference',
  'cultural-exemption',
  'ecommerce',
  'cultural-cooperation',
  'preferential-treatment',
  'policy-space',
  'international-coordination',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Informational kinds: what the assessment reads beside the findings (whether an e-commerce chapter
 * carries binding commitments or escapes dispute settlement; general exceptions; how civil society
 * and culture authorities take part in the agreement, for paras. 19.2 and 19.3; how it meets an
 * existing or future cultural instrument, for para. 19.1). They are signals,
 * never findings: outside the contract of the seven categories, they are neither scored nor reviewed.
 */
export const INFO_KINDS = ['ecommerce-commitment', 'dispute-settlement-exclusion', 'general-exception', 'civil-society-participation', 'culture-coordination', 'cultural-instrument-interface'] as const;
export type InfoKind = (typeof INFO_KINDS)[number];

export function isCategory(kind: string): kind is Category {
  return (CATEGORIES as readonly string[]).includes(kind);
}

export const SEVERITIES = ['info', 'notice', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LEGAL_FORCES = ['binding', 'best-endeavour', 'recital', 'exception'] as const;
export type LegalForce = (typeof LEGAL_FORCES)[number];

/** Where a finding sits: the enclosing article (or the preamble). */
export interface FindingLocation {
  /** ToTA `article_identifier` when the input is ToTA XML. */
  articleId?: string;
  /** The article number as printed, or "preamble". */
  articleNumber: string;
  /** Headings from the top of the outline down to the article, e.g. ["Chapter 8 ...", "Section F ...", "Article 8.70 ..."]. */
  path: string[];
  page?: number;
  start: number;
  end: number;
}

/** One matched span of text that supports a finding. */
export interface Evidence {
  ruleId: string;
  start: number;
  end: number;
  text: string;
}

/** What the rules found in one unit of the text (an article, the preamble): a finding or a signal. */
export interface Detection {
  /** Stable fingerprint: the same clause in the next draft gets the same id. */
  fingerprint: string;
  ruleIds: string[];
  severity: Severity;
  location: FindingLocation;
  /** The sentence(s) around the evidence, matched spans marked with « ». */
  excerpt: string;
  evidence: Evidence[];
  references: string[];
  /** Free-form facets from the rules (e.g. "carve-out:broadcasting") that the assessment reads. */
  tags: string[];
  /** Decided by the assessment stage. */
  legalForce?: LegalForce;
}

/** A cultural clause of one of the seven categories: what is scored, reviewed, compared and counted. */
export interface Finding extends Detection {
  category: Category;
}

/** A clause of an informational kind: evidence the assessment reads and the brief cites, never a finding. */
export interface Signal extends Detection {
  kind: InfoKind;
}

/** A finding or a signal: what the assessment reads, in the order of the text. */
export type FindingOrSignal = Finding | Signal;

/** The category of a finding or the kind of a signal. */
export function kindOf(detection: FindingOrSignal): Category | InfoKind {
  return 'category' in detection ? detection.category : detection.kind;
}

/** What scanning one document yields: its findings (the seven categories) and, apart, its signals. */
export interface Detections {
  findings: Finding[];
  signals: Signal[];
}

/**
 * What a reviewer decided on a finding in `culturescan review`: `keep` (a real clause, to weigh in
 * the negotiation), `dismiss` (a false alarm, or nothing to act on) or `discuss` (to raise with the
 * delegation).
 */
export const DECISIONS = ['keep', 'dismiss', 'discuss'] as const;
export type Decision = (typeof DECISIONS)[number];

/** A review's decision on one finding as a report reads it. */
export interface ReviewMark {
  decision: Decision;
  note?: string;
  /** The clause's words changed since the decision was made (a dismissal then does not remove the finding). */
  changed?: boolean;
}

/** A review's decisions as a report reads them. */
export interface ReviewOutcome {
  /** The decisions file, as the user named it. */
  source: string;
  /** By finding fingerprint, for the findings still in the report. */
  decisions: ReadonlyMap<string, ReviewMark>;
  /** Findings the reviewer dismissed: left out of the assessment, listed with the reviewer's note. */
  dismissed: Array<{ finding: Finding; note?: string }>;
  /** Decisions no finding of this agreement answers to any more: their clause was deleted, or reworded out of its category. */
  lapsed: LapsedDecision[];
}

/** A decision whose clause is gone: what was decided, where, on which words, and in which file. */
export interface LapsedDecision {
  decision: Decision;
  category: string;
  articleNumber: string;
  excerpt: string;
  /** The agreement file it was last decided on. */
  source: string;
  note?: string;
}

/**
 * What scanning one file produced: the shape every scan format prints (jsonl writes it as is).
 * A file that could not be read keeps its place with null title, language and meta, and its problem in `errors`.
 */
export interface DocumentResult {
  /** The file name without its extension (e.g. `pta_11`). */
  documentId: string;
  /** The path as the user gave it. */
  source: string;
  title: string | null;
  /** en, fr or es; another code (pt, or other) for a text written in a language the rules do not read. */
  language: string | null;
  meta: AgreementMeta | null;
  /** The seven categories only. */
  findings: Finding[];
  /** The informational kinds the assessment reads (INFO_KINDS), apart from the findings. */
  signals: Signal[];
  errors: string[];
  /** The file ends before the agreement does (AgreementDocument.cutShort): its findings cover only what it holds. Absent when read whole. */
  cutShort?: true;
  /** The notes the text calls whose text the file lacks (AgreementDocument.lostNotes): a finding a note would give is missing. Absent when none. */
  lostNotes?: string[];
  /** The document's reading warnings (AgreementDocument.warnings); absent when none. */
  warnings?: string[];
}

/**
 * The first line of every report culturescan writes to a file in a format a reader would take for an
 * agreement (text, Markdown, HTML): the readers refuse a file that starts with it, so a report saved
 * beside the agreements is not scanned back as one.
 */
export const OWN_OUTPUT_MARKER = 'written by culturescan: a report, not an agreement';
