/**
 * Words that end with a full stop without ending a sentence in legal English, French and Spanish
 * ("Art. 5", "No. 3", "i.e.", "para. 19"). Compared lower case, without the final stop.
 */
export const ABBREVIATIONS = new Set([
  'art', 'arts', 'no', 'nos', 'nr', 'para', 'paras', 'subpara', 'p', 'pp', 'e.g', 'i.e', 'viz', 'cf',
  'vs', 'v', 'mr', 'mrs', 'ms', 'dr', 'st', 'co', 'corp', 'ltd', 'inc', 'vol', 'ch', 'chap', 'sec',
  'sect', 'fig', 'op', 'cit', 'ibid', 'approx', 'incl', 'jr', 'sr', 'dept', 'gov', 'govt', 'al', 'seq',
  'u.s', 'u.k', 'e.u', 'u.n', 'lit', 'ann', 'app', 'rev', 'doc', 'ed', 'eds', 'ref',
  // French and Spanish
  'ex', 'mme', 'mlle', 'nº', 'n°', 'núm', 'num', 'sra', 'srta', 'pág', 'págs', 'cap', 'inc', 'apdo',
]);

/** Words after which a number and a full stop are a label ("Article 5. Scope"), not a sentence end. */
export const NUMBERED_HEADS = /(?:article|articles|art|chapter|section|annex|appendix|part|paragraph|para|no|chapitre|annexe|partie|artículo|capítulo|sección|anexo|parte)\s*$/i;
