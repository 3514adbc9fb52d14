import { describe, expect, it } from 'vitest';
import { titleContinues } from '../../src/structure/titles.js';

describe('a title line left open for the next line', () => {
  it('ends with a word that joins: and, or, of, a, an, y, o, de', () => {
    for (const line of ['Duty-Free Entry of Commercial Samples and', 'Fails to Appoint an', 'Arbitrator or', 'Zonas Libres de Plagas o', 'Importación de', 'Coopération et']) {
      expect(titleContinues(line), line).toBe(true);
    }
  });

  it('never with a word whose last letter merely spells one after an accented letter', () => {
    for (const line of ['Requisitos De Desempeño', 'Cooperación y ciencia y tecnología', 'Entrada en Vigor', 'Section A']) {
      expect(titleContinues(line), line).toBe(false);
    }
  });
});
