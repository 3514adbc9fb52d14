import { partiesNamedIn } from '../parties/index.js';

/** The Parties a carve-out is written for, by name and country codes. */
export interface KeptOutFor {
  names: string[];
  codes: string[];
}

/** A Party's name as drafting gives it: up to five capitalised words ("Canada", "the United Mexican States", "the EU Party"). */
const NAME = String.raw`((?:the\s+|la\s+|el\s+|le\s+|l['’])?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|de\s+)?(?:the\s+)?\p{Lu}[\p{L}'’-]*){0,4})`;
const ONE_OR_MORE = String.raw`${NAME}(?:\s*,\s*(?:or\s+)?(?:by\s+)?${NAME})*(?:\s+(?:or|and)\s+(?:by\s+)?${NAME})?`;

/**
 * Whose measures a carve-out keeps out, where its words name them: "a measure adopted or maintained by
 * Canada", "in the case of the European Union, audiovisual services", "adoptada o mantenida por el
 * Canadá", "adoptée ou maintenue par le Canada", "en el caso de", "dans le cas de".
 */
const KEPT_OUT_FOR = new RegExp(
  String.raw`\b(?:(?:adopted|maintained|taken|applied)(?:\s+or\s+(?:adopted|maintained|taken|applied))?\s+by|in\s+the\s+case\s+of|(?:adoptad|mantenid|aplicad)[ao]s?(?:\s+o\s+(?:adoptad|mantenid|aplicad)[ao]s?)?\s+por|en\s+el\s+caso\s+de|(?:adopt|maintenu|appliqu)ée?s?(?:\s+ou\s+(?:adopt|maintenu|appliqu)ée?s?)?\s+par|dans\s+le\s+cas\s+d[eu])\s+${ONE_OR_MORE}`,
  'gu',
);

/**
 * The Parties (as country codes) whose measures alone a carve-out's sentences keep out, when they name
 * them ("This Agreement does not apply to a measure adopted or maintained by Canada with respect to a
 * cultural industry": Canada's). Undefined when the carve-out is written for every Party ("a measure
 * adopted or maintained by a Party", "the Parties"): no name of a Party stands where the measures'
 * author is said.
 */
export function partiesKeptOut(sentences: readonly string[]): KeptOutFor | undefined {
  const names = new Set<string>();
  const codes = new Set<string>();
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(KEPT_OUT_FOR)) {
      for (const name of m.slice(1)) {
        for (const party of name ? partiesNamedIn(name) : []) {
          names.add(party.name);
          for (const code of party.codes) codes.add(code);
        }
      }
    }
  }
  return codes.size > 0 ? { names: [...names], codes: [...codes] } : undefined;
}

/** Whether a carve-out written for some Parties leaves another Party of the agreement (or an unknown one) bound. */
export function leavesPartiesBound(keptOutFor: KeptOutFor, agreementParties: readonly string[]): boolean {
  return agreementParties.length === 0 || agreementParties.some((code) => !keptOutFor.codes.includes(code));
}
