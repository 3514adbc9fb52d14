import type { Finding, FindingOrSignal, LegalForce, Signal } from '../model.js';
import type { AgreementParties } from '../parties/index.js';
import type { SubjectKind } from './carve-out-subject.js';
import type { MissingPart } from './missing-parts.js';
import type { Reference } from './references.js';

/** The checklist items: Convention Arts. 16 and 21, digital guidelines paras. 18.1-18.2 and 19.1-19.5. */
export const CHECKLIST_ITEMS = ['art-16', 'art-21', 'og-18.1', 'og-18.2', 'og-19.1', 'og-19.2', 'og-19.3', 'og-19.4', 'og-19.5'] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number];

/**
 * `undetermined`: the item depends on who the Parties are, and the document does not say; or the text
 * is written in a language the rules do not read, and no clause was found (absence cannot be told).
 */
export const STATUSES = ['present', 'partial', 'absent', 'not-applicable', 'undetermined'] as const;
export type Status = (typeof STATUSES)[number];

/** `undetermined`: the text is written in a language the rules do not read, and nothing found settles the verdict. */
export const VERDICTS = ['covered', 'partly-covered', 'not-covered', 'no-ecommerce', 'undetermined'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The e-commerce commitments a cultural carve-out may have to reach. */
export const COMMITMENT_KINDS = ['customs-duties', 'non-discrimination', 'market-access'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** A stretch of the document, with the words a reader would use for it. */
export interface Span {
  start: number;
  end: number;
  /** e.g. "the whole agreement", "Chapter 13 (Electronic Commerce)", "Article 14.3". */
  label: string;
}

/** What the assessment adds to a finding or a signal: legal force decided, dispute-settlement status known. */
export interface AssessedFacts {
  legalForce: LegalForce;
  /** The sentence the legal force was read from. */
  forceSentence: string;
  /** Where the agreement says dispute settlement does not reach this clause, the sentence saying so. */
  disputeSettlementExcluded?: { by: string; articleNumber: string };
}

/** A finding as the assessment leaves it. */
export type AssessedFinding = Finding & AssessedFacts;

/** A signal as the assessment leaves it: cited as evidence of an item, never counted as a finding. */
export type AssessedSignal = Signal & AssessedFacts;

/** One step of an evidence chain: which finding, where, and what it shows. */
export interface EvidenceStep {
  fingerprint?: string;
  articleNumber: string;
  path: string[];
  page?: number;
  shows: string;
}

export interface ChecklistItem {
  item: ChecklistItemId;
  title: string;
  status: Status;
  /** One line for the summary table. */
  oneLine: string;
  /** One paragraph: what was checked, what was found, what is missing. */
  explanation: string;
  reference: Reference;
  /** The findings the status rests on. */
  findings: AssessedFinding[];
  /** The signals it rests on too (e.g. civil-society participation for para. 19.2). */
  signals: AssessedSignal[];
  /** The findings and signals together, in the order a brief quotes them: the clause the status rests on most first. */
  restsOn: Array<AssessedFinding | AssessedSignal>;
  /** Parts the text refers to but the file lacks whose content could change this status. */
  missingParts: string[];
}

/** How far a carve-out takes a commitment out: fully (broad subject), in part (narrow subject), or not at all. */
export const REACHES = ['full', 'partial', 'none'] as const;
export type Reach = (typeof REACHES)[number];

/** One e-commerce commitment and how each cultural carve-out stands towards it. */
export interface CommitmentReach {
  kind: CommitmentKind;
  articleNumber: string;
  reach: Reach;
  carveOuts: Array<{ articleNumber: string; scope: string; subject: SubjectKind; breadth: 'broad' | 'narrow'; declaratory: boolean; reach: Reach; why: string }>;
  /** Carve-outs left out of `carveOuts` (the furthest-reaching are kept); absent when every one is listed. */
  carveOutsNotListed?: number;
}

export interface EcommerceAssessment {
  verdict: Verdict;
  explanation: string;
  /** Commitment kinds no broad cultural carve-out reaches. */
  notReached: CommitmentKind[];
  /** Each commitment with the reach of the carve-outs (up to a bound, the furthest-reaching first), in words. */
  commitments: CommitmentReach[];
  evidence: EvidenceStep[];
  /**
   * The clauses the verdict rests on, to quote: each commitment where it is written, then each
   * carve-out that reaches one; with no commitment, the e-commerce provisions found. A commitment read
   * from an e-commerce provision carries the sentence it is written in, to quote in the provision's.
   */
  restsOn: Array<{ clause: FindingOrSignal; sentence?: string }>;
}

export interface Assessment {
  documentId: string;
  /** Who the Parties are, how they are classified, and where that came from. */
  parties: AgreementParties;
  /** Annexes, schedules and protocols the text refers to that the file does not contain, and parts written in a language the rules do not read. */
  missingParts: MissingPart[];
  /** The language the agreement is written in when the rules do not read it; absent when they do. */
  unreadLanguage?: string;
  checklist: ChecklistItem[];
  ecommerce: EcommerceAssessment;
  /** The seven categories only. */
  findings: AssessedFinding[];
  /** The informational kinds the assessment read, apart from the findings. */
  signals: AssessedSignal[];
}
