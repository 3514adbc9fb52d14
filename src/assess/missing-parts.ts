import type { AgreementDocument, OutlineNode } from '../model.js';
import { normaliseNumber } from '../structure/numbers.js';
import { missingChapters } from './missing-chapters.js';
import { enclosing, proseName, walk } from './outline.js';
import type { ChecklistItemId } from './types.js';

/**
 * What a part the file lacks probably holds, which tells what it could change: `commitments` a chapter
 * on services, investment, e-commerce or exceptions; `institutions` one on the agreement's bodies;
 * `provisions` chapters known by their numbers only, which may hold anything; `rest` what follows
 * where a file cut short ends, which may hold anything too; `notes` the text of notes the file calls and
 * lacks (a Word file's notes part lost), which may hold a carve-out or anything else; `unread` a part
 * the file holds in a language the rules do not read, which may hold anything as well.
 */
export type MissingPartHolds = 'reservations' | 'culture' | 'commitments' | 'institutions' | 'provisions' | 'rest' | 'notes' | 'unread' | 'other';

/** An annex, schedule or protocol the text refers to but the file does not contain. */
export interface MissingPart {
  /** As the text names it: "Annex I", "Protocol on Cultural Cooperation", "Schedule of Specific Commitments". */
  name: string;
  holds: MissingPartHolds;
  /** Where the text first refers to it ("Art. 7.2", "the preamble"). */
  firstMention: string;
  mentions: number;
  /** The checklist items its content could change. */
  items: ChecklistItemId[];
  /** Whether it could change the e-commerce verdict. */
  verdict: boolean;
}

/** "Annex I", "Annex 8-B", "Appendix 2", "Protocol II", "Annexe I", "Anexo II", "Protocolo 3". */
const NUMBERED = /\b(Annex(?:e)?|Appendix|Appendice|Apéndice|Anexo|Schedule|Protocol(?:e|o)?)\s+((?:[IVXLC]+|\d+(?:[.-](?:\d+|[A-Z]))*|[A-Z](?:-\d+)?)(?![\w-]))/g;
/** "Protocol on Cultural Cooperation", "Protocole sur la coopération culturelle", "Protocolo sobre Cooperación Cultural". */
const NAMED_PROTOCOL = /\b(?:Protocol (?:on|concerning|relating to) |Protocole (?:sur|relatif à) (?:la |le |l')?|Protocolo (?:sobre|relativo a|de) (?:la |el )?)\s*((?:[A-ZÀ-Ý][A-Za-zÀ-ÿ'-]*(?: (?:and|of|for|on|et|de|des|du|y|del) (?=[A-ZÀ-Ý]))?[ ]?){1,6})/g;
/** "the Schedules of Specific Commitments", "its Schedule to Annex I". */
const SCHEDULES = /\bSchedules? of (?:Specific )?Commitments\b/g;
/** A number that belongs to another treaty: "Annex 1A to the WTO Agreement", "Annex on Telecommunications of the GATS". */
const OTHER_TREATY = /^[^.;]{0,60}?\b(?:to|of|in|under) the (?:WTO|GATS|GATT|Marrakesh|TRIPS|Agreement (?:on|Establishing)|Treaty\s+(?:establishing|on|of)\b|Convention|Vienna|Kyoto|Montreal|Harmoni[sz]ed System|Understanding)|^[^.;]{0,30}\b(?:WTO|GATS|GATT)\b/i;

/** Culture, not the cultivation of the land or water ("agricultural products", "aquaculture", "acuicultura"). */
const CULTURE = /(?<!agri-?|aqua|aqui|acui|horti|flori|seri|api|viti|silvi|pisci|arbori)cultur|audio-?visual|audiovisuel|cinemat|broadcast|radiodiffusion|radiodifusi/i;
const RESERVATIONS = /non-conforming|reservations?|existing measures|future measures|specific commitments|schedules?\b|mesures non conformes|réserves|medidas disconformes|reservas|listas? de compromisos|listes? d'engagements/i;

/** What a missing chapter holds, read from its title: cooperation chapters carry cultural cooperation. */
const CHAPTER_CULTURE = /cooperation|co-operation|coopération|cooperación/i;
const CHAPTER_COMMITMENTS = /services?|servicios|invest|establishment|établissement|establecimiento|electronic|electr[óo]nic|digital|num[ée]rique|commerce [ée]lectronique|exceptions?|excepciones|telecommunication|télécommunication|telecomunicaci|non-conforming|reservations?|réserves|reservas/i;
const CHAPTER_INSTITUTIONS = /institution|administration|administraci[óo]n|committee|comité|commission|comisi[óo]n|sustainable development|développement durable|desarrollo sostenible/i;

