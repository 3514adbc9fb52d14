import nlp from 'compromise';
import type { Language } from '../model.js';

/** The modal verbs and negation of one sentence: what legal force is read from. */
export interface Modality {
  /** Modal verbs as written, lower-cased, in order ("shall", "may", "should", "deberán", "peut"). */
  modals: string[];
  /** True when a negation ("not", "no", "ne ... pas", "neither Party") governs the sentence. */
  negated: boolean;
  /** True when the subject itself is negative ("Neither Party may", "No Party shall", "Nothing in"). */
  negativeSubject: boolean;
  /** True when the negation sits on the modal itself ("may not", "cannot", "no podrá", "ne peut") or on the subject. */
  negatedModal: boolean;
}

const NEGATED_MODAL: Record<Language, RegExp> = {
  en: /\b(?:may|can|could|might|will|should|shall|must) not\b|\b(?:cannot|can't|won't|shan't)\b/i,
  es: /\bno (?:se )?(?:podr[áa]n?|puede(?:n)?|deber[áa]n?|debe(?:n)?)\b/i,
  fr: /\bne (?:peu(?:t|vent)|pourr(?:a|ont)|doi(?:t|vent))\b|\bn['’]est pas permis\b/i,
};

const NEGATIVE_SUBJECT: Record<Language, RegExp> = {
  en: /\b(?:neither party|no party|nothing in|none of the parties|no provision)\b/i,
  es: /\b(?:ninguna (?:de las )?partes?|nada (?:de lo dispuesto )?en|ninguna disposición)\b/i,
  fr: /\b(?:aucune (?:des )?parties?|aucune disposition|rien dans)\b/i,
};

const MODALS: Record<'es' | 'fr', RegExp> = {
  es: /\b(?:deber[áa]n?|debe(?:n)?|podr[áa]n?|puede(?:n)?|procurar[áa]n?|deber[íi]an?|podr[íi]an?)\b/gi,
  fr: /\b(?:doi(?:t|vent)|devr(?:a|ont|ait|aient)|peu(?:t|vent)|pourr(?:a|ont|ait|aient)|s'efforce(?:nt|ra|ront)?)\b/gi,
};

const NEGATION: Record<'es' | 'fr', RegExp> = {
  es: /\b(?:no|nunca|ni)\b/i,
  fr: /\b(?:ne|n['’])\s*\S+.*?\b(?:pas|point|aucun(?:e)?)\b/i,
};

const BOUNDARY = String.raw`(?:(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_])|(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_]))`;
/** JavaScript's \\b knows only ASCII letters; Spanish and French need a Unicode word boundary. */
const unicode = (re: RegExp) => new RegExp(re.source.replaceAll(String.raw`\b`, BOUNDARY), `${re.flags.replace('u', '')}u`);

/** Reads modal verbs and negation. English goes through compromise; Spanish and French through word lists. */
export function modalityOf(sentence: string, language: Language = 'en'): Modality {
  const negativeSubject = (language === 'en' ? NEGATIVE_SUBJECT.en : unicode(NEGATIVE_SUBJECT[language])).test(sentence);
  if (language === 'en') {
    const doc = nlp(sentence);
    const modals = (doc.match('#Modal').out('array') as string[]).map((m) => m.toLowerCase().replace(/[^a-z']/g, ''));
    const negated = doc.has('#Negative') || /\b(?:cannot|can't|won't|shan't)\b/i.test(sentence) || negativeSubject;
    return { modals, negated, negativeSubject, negatedModal: negativeSubject || NEGATED_MODAL.en.test(sentence) };
  }
  const modals = [...sentence.matchAll(unicode(MODALS[language]))].map((m) => m[0].toLowerCase());
  const negatedModal = negativeSubject || unicode(NEGATED_MODAL[language]).test(sentence);
  return { modals, negated: unicode(NEGATION[language]).test(sentence) || negativeSubject, negativeSubject, negatedModal };
}
