/**
 * CSV cells a spreadsheet would run as a formula (OWASP's CSV-injection rule: a cell that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return) are written as text, in every CSV the
 * dashboard offers: a panel's, the filtered figures' and the whole corpus download. The figures
 * here are small hand-made records, not the real data.
 */
import { csvField, figuresCsv } from '../../src/export/csv';
import { corpusCsv } from '../../src/export/corpus-export';
import type { AppDataset, FigureRecord } from '../../src/model/types';
import { UNITS } from '../fixtures/units';

const figure = (id: string, en: string, quote: string): FigureRecord =>
  ({
    id,
    label: { zh: en, en },
    value: 2412,
    unit: '万元',
    qualifier: 'exact',
    base: { value: 24120000, unit: 'yuan' },
    period: { kind: 'unspecified' },
    entity: 'xpcc-federation',
    organisation: { zh: '兵团总工会', en: 'XPCC Federation of Trade Unions' },
    theme: 'hardship-aid',
    quote,
    range: { start: 0, end: quote.length },
    written: '2412万元',
    numeralRange: { start: 0, end: 4 },
    statementRange: { start: 0, end: 6 },
  }) as unknown as FigureRecord;

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?q=1","Aid")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
];

describe('csvField neutralises formula-like text', () => {
  it.each(HOSTILE)('%j starts with an apostrophe and keeps its text', (text) => {
    const cell = csvField(text);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted).toBe(`'${text}`);
  });

  it.each(['2412', 'Aid funds', '两个', 'a=b', 'e-mail', '(=)'])('%j is left alone', (text) => {
    expect(csvField(text)).toBe(text);
  });

  it('leaves numbers alone', () => {
    expect(csvField(-5)).toBe('-5');
  });
});

describe('every CSV download', () => {
  const figures = HOSTILE.map((text, i) => figure(`f${i}`, text, `=${text}共2412万元`));
  const report = {
    meta: { id: 'r', date: '2023-01-01', republication: { url: '=http://x.example' } },
    figures,
    units: UNITS,
  } as unknown as AppDataset;

  /** Every cell of the CSV text that a spreadsheet would evaluate (naive split is enough here). */
  const formulaCells = (csv: string) =>
    csv
      .replace(/^\uFEFF/, '')
      .split(/,|\r\n/)
      .map((c) => (c.startsWith('"') ? c.slice(1) : c))
      .filter((c) => /^[=+\-@\t\r]/.test(c));

  it.each(['zh', 'en'] as const)('figures CSV (%s) has no formula cell', (lang) => {
    const csv = figuresCsv(figures, lang, { units: report.units });
    expect(csv).toContain(`'=HYPERLINK`);
    expect(formulaCells(csv)).toEqual([]);
  });

  it.each(['zh', 'en'] as const)('corpus CSV (%s) has no formula cell', (lang) => {
    const csv = corpusCsv([report], lang);
    expect(csv).toContain(`'=http://x.example`);
    expect(formulaCells(csv)).toEqual([]);
  });
});
