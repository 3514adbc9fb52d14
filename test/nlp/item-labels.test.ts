import { describe, expect, it } from 'vitest';
import { follows, itemLabelOf, withoutItemLabel } from '../../src/nlp/item-labels.js';

const label = (opening: string) => {
  const found = itemLabelOf(opening);
  if (!found) throw new Error(`no label in '${opening}'`);
  return found;
};

describe('item labels', () => {
  it('reads the label an item opens with, and none from running text', () => {
    expect(itemLabelOf('(b) seek to')).toEqual({ frame: '()', value: 'b' });
    expect(itemLabelOf('iv) the rules')).toEqual({ frame: ')', value: 'iv' });
    expect(itemLabelOf('3. Each Party')).toEqual({ frame: '.', value: '3' });
    expect(itemLabelOf('• cultural exchanges')).toEqual({ frame: '•', value: '' });
    expect(itemLabelOf('seek to promote')).toBeUndefined();
    expect(itemLabelOf('8.70 of the Protocol')).toBeUndefined();
  });

  it('knows the label that comes next in letters, doubled letters, numbers and Roman numerals', () => {
    expect(follows(label('(c) x'), label('(d) x'))).toBe(true);
    expect(follows(label('(z) x'), label('(aa) x'))).toBe(true);
    expect(follows(label('(aa) x'), label('(bb) x'))).toBe(true);
    expect(follows(label('(ii) x'), label('(iii) x'))).toBe(true);
    expect(follows(label('(iv) x'), label('(v) x'))).toBe(true);
    expect(follows(label('(ix) x'), label('(x) x'))).toBe(true);
    expect(follows(label('9. x'), label('10. x'))).toBe(true);
  });

  it('takes "(i)" after "(h)" as a letter and "(c)" after "(ii)" for no Roman numeral', () => {
    expect(follows(label('(h) x'), label('(i) x'))).toBe(true);
    expect(follows(label('(ii) x'), label('(c) x'))).toBe(false);
    expect(follows(label('(b) x'), label('(c) x'))).toBe(true);
  });

  it('keeps apart labels of another frame or case', () => {
    expect(follows(label('(a) x'), label('b) x'))).toBe(false);
    expect(follows(label('(a) x'), label('(B) x'))).toBe(false);
    expect(follows(label('(a) x'), label('(c) x'))).toBe(false);
  });

  it('takes the label off an item', () => {
    expect(withoutItemLabel('(b) endeavour to exchange')).toBe('endeavour to exchange');
    expect(withoutItemLabel('seek to promote')).toBe('seek to promote');
  });
});
