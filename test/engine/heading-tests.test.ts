import { describe, expect, it } from 'vitest';
import type { AgreementDocument, OutlineNode } from '../../src/model.js';
import { buildUnits } from '../../src/engine/index.js';
import { HeadingTests } from '../../src/engine/heading-tests.js';
import type { CompiledInside } from '../../src/rules/types.js';

/** Two chapters of two articles each, one article of the customs chapter about electronic commerce. */
function agreement(title = 'Free Trade Agreement'): AgreementDocument {
  let text = '';
  const node = (kind: OutlineNode['kind'], number: string, heading: string, children: OutlineNode[] = []): OutlineNode => {
    const start = text.length;
    if (children.length === 0) text += `${heading}\n\nThe Parties shall cooperate.\n\n`;
    return { kind, number, heading, start, end: children.at(-1)?.end ?? text.length, children };
  };
  const chapter = (number: string, heading: string, articles: Array<[string, string]>) => {
    const start = text.length;
    text += `Chapter ${number} ${heading}\n\n`;
    const children = articles.map(([n, h]) => node('article', n, h));
    return { ...node('chapter', number, heading, children), start };
  };
  const outline = [
    chapter('3', 'Customs', [['3.1', 'Scope'], ['3.2', 'Electronic commerce']]),
    chapter('14', 'Electronic Commerce', [['14.1', 'Definitions'], ['14.2', 'Domestic rules']]),
  ];
  return { id: 'a', source: 'a.txt', format: 'txt', language: 'en', title, meta: {}, text, pages: [], outline, original: { text, map: { normStarts: [0], origStarts: [0] } } };
}

/** The article numbers of the units where the condition holds, asked in the order given. */
function holdingIn(doc: AgreementDocument, inside: CompiledInside, order: readonly string[]): string[] {
  const units = buildUnits(doc);
  const tests = new HeadingTests(doc);
  return order.filter((number) => tests.holds(inside, units.find((unit) => unit.articleNumber === number)!));
}

describe('heading tests', () => {
  it('sibling articles share their list of ancestors', () => {
    const [a, b, c] = buildUnits(agreement());
    expect(a!.ancestors).toBe(b!.ancestors);
    expect(a!.ancestors).not.toBe(c!.ancestors);
  });

  it('a chapter heading holds for each of its articles and for none of another chapter', () => {
    const inside = { heading: /electronic commerce/i, kinds: new Set(['chapter' as const]) };
    expect(holdingIn(agreement(), inside, ['3.1', '3.2', '14.1', '14.2'])).toEqual(['14.1', '14.2']);
  });

  it('an article\'s own heading holds for it alone, whichever sibling is asked first', () => {
    const inside = { heading: /electronic commerce/i, kinds: new Set(['article' as const]) };
    expect(holdingIn(agreement(), inside, ['3.2', '3.1'])).toEqual(['3.2']);
    expect(holdingIn(agreement(), inside, ['3.1', '3.2', '14.1'])).toEqual(['3.2']);
    expect(holdingIn(agreement(), { heading: /electronic commerce/i }, ['3.1', '3.2', '14.1'])).toEqual(['3.2', '14.1']);
  });

  it('the title heads every unit only where kinds names the agreement', () => {
    const doc = agreement('Agreement on Electronic Commerce');
    expect(holdingIn(doc, { heading: /electronic commerce/i, kinds: new Set(['agreement' as const]) }, ['3.1', '14.1'])).toEqual(['3.1', '14.1']);
    expect(holdingIn(doc, { heading: /electronic commerce/i, kinds: new Set(['chapter' as const]) }, ['3.1', '14.1'])).toEqual(['14.1']);
  });
});
