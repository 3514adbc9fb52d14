import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/model.js';
import { flatten, outlineOf } from './helpers.js';

const BODY = 'Each Party shall ensure that its measures are transparent.';

/** Each note of a text as "its mark: the word its call follows" ("*: Parties"), or "uncalled". */
function calls(text: string): string[] {
  return flatten(outlineOf(text))
    .filter((n): n is OutlineNode & { notes: NonNullable<OutlineNode['notes']> } => n.kind === 'footnotes' && n.notes !== undefined)
    .flatMap((n) => n.notes)
    .map((note) => `${note.number}: ${note.calledAt === undefined ? 'uncalled' : /(\S+)\s*$/.exec(text.slice(0, note.calledAt))![1]}`);
}

/**
 * Notes marked by a symbol ("*", "**", "†", "(*)") in place of a number belong to the text that calls
 * them, as numbered notes do; an asterisk that opens a list's items or an emphasis calls no note.
 */
describe('notes marked by symbols', () => {
  it('ties asterisk notes at the end of the text to their calls, in order', () => {
    const text = [
      'Article 1', 'The Parties* recall the Convention.', '',
      'Article 2', 'This Chapter does not apply to audiovisual services.**', '',
      'Article 3', `${BODY}***`, '',
      '* The Republic of Aurelia and the Kingdom of Borealis.', '',
      '** For greater certainty, whatever the means by which they are supplied.', '',
      '*** The Joint Committee shall review this Article.',
    ].join('\n');
    expect(calls(text)).toEqual(['*: Parties', '**: services.', '***: transparent.']);
  });

  it('reads the asterisk then the daggers, and the Official Journal’s "(*)"', () => {
    const daggers = ['Article 1', 'The Parties* recall the Convention.', '', 'Article 2', `${BODY}†`, '', '* A first note.', '', '† A second note.'].join('\n');
    expect(calls(daggers)).toEqual(['*: Parties', '†: transparent.']);
    const journal = ['Article 1', 'Decision No 1/2025 (*) applies.', '', 'Article 2', `${BODY} (**)`, '', '(*) OJ L 112, 30.4.2025, p. 4.', '', '(**) OJ L 9, 12.1.2026, p. 2.'].join('\n');
    expect(calls(journal)).toEqual(['*: 1/2025', '**: transparent.']);
  });

  it('reads no notes in a bulleted list, even where an asterisk marks a word above it', () => {
    const text = ['Article 1', 'The tariff lines marked PS* are excluded:', '', '* live animals;', '', '* cut flowers.', '', 'Article 2', BODY].join('\n');
    expect(flatten(outlineOf(text)).some((n) => n.kind === 'footnotes')).toBe(false);
  });

  it('takes no closing asterisk of an emphasis for a call', () => {
    const text = ['Article 1', 'This Article applies *only* to goods.', '', '* Each Party shall publish its list of goods.', '', 'Article 2', BODY].join('\n');
    expect(flatten(outlineOf(text)).some((n) => n.kind === 'footnotes')).toBe(false);
  });

  it('keeps an uncalled "*" line inside a numbered note as a line of that note', () => {
    const text = ['Article 1', `${BODY}[1]`, '', '[1] For the purposes of this Article:', '* "measure" includes a practice.', '[2] A second note.'].join('\n');
    const notes = flatten(outlineOf(text)).find((n) => n.kind === 'footnotes')?.notes ?? [];
    expect(notes.map((n) => [n.number, text.slice(n.start, n.end)])).toEqual([
      ['1', '[1] For the purposes of this Article:\n* "measure" includes a practice.'],
      ['2', '[2] A second note.'],
    ]);
  });
});
