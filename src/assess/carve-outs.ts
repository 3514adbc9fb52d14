import { kindOf, type AgreementDocument, type FindingOrSignal } from '../model.js';
import { subjectOf, type CarveOutSubject } from './carve-out-subject.js';
import { chapterOf } from './commitments.js';
import type { ForcedSentence } from './finding-sentences.js';
import { splitSentences, squash } from '../nlp/index.js';
import { isDefinition, legalForceOf } from './legal-force.js';
import { scopeOf, type Scope } from './scope.js';
import { partiesKeptOut, type KeptOutFor } from './carve-out-parties.js';

/** A cultural carve-out with what it covers. */
export interface CarveOut {
  /** A cultural-exemption finding, or a general-exception signal (or the finding whose article holds a saving clause). */
  finding: FindingOrSignal;
  scope: Scope;
  /** What it takes out: broad (culture, cultural industries, audio-visual) or narrow (broadcasting, linear content, subsidies ...). */
  subject: CarveOutSubject;
  /**
   * True when the clause only recalls or acknowledges exceptions set out elsewhere ("the Parties
   * recall the exceptions applicable to culture as set out in Chapters ..."): it creates none, so it
   * reaches nothing by itself.
   */
  declaratory: boolean;
  /** The sentence its scope and subject were read from. */
  sentence: string;
  /** The Parties whose measures alone it keeps out, when its words name them ("adopted or maintained by Canada"). */
  onlyFor?: KeptOutFor;
  /** True when its sentence is about supplying services or establishment (reaches deemed services). */
  aboutServices: boolean;
  /** True when its sentence is about establishment and not the supply of services across borders: it does not reach services deemed supplied across borders. */
  aboutEstablishmentOnly: boolean;
  chapterStart?: number;
}

const BROAD = /audio-?visual|cultural industr|\bcultur|creative arts|industrias culturales|audiovisuel|culturel|cultural diversity/i;
const BROADCASTING = /broadcast|radio|television|scheduled by a content provider|radiodifusi|radiodiffusion/i;

/**
 * Words about an exclusion made elsewhere ("(1) The exclusion of audio-visual services from the scope of
 * this Chapter is without prejudice to the cooperation under Title V"): they name a scope, but only to
 * limit what that exclusion implies, so they carve nothing out themselves.
 */
const ABOUT_AN_EXCLUSION = /\bthe (?:exclusion|exemption|exception) of\b[^.;]{0,200}?\b(?:is|are|shall be) without prejudice to\b[^.;]*|\bla exclusi[óo]n de\b[^.;]{0,200}?\b(?:se entender[áa]|es|ser[áa]) sin perjuicio\b[^.;]*|\bl['’]exclusion des?\b[^.;]{0,200}?\best sans préjudice\b[^.;]*/gi;

/** An operative sentence that names a cultural subject in its own words, not only in words about an exclusion made elsewhere. */
function carvesOut(s: ForcedSentence): boolean {
  if (s.force === 'recital') return false;
  const own = s.text.replace(ABOUT_AN_EXCLUSION, ' ');
  return own === s.text || BROAD.test(own) || BROADCASTING.test(own);
}

function culturalSentences(sentences: ForcedSentence[]): ForcedSentence[] {
  const own = sentences.filter((s) => BROAD.test(s.text) || BROADCASTING.test(s.text));
  return own.length > 0 ? own : sentences;
}

function isCarveOut(finding: FindingOrSignal): boolean {
  if (kindOf(finding) === 'cultural-exemption') return true;
  return kindOf(finding) === 'general-exception' && finding.tags.some((t) => t.startsWith('carve-out:') || t === 'culture');
}

/**
 * A policy-space, Convention or general-exception finding whose article also holds a cultural saving
 * clause ("Nothing in Chapter 3 shall be construed to prevent ... measures to protect the diversity of
 * cultural expressions") is a carve-out too, read from that clause, even when no rule labelled it so.
 */
function savingClauses(doc: AgreementDocument, finding: FindingOrSignal): ForcedSentence[] {
  if (!['policy-space', 'convention-reference', 'general-exception'].includes(kindOf(finding))) return [];
  const { start, end } = finding.location;
  const article = doc.text.slice(start, end);
  return splitSentences(article, 0, article.length, 'with-lead-in')
    .map((span) => ({ text: squash(article.slice(span.start, span.end)), start: start + span.start }))
    .filter((s) => BROAD.test(s.text) && legalForceOf(s.text, { language: doc.language }) === 'exception')
    .map((s) => ({ ...s, force: 'exception' as const }));
}

/** Every cultural carve-out, with its scope resolved from its decisive sentences. */
export function carveOutsOf(doc: AgreementDocument, findings: readonly FindingOrSignal[], sentencesOf: (f: FindingOrSignal) => ForcedSentence[]): CarveOut[] {
  const out: CarveOut[] = [];
  const seen = new Set<number>();
  for (const finding of findings) {
    const saving = isCarveOut(finding) ? [] : savingClauses(doc, finding);
    if (saving.length > 0 && seen.has(finding.location.start)) continue;
    const sentences = saving.length > 0 ? saving : sentencesOf(finding);
    const text = sentences.map((s) => s.text).join(' ');
    const cultural = isCarveOut(finding) || saving.length > 0 || (kindOf(finding) === 'general-exception' && BROAD.test(text));
    if (!cultural) continue;
    seen.add(finding.location.start);
    // A definition ("cultural industries means ...") delimits an exception; it reaches nothing itself.
    if (/\bmeans\b|\bsignifica\b|\bon entend par\b/i.test(text) && !/\b(?:not apply|exempt|excluded|nothing in|do not prevent|does not prevent)\b/i.test(text)) continue;
    // The scope and subject are read from the sentences that carve culture out, not from the article's other sentences.
    const own = culturalSentences(sentences);
    const operative = own.filter(carvesOut);
    const deciding = operative.length > 0 ? operative : own;
    const subject = subjectOf(deciding.map((s) => s.text).join(' '), finding.tags);
    // A heritage exception, or a clause that names no cultural subject, is no cultural carve-out.
    if (!subject) continue;
    // What it takes out is said by its excluding clause; a definition beside it only delimits the words.
    const excluding = deciding.filter((s) => !isDefinition(s.text, doc.language));
    const onlyFor = partiesKeptOut(excluding.map((s) => s.text));
    out.push({
      finding,
      scope: scopeOf(doc, finding, deciding.map((s) => s.text)),
      subject,
      declaratory: operative.length === 0,
      sentence: (excluding[0] ?? deciding[0])?.text ?? '',
      ...(onlyFor ? { onlyFor } : {}),
      aboutServices: /\bsupply of (?:all )?services|cross[- ]border supply|\bestablishment\b|commercial presence|trade in services/i.test(text),
      aboutEstablishmentOnly: /\bestablishment\b|commercial presence/i.test(text) && !/\bsupply of (?:all )?services|cross[- ]border supply|trade in services/i.test(text),
      chapterStart: chapterOf(doc, finding.location.start)?.start,
    });
  }
  return out;
}