const ITEMS: Record<MissingPartHolds, ChecklistItemId[]> = {
  // Cultural protocols carry co-production, preferential treatment and coordination clauses.
  culture: ['art-16', 'art-21', 'og-18.1', 'og-18.2', 'og-19.1', 'og-19.3', 'og-19.4', 'og-19.5'],
  // Cultural reservations often sit in the schedules of non-conforming measures.
  reservations: ['og-19.4', 'og-19.5'],
  commitments: ['og-19.4', 'og-19.5'],
  institutions: ['og-19.2', 'og-19.3'],
  provisions: ['art-16', 'art-21', 'og-18.1', 'og-18.2', 'og-19.1', 'og-19.2', 'og-19.3', 'og-19.4', 'og-19.5'],
  rest: ['art-16', 'art-21', 'og-18.1', 'og-18.2', 'og-19.1', 'og-19.2', 'og-19.3', 'og-19.4', 'og-19.5'],
  notes: ['art-16', 'art-21', 'og-18.1', 'og-18.2', 'og-19.1', 'og-19.2', 'og-19.3', 'og-19.4', 'og-19.5'],
  unread: ['art-16', 'art-21', 'og-18.1', 'og-18.2', 'og-19.1', 'og-19.2', 'og-19.3', 'og-19.4', 'og-19.5'],
  other: [],
};

function chapterHolds(name: string): MissingPartHolds {
  const title = /\((.*)\)$/.exec(name)?.[1];
  if (title === undefined) return 'provisions';
  if (CULTURE.test(title) || CHAPTER_CULTURE.test(title)) return 'culture';
  if (CHAPTER_COMMITMENTS.test(title)) return 'commitments';
  return CHAPTER_INSTITUTIONS.test(title) ? 'institutions' : 'other';
}

/**
 * A protocol of another treaty, named after the place it was made: "the Montreal Protocol on
 * Substances ...", "the Cartagena Protocol on Biosafety" (a proper name before "Protocol"), "el
 * Protocolo de Madrid", "le Protocole de Kyoto" (one proper name after "de", at most followed by
 * "relativo a" / "relatif à"). An agreement names its own protocols by their subject ("the Protocol on
 * Cultural Cooperation", "el Protocolo de Cooperación Cultural"). The name before it must stand on its
 * line: a heading or title line ending above ("Cultural Cooperation" / "Protocol on ...") is no place name.
 */
function namedAfterItsPlace(before: string, name: string, subject: string): boolean {
  if (/(?<!\p{L})(?!(?:The|This|That|A|An|Its|Their|Each|Said|Such|Any|El|La|Le|Este|Ce|Du|Del)\b)\p{Lu}[\p{L}-]+[ \t]+$/u.test(before)) return true;
  return /^Protocol[eo]\s+de\s/i.test(name) && /^\p{Lu}[\p{L}-]+(?:\s+(?:Relativo|Relatif|relativo|relatif))?$/u.test(subject);
}

/**
 * A protocol that another instrument, named just before it, owns: "the Convention on Transit Trade and
 * its Protocol on ...", "el Convenio Centroamericano sobre ... y su Protocolo sobre ...". The agreement
 * names its own so too ("This Agreement and its Protocol on Cultural Cooperation"): the owner is another
 * instrument when it is named by a title of its own, not as this one ("this", "the present", "el presente").
 */
const OWNED_BY_NAMED_INSTRUMENT =
  /(?<!\b(?:[Tt]his|[Tt]he present|[Ee]l presente|[Ll]a presente|[Ee]ste|[Ee]sta|[Ll]e présent|[Ll]a présente|[Cc]et|[Cc]ette|[Cc]e)\s+)\b(?:Convention|Convenio|Convención|Treaty|Tratado|Traité|Agreement|Acuerdo|Accord)\s+(?:\p{Lu}|(?:on|of|sobre|relativo|de|sur|relatif)\s)[^.;:]{0,160}?\s(?:and|y|e|et)\s+(?:its|their|su|sus|son|sa|ses|leurs?)\s+$/u;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Every attachment the file holds, as its label ("annex I", "protocol on cultural cooperation"). */
function attachmentLabels(doc: AgreementDocument): string[] {
  const labels: string[] = [];
  for (const node of walk(doc.outline)) {
    if (node.kind === 'article' || node.kind === 'paragraph') continue;
    labels.push(fold(`${node.kind} ${node.number ?? ''} ${node.heading ?? ''}`));
  }
  return labels;
}

const KIND_WORD: Array<[RegExp, string[]]> = [
  [/^(?:annexe?|anexo)$/i, ['annex', 'appendix']],
  [/^(?:appendix|appendice|apéndice)$/i, ['appendix', 'annex']],
  [/^schedule$/i, ['annex', 'appendix']],
  [/^protocol[eo]?$/i, ['protocol', 'annex']],
];

function numberedPresent(labels: string[], word: string, number: string, outline: OutlineNode[]): boolean {
  const kinds = KIND_WORD.find(([re]) => re.test(word))?.[1] ?? ['annex'];
  const wanted = normaliseNumber(number);
  for (const node of walk(outline)) {
    if (kinds.includes(node.kind) && node.number && normaliseNumber(node.number) === wanted) return true;
  }
  // A heading that reads the reference itself ("ANNEX I", "Annex 8-B: Schedule of Canada") in any kind of node.
  const label = fold(`${word} ${number}`);
  return labels.some((l) => l.includes(label));
}

