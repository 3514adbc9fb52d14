import { z } from 'zod';
import { CATEGORIES, DECISIONS, INFO_KINDS, LEGAL_FORCES, SEVERITIES } from '../model.js';
import { SUBJECT_KINDS } from './carve-out-subject.js';
import { CHECKLIST_ITEMS, COMMITMENT_KINDS, REACHES, STATUSES, VERDICTS } from './types.js';
import { MAX_CARVE_OUTS_PER_COMMITMENT } from './ecommerce.js';

/** The contract of `culturescan report --format json`: consumers may rely on every field here. */
const Location = z.strictObject({
  articleId: z.string().optional().describe('ToTA article_identifier, for ToTA input.'),
  articleNumber: z.string().describe('Article number as printed, or "preamble".'),
  path: z.array(z.string()).describe('Headings from the top of the outline down to the article.'),
  page: z.number().int().positive().optional().describe('1-based page, for paginated sources.'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** What a finding and a signal both carry in the brief. */
const clauseFields = {
  fingerprint: z.string().min(1).describe('Stable id of the clause across drafts.'),
  ruleIds: z.array(z.string()),
  severity: z.enum(SEVERITIES),
  location: Location,
  excerpt: z.string().describe('The sentence(s) around the evidence, matches marked with « ».'),
  legalForce: z.enum(LEGAL_FORCES).describe('binding, best-endeavour, recital or exception.'),
  forceSentence: z.string().describe('The sentence the legal force was read from.'),
  disputeSettlementExcluded: z.boolean().describe('True when the agreement keeps this clause out of dispute settlement.'),
  references: z.array(z.string()),
  tags: z.array(z.string()),
};

const BriefSignalSchema = z.strictObject({
  ...clauseFields,
  kind: z.enum(INFO_KINDS).describe('The informational kind: evidence the assessment reads, not a finding.'),
});

const BriefFindingSchema = z.strictObject({
  ...clauseFields,
  category: z.enum(CATEGORIES).describe('One of the seven finding categories.'),
  review: z
    .strictObject({
      decision: z.enum(['keep', 'discuss', 'dismiss']).describe('dismiss only with changed: a dismissal made on other words does not remove the finding.'),
      note: z.string().optional(),
      changed: z.literal(true).optional().describe("The clause's words changed since the decision was made."),
    })
    .optional()
    .describe('What the review given with --decisions decided on this finding, if it did.'),
});

export const BriefJsonSchema = z.strictObject({
  documentId: z.string().describe('The file name without its extension.'),
  parties: z
    .strictObject({
      named: z.array(z.strictObject({ name: z.string(), codes: z.array(z.string()), status: z.enum(['developed', 'developing', 'mixed']), group: z.string().optional().describe("The group's id (EU, EFTA) when the Party is a group.") })).describe('Each Party as named: a State, or a group standing for its members.'),
      from: z.enum(['metadata', 'parties-line', 'option', 'title', 'preamble', 'signature', 'unknown']).describe('Where the Parties were learnt.'),
      quote: z.string().optional().describe('The words of the document they were read from.'),
      classifiedBy: z.string().describe('The published list of developed economies the classification comes from.'),
      northSouth: z.enum(['applies', 'not-applicable', 'undetermined']).describe('Whether Art. 16 and paras. 18.1-18.2 apply.'),
    })
    .describe('Who the Parties are, how they are classified, and where that came from.'),
  cutShort: z.literal(true).optional().describe('The file ends before the agreement does (a download cut short): read up to its last whole part, the rest listed in missingParts (holds: rest). Absent when the file was read whole.'),
  lostNotes: z.array(z.string()).optional().describe('The labels of the notes the text calls whose text the file lacks (a Word file whose notes part is lost or damaged), listed in missingParts (holds: notes). Absent when none.'),
  missingParts: z
    .array(
      z.strictObject({
        name: z.string().describe('As the text names it: "Annex I", "Protocol on Cultural Cooperation".'),
        holds: z.enum(['reservations', 'culture', 'commitments', 'institutions', 'provisions', 'rest', 'notes', 'unread', 'other']).describe('What it probably holds, read from its name and the sentences that refer to it; rest: what follows where a file cut short ends; notes: the text of notes the text calls and the file lacks (lostNotes); unread: a part the file holds in a language the rules do not read.'),
        firstMention: z.string().describe('Where the text first refers to it.'),
        mentions: z.number().int().positive(),
        items: z.array(z.enum(CHECKLIST_ITEMS)).describe('The checklist items its content could change.'),
        verdict: z.boolean().describe('Whether it could change the e-commerce verdict.'),
      }),
    )
    .describe('Annexes, schedules and protocols the text refers to that the file does not contain, and parts it holds in a language the rules do not read (holds: unread): the answers describe what was read, not the whole treaty.'),
  unreadLanguage: z.string().optional().describe('The language the agreement is written in when the rules do not read it (they read English, French and Spanish): statuses that would be absent are then undetermined. Absent when the text is read.'),
  provenance: z
    .strictObject({
      source: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      date: z.string().describe('ISO date the brief was made.'),
      culturescanVersion: z.string(),
      rulesVersion: z.string().describe('A hash of the rules as loaded.'),
    })
    .optional()
    .describe('What the brief was made from and with (present when made by `report`).'),
  checklist: z
    .array(
      z.strictObject({
        item: z.enum(CHECKLIST_ITEMS),
        title: z.string(),
        status: z.enum(STATUSES),
        summary: z.string().describe('One line.'),
        explanation: z.string().describe('What was checked, what was found, what is missing.'),
        reference: z.strictObject({ id: z.string(), number: z.string(), summary: z.string() }),
        findings: z.array(z.string()).describe('Fingerprints of the supporting findings.'),
        signals: z.array(z.string()).describe('Fingerprints of the supporting signals.'),
        missingParts: z.array(z.string()).describe('Names of the missing parts that could change this status.'),
      }),
    )
    .length(CHECKLIST_ITEMS.length),
  ecommerce: z.strictObject({
    verdict: z.enum(VERDICTS),
    explanation: z.string(),
    notReached: z.array(z.string()).describe('E-commerce commitment kinds that no broad cultural carve-out reaches.'),
    commitments: z
      .array(
        z.strictObject({
          kind: z.enum(COMMITMENT_KINDS),
          articleNumber: z.string(),
          reach: z.enum(REACHES).describe('full: a broad carve-out reaches it; partial: only narrow ones; none.'),
          carveOuts: z.array(
            z.strictObject({
              articleNumber: z.string(),
              scope: z.string().describe('Where the carve-out applies, in words.'),
              subject: z.enum(SUBJECT_KINDS).describe('What it takes out.'),
              breadth: z.enum(['broad', 'narrow']),
              declaratory: z.boolean().describe('True when it only recalls exceptions set out elsewhere.'),
              reach: z.enum(REACHES),
              why: z.string().describe('Why it reaches the commitment, or not.'),
            }),
          ),
          carveOutsNotListed: z.number().int().positive().optional().describe(`Carve-outs beyond the ${MAX_CARVE_OUTS_PER_COMMITMENT} listed (those reaching it furthest are kept).`),
        }),
      )
      .describe(`Each e-commerce commitment with the cultural carve-outs (up to ${MAX_CARVE_OUTS_PER_COMMITMENT}, those reaching it furthest), their scope, subject and reach.`),
    evidence: z.array(
      z.strictObject({
        fingerprint: z.string().optional(),
        articleNumber: z.string(),
        path: z.array(z.string()),
        page: z.number().int().positive().optional(),
        shows: z.string().describe('What this step of the chain shows.'),
      }),
    ),
  }),
  findings: z.array(BriefFindingSchema).describe('The findings: the seven categories only.'),
  signals: z.array(BriefSignalSchema).describe('The informational clauses the assessment read (e-commerce commitments, dispute-settlement exclusions, general exceptions, civil-society participation, culture coordination); cited by checklist items, never counted as findings.'),
  review: z
    .strictObject({
      source: z.string().describe('The decisions file.'),
      kept: z.number().int().nonnegative(),
      discuss: z.number().int().nonnegative(),
      undecided: z.number().int().nonnegative(),
      changed: z.number().int().nonnegative().describe('Decisions made before the clause changed.'),
      dismissed: z
        .array(z.strictObject({ fingerprint: z.string(), category: z.string(), articleNumber: z.string(), note: z.string().optional() }))
        .describe('Findings the review dismissed: left out of the checklist and the verdict.'),
      lapsed: z
        .array(
          z.strictObject({
            decision: z.enum(DECISIONS),
            category: z.string(),
            articleNumber: z.string(),
            excerpt: z.string(),
            source: z.string().describe('The agreement file it was last decided on.'),
            note: z.string().optional(),
          }),
        )
        .describe('Decisions no finding of this agreement answers to any more: no finding of their category on their article (the clause was deleted, or reworded out of its category).'),
    })
    .optional()
    .describe('Present when the brief was made with --decisions.'),
});
export type BriefJson = z.infer<typeof BriefJsonSchema>;
