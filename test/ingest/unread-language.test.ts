import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';

/**
 * The rules read English, French and Spanish. An agreement in Portuguese (Mercosur, Lusophone Africa)
 * is read as the nearest of them and its clauses go unfound, so the brief's "absent" would be a claim
 * the text does not support: the reading says so in a warning, which every command prints.
 */
function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'culturescan-language-')), name);
  writeFileSync(path, text);
  return path;
}

const PORTUGUESE = [
  'ACORDO DE LIVRE COMÉRCIO ENTRE A REPÚBLICA FEDERATIVA DO BRASIL E A REPÚBLICA DE ANGOLA',
  '',
  'Artigo 12',
  'Cooperação Cultural',
  '',
  '1. As Partes promoverão o intercâmbio cultural e a coprodução audiovisual entre elas, através das suas instituições.',
  '',
  '2. Nenhuma disposição deste Acordo será interpretada no sentido de impedir uma Parte de adotar medidas para proteger e promover a diversidade das expressões culturais, também no ambiente digital, e não se aplica aos serviços audiovisuais prestados pelas Partes.',
  '',
].join('\n');

const SPANISH = [
  'TRATADO DE LIBRE COMERCIO ENTRE LA REPÚBLICA DE CHILE Y LA REPÚBLICA DEL PERÚ',
  '',
  'Artículo 12',
  'Cooperación Cultural',
  '',
  '1. Las Partes promoverán el intercambio cultural y la coproducción audiovisual entre ellas, a través de sus instituciones.',
  '',
  '2. Ninguna disposición del presente Tratado se interpretará en el sentido de impedir a una Parte adoptar medidas para proteger y promover la diversidad de las expresiones culturales, también en el entorno digital, y no se aplica a los servicios audiovisuales prestados por las Partes.',
  '',
].join('\n');

describe('a text in a language the rules do not read', () => {
  it('warns that a Portuguese agreement is read without rules for its language', async () => {
    const doc = await readAgreement(file('acordo.txt', PORTUGUESE));
    expect(doc.warnings?.join('\n')).toMatch(/reads as Portuguese, which the rules do not cover/);
  });

  it('says nothing of a Spanish or English one', async () => {
    expect((await readAgreement(file('tratado.txt', SPANISH))).warnings ?? []).toEqual([]);
    expect((await readAgreement(file('fta.txt', 'FREE TRADE AGREEMENT\n\nArticle 1\n\nEach Party shall eliminate its customs duties on originating goods of the other Party.\n'))).warnings ?? []).toEqual([]);
  });
});
