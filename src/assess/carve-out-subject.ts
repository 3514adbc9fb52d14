/**
 * What a cultural carve-out is about, read from its own words (en/fr/es). The subject decides how
 * much of a commitment a carve-out can take out: culture, the cultural industries or audio-visual
 * services as such are broad; broadcasting, scheduled (linear) content, telecommunications networks
 * and carve-outs limited to subsidies or to what public bodies buy are narrow. Heritage exceptions
 * ("national treasures of artistic, historic or archaeological value") protect objects, not cultural
 * policy: no subject.
 */

export const SUBJECT_KINDS = ['culture', 'cultural-industries', 'audiovisual', 'broadcasting', 'linear-content', 'subsidies', 'procurement', 'telecom-networks'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export interface CarveOutSubject {
  kind: SubjectKind;
  breadth: 'broad' | 'narrow';
  /** The words of the text that decided the subject. */
  words: string;
}

/** How the brief names each subject. */
export const SUBJECT_WORDS: Record<SubjectKind, string> = {
  culture: 'culture',
  'cultural-industries': 'the cultural industries',
  audiovisual: 'audio-visual services',
  broadcasting: 'broadcasting only',
  'linear-content': 'scheduled (linear) content only',
  subsidies: 'subsidies or government support only',
  procurement: 'government procurement only',
  'telecom-networks': 'telecommunications networks only',
};

// A heritage phrase runs on to the end of its clause, but never over a cultural sector named after it
// in the same item ("... of historical or archaeological value, or to support creative arts of national value").
const HERITAGE_TAIL = String.raw`(?:(?!\bcreative\b|\bcultur)[^.;])`;
const HERITAGE = new RegExp(
  String.raw`\bnational treasures?\b${HERITAGE_TAIL}{0,80}|\b(?:artistic|historic(?:al)?|archa?eological) (?:or|and) (?:artistic|historic(?:al)?|archa?eological)\b${HERITAGE_TAIL}{0,40}|\btrésors? nationaux\b${HERITAGE_TAIL}{0,80}|\btesoros? nacionales?\b${HERITAGE_TAIL}{0,80}|\bpatrimonio (?:nacional )?(?:artístico|histórico|arqueológico)\b${HERITAGE_TAIL}{0,60}`,
  'giu',
);

const CULTURAL_INDUSTRIES = /\bcultural industr\w*|\bindustrias culturales\b|\bindustries culturelles\b|\bcreative (?:arts|industr\w*)\b/iu;
const AUDIOVISUAL = /\baudio-?visu\w*|\baudiovisuel\w*|\baudiovisual\w*|\bcinemat\w*|\bfilms?\b|\bcinéma\w*|\bcine\b/iu;
const CULTURE = /\bcultur\w*|\bculturel\w*|\bcultural\w*/iu;
const BROADCASTING = /\bbroadcast\w*|\bradio\b|\btelevision\b|\bradiodifusi\w*|\bradiodiffusion\b|\btélévision\b|\btelevisión\b/iu;
const LINEAR =
  /\bscheduled by a content provider\b|\bprogramm(?:e|ing)? (?:schedul\w*)|\blinear\b[^.;]{0,30}(?:services?|content|transmission)|\bprogramad[oa]s? por un proveedor\b|\bprogrammé(?:e|s|es)? par un fournisseur\b|\bhoraire de programmes\b|\bgrille de programmes\b/iu;
const NETWORKS = /\btelecommunications? (?:transport )?networks?\b|\bcable distribution\b|\bredes de telecomunicaciones\b|\bréseaux de télécommunications?\b/iu;
/**
 * The carriage of broadcasting and audio-visual services over networks, which a telecommunications chapter
 * leaves out ("shall not apply to measures affecting the distribution of broadcasting and audio-visual
 * services"): the network that distributes them, not the services, is carved out.
 */
const CARRIAGE = /\bdistribution of (?:broadcasting|radio|television)(?: services)?(?:,| and| or) (?:(?:radio|television|broadcasting),? )?(?:and |or )?audio-?visual services\b|\bdistribuci[óo]n de servicios de radiodifusi[óo]n y (?:servicios )?audiovisuales\b|\bdistribution de services de radiodiffusion et (?:de services )?audiovisuels\b/giu;
/** CARRIAGE for one match: made once, as a regex built for every carve-out read is compiled again with each (case-insensitive Unicode costs the most to compile). */
const FIRST_CARRIAGE = new RegExp(CARRIAGE.source, 'iu');
const SUBSIDIES = /\bsubsid\w*|\bgovernment(?:al)? support\b|\b(?:public|state) aids?\b|\bsubvenci\w*|\bayudas? (?:públicas|estatales|gubernamentales)\b|\bapoyo (?:gubernamental|público)\b|\bsubventions?\b|\baides? (?:publiques?|d['’]État)\b/iu;
/** What public bodies buy: a carve-out of their purchases of films or cultural goods reaches nothing else. */
const PURCHASES = /\bprocurement\b|\bpurchas\w*|\bacquisitions?\b|\bcontrataci[oó]n(?:es)? p[uú]blicas?\b|\bcompras?\b|\badquisici[oó]n(?:es)?\b|\bmarchés publics\b|\bachats?\b/giu;
/** "measures ..., including subsidies": the subsidies are an example, not the limit. */
const SUBSIDIES_AS_EXAMPLE = /\b(?:including|such as|as well as|and other|other than|incluid[oa]s?|incluyendo|como|y compris|notamment|ainsi que)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** "measures" as the object of the exclusion, unless they are measures that grant subsidies. */
const MEASURES = /\bmeasures?\b(?! (?:granting|providing|relating to subsid|with respect to subsid|concerning subsid))|\bmedidas?\b(?! (?:de (?:subvenci|ayuda)|que otorguen))|\bmesures?\b(?! (?:de subvention|d['’]aide))/iu;

/** The text with heritage phrases blanked out, so that their "artistic" or "historic" words decide nothing. */
function withoutHeritage(text: string): string {
  return text.replace(HERITAGE, (m) => ' '.repeat(m.length));
}

/** True when the carve-out is limited to subsidies or government support (they are its object, not an example). */
function subsidiesOnly(text: string): RegExpExecArray | undefined {
  const subsidy = SUBSIDIES.exec(text);
  if (!subsidy) return undefined;
  if (SUBSIDIES_AS_EXAMPLE.test(text.slice(Math.max(0, subsidy.index - 40), subsidy.index))) return undefined;
  const measures = MEASURES.exec(text);
  return !measures || subsidy.index < measures.index ? subsidy : undefined;
}

/**
 * The purchase named last before the cultural sector, in the same list item: "does not apply to: (a)
 * procurement of agricultural products ...; (c) the acquisition of works of art, cultural goods and
 * films" takes cultural goods out of procurement only.
 */
function purchaseOf(text: string, sectorIndex: number): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(PURCHASES)) {
    if (m.index >= sectorIndex) break;
    last = m;
  }
  return last && !inSeparateItems(text, last.index, sectorIndex) ? last : undefined;
}

/** Where one item of a list ends and the next begins: "...; or (d) ", "; (iii) ". */
const NEXT_ITEM = /[;:]\s*(?:(?:or|and|o|y|ou|et)\s+)?\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)\s/iu;

/**
 * True when two places of the text stand in different items of one list: "does not apply to: (c)
 * audiovisual services; or (d) subsidies" excludes audio-visual services as a whole, and subsidies
 * (in general) besides; it does not limit the audio-visual exclusion to subsidies.
 */
function inSeparateItems(text: string, a: number, b: number): boolean {
  return NEXT_ITEM.test(text.slice(Math.min(a, b), Math.max(a, b)));
}

/**
 * The subject of a carve-out read from its sentence(s); rule tags (`carve-out:broadcasting`,
 * `carve-out:audiovisual` ...) decide only when the words say nothing. Undefined when the clause
 * protects heritage only, or names no cultural subject at all.
 */
export function subjectOf(sentence: string, tags: readonly string[] = []): CarveOutSubject | undefined {
  const carriage = FIRST_CARRIAGE.exec(sentence);
  const text = withoutHeritage(sentence).replace(CARRIAGE, (m) => ' '.repeat(m.length));
  const sector = CULTURAL_INDUSTRIES.exec(text) ?? AUDIOVISUAL.exec(text) ?? CULTURE.exec(text);
  const linear = LINEAR.exec(text);
  const subsidy = subsidiesOnly(text);
  const carved = sector ?? BROADCASTING.exec(text);
  if (subsidy && carved && !inSeparateItems(text, carved.index, subsidy.index)) return { kind: 'subsidies', breadth: 'narrow', words: subsidy[0] };
  if (linear) return { kind: 'linear-content', breadth: 'narrow', words: linear[0] };
  const purchase = sector && purchaseOf(text, sector.index);
  if (purchase) return { kind: 'procurement', breadth: 'narrow', words: purchase[0] };
  if (sector) {
    const kind: SubjectKind = CULTURAL_INDUSTRIES.test(text) ? 'cultural-industries' : AUDIOVISUAL.test(text) ? 'audiovisual' : 'culture';
    return { kind, breadth: 'broad', words: sector[0] };
  }
  if (carriage) return { kind: 'telecom-networks', breadth: 'narrow', words: carriage[0] };
  const networks = NETWORKS.exec(text);
  const broadcast = BROADCASTING.exec(text);
  if (broadcast) return { kind: networks ? 'telecom-networks' : 'broadcasting', breadth: 'narrow', words: (networks ?? broadcast)[0] };
  const tagged = tags.find((t) => t.startsWith('carve-out:'))?.slice('carve-out:'.length);
  if (tagged === 'broadcasting') return { kind: 'broadcasting', breadth: 'narrow', words: 'the rule that matched (broadcasting)' };
  if (tagged && /^(?:audiovisual|cultural-industries|culture|cultural-diversity)$/.test(tagged) && withoutHeritage(sentence) === sentence) {
    return { kind: tagged === 'audiovisual' ? 'audiovisual' : tagged === 'cultural-industries' ? 'cultural-industries' : 'culture', breadth: 'broad', words: `the rule that matched (${tagged})` };
  }
  return undefined;
}

/**
 * True when a carve-out's wording keeps room for cultural policy as such (culture, cultural
 * industries, audio-visual): the only carve-outs paragraph 19.5 counts.
 */
export function isBroadCarveOut(sentence: string, tags: readonly string[] = []): boolean {
  return subjectOf(sentence, tags)?.breadth === 'broad';
}