/** `answer` remembered by key: a long text names the same few annexes thousands of times, each answer a walk of the whole outline. */
function remembered<T>(answer: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (!answers.has(key)) answers.set(key, answer(key));
    return answers.get(key) as T;
  };
}

/**
 * The annexes, schedules and protocols the text refers to that the file does not contain, with what
 * each probably holds (read from its name and the sentence that refers to it) and so which checklist
 * items and whether the e-commerce verdict it could change. References to other treaties' annexes
 * ("Annex 1A to the WTO Agreement") are left out. Pure.
 */
export function missingParts(doc: AgreementDocument): MissingPart[] {
  const labels = attachmentLabels(doc);
  const present = remembered((reference) => {
    const [word, number] = reference.split('\n') as [string, string];
    return numberedPresent(labels, word, number, doc.outline);
  });
  const labelHolds = remembered((subject) => labels.some((l) => l.includes(subject)));
  const hasSchedules = labels.some((l) => /schedule|commitments|engagements|compromisos/.test(l));
  const found = new Map<string, { name: string; at: number; mentions: number; context: string }>();
  const note = (name: string, at: number, end: number) => {
    const key = fold(name);
    const context = doc.text.slice(Math.max(0, at - 200), Math.min(doc.text.length, end + 200));
    const seen = found.get(key);
    if (seen) {
      seen.mentions++;
      seen.context += ` ${context}`;
    } else found.set(key, { name, at, mentions: 1, context: `${name} ${context}` });
  };
  for (const m of doc.text.matchAll(NUMBERED)) {
    const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (OTHER_TREATY.test(after)) continue;
    if (present(`${m[1]}\n${m[2]}`)) continue;
    note(`${m[1]} ${m[2]}`, m.index, m.index + m[0].length);
  }
  for (const m of doc.text.matchAll(NAMED_PROTOCOL)) {
    const subject = m[1]!.trim();
    if (namedAfterItsPlace(doc.text.slice(Math.max(0, m.index - 40), m.index), m[0], subject)) continue;
    if (OWNED_BY_NAMED_INSTRUMENT.test(doc.text.slice(Math.max(0, m.index - 240), m.index))) continue;
    const name = `${m[0].slice(0, m[0].length - m[1]!.length)}${subject}`.replace(/\s+/g, ' ').trim();
    if (labelHolds(fold(subject))) continue;
    note(name, m.index, m.index + m[0].length);
  }
  for (const m of doc.text.matchAll(SCHEDULES)) {
    if (hasSchedules) continue;
    note(m[0], m.index, m.index + m[0].length);
  }
  const attachments = [...found.values()].map(({ name, at, mentions, context }) => {
    const holds: MissingPartHolds = CULTURE.test(name) || CULTURE.test(context) ? 'culture' : RESERVATIONS.test(context) ? 'reservations' : 'other';
    return { name, holds, at, mentions };
  });
  const chapters = missingChapters(doc).map(({ name, at, mentions }) => ({ name, holds: chapterHolds(name), at, mentions }));
  // Chapters stay in the order of their numbers, together where the first of them is named.
  const chaptersAt = Math.min(...chapters.map((c) => c.at));
  const named = [...attachments.map((a) => ({ part: a, at: a.at })), ...chapters.map((c) => ({ part: c, at: chaptersAt }))]
    .sort((a, b) => a.at - b.at)
    .map(({ part: { name, holds, at, mentions } }) => {
      const where = enclosing(doc, at, ['article', 'preamble', 'chapter', 'annex', 'protocol']);
      return missingPart(name, holds, where ? proseName(where) : 'the text', mentions);
    });
  const lost = doc.lostNotes?.length ? [lostNotesPart(doc, doc.lostNotes)] : [];
  return doc.cutShort ? [restOfCutFile(doc), ...lost, ...named] : [...lost, ...named];
}

/** The notes the text calls whose text the file lacks, named where the first of them is called. */
function lostNotesPart(doc: AgreementDocument, labels: readonly string[]): MissingPart {
  const name = labels.length === 1 ? `the text of note ${labels[0]}` : `the text of notes ${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  const call = doc.text.indexOf(`[${labels[0]}]`);
  const where = call < 0 ? undefined : enclosing(doc, call, ['article', 'preamble', 'chapter', 'annex', 'protocol']);
  return missingPart(name, 'notes', where ? proseName(where) : 'the text', labels.length);
}

function missingPart(name: string, holds: MissingPartHolds, firstMention: string, mentions: number): MissingPart {
  return { name, holds, firstMention, mentions, items: ITEMS[holds], verdict: ITEMS[holds].includes('og-19.4') };
}

/** What a file cut short lacks: everything after the last part it holds whole, which may hold any provision. */
function restOfCutFile(doc: AgreementDocument): MissingPart {
  const last = [...walk(doc.outline)].filter((node) => node.kind === 'article').at(-1) ?? doc.outline.at(-1);
  const lastName = last ? proseName(last) : undefined;
  return missingPart(lastName ? `everything after ${lastName}` : 'the end of the agreement', 'rest', 'the end of the file', 1);
}
