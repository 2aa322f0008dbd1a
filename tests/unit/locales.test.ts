// Locales as data: every registered locale is complete, and a third, right-to-left locale (a test
// stub, tests/fixtures/locale-ug.ts) works through the formatters and selectors with no code in
// src/ that knows it.
import { LOCALES, localeOf, localesWith, nextLocale, zh } from '../../src/i18n/locales';
import { formatList, t } from '../../src/i18n/strings';
import {
  baseUnitName,
  formatAxisTick,
  formatBaseValue,
  formatDate,
  formatFigureValue,
  formatPeriod,
} from '../../src/format';
import { toRow, toRows } from '../../src/selectors/rows';
import { sortRows } from '../../src/selectors/sort-rows';
import { reportName } from '../../src/selectors/reports';
import { describeChart } from '../../src/charts/describe';
import { fontStack } from '../../src/charts/style';
import { figuresCsv } from '../../src/export/csv';
import { LANGS, parseUrlState, serializeUrlState } from '../../src/state/url-state';
import { ug, UG_STRINGS } from '../fixtures/locale-ug';
import { dataset, figureById, panelFigures } from './sample-corpus';

const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('every registered locale', () => {
  const keys = Object.keys(zh.strings).sort();
  it.each(LOCALES.map((l) => [l.id, l] as const))(
    '%s has every string key, non-empty, with the same placeholders as zh',
    (_id, locale) => {
      expect(Object.keys(locale.strings).sort()).toEqual(keys);
      for (const key of keys) {
        const text = locale.strings[key as keyof typeof zh.strings];
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(
          placeholders(zh.strings[key as keyof typeof zh.strings]),
        );
      }
    },
  );

  it('the stub Uyghur locale is complete too (English where it has no Uyghur)', () => {
    expect(Object.keys(ug.strings).sort()).toEqual(keys);
    expect(t(ug, 'filtersHeading')).toBe(UG_STRINGS.filtersHeading);
    expect(t(ug, 'resetFilters')).toBe('Reset filters');
  });

  it('the language switch cycles through the site locales, from the default', () => {
    expect(LOCALES[0]).toBe(zh);
    LOCALES.forEach((l, i) => expect(nextLocale(l)).toBe(LOCALES[(i + 1) % LOCALES.length]));
    expect(nextLocale(LOCALES.at(-1)!)).toBe(zh);
  });

  it('is an immutable list: nothing can be registered into it', () => {
    expect(Object.isFrozen(LOCALES)).toBe(true);
    expect(() => (LOCALES as unknown as unknown[]).push(ug)).toThrow();
  });
});

describe('a third, right-to-left locale passed to the pure code', () => {
  const funds = figureById('festival-warmth-funds-2018'); // 2412万元, 2018 两节

  it('is right to left, tagged ug', () => {
    expect(ug.dir).toBe('rtl');
    expect(localeOf(ug).tag).toBe('ug');
  });

  it('formats numbers by its own rules: western system, Uyghur scale words, Intl digits', () => {
    expect(formatFigureValue(funds, ug, dataset.units)).toBe('¥24.12 مىليون');
    expect(formatBaseValue(649700, 'persons', ug, { units: dataset.units })).toBe('649,700 people');
    expect(formatBaseValue(1600, 'events', ug, { moreThan: true, units: dataset.units })).toBe(
      '1,600+ events',
    );
    expect(formatAxisTick(2e7, 'yuan', ug, dataset.units)).toBe('20M');
    // The digits are Intl.NumberFormat's for the locale's tag: with Extended Arabic-Indic digits
    // requested in the tag, grouping, decimal mark and digits all follow.
    const arabext = { ...ug, tag: 'ug-u-nu-arabext' };
    expect(formatBaseValue(1234567.5, 'tonnes', arabext, { units: dataset.units })).toBe(
      '۱٬۲۳۴٬۵۶۷٫۵ tonnes',
    );
  });

  it('reads data texts in its fallback language, as the locale declares', () => {
    expect(baseUnitName('persons', ug, dataset.units)).toBe('people');
    const row = toRow(funds, ug, dataset.units);
    expect(row.label).toBe(funds.label.en);
    expect(row.period).toBe('New Year and Spring Festival 2018');
    expect(row.organisation).toBe(funds.organisation.en);
  });

  it('writes dates with Intl month names and its own periods', () => {
    expect(formatDate('2023-06-12', ug)).toBe('2023-يىلى 12-ئىيۇن');
    expect(formatPeriod({ kind: 'recent' }, ug)).toBe('يېقىنقى يىللاردا');
    expect(formatPeriod({ kind: 'span', from: 2018, to: 2023, yearsInferred: false }, ug)).toBe(
      'بەش years, 2018–2023',
    );
  });

  it('punctuates, names the article, picks fonts and headers the CSV as the locale says', () => {
    const rows = toRows(panelFigures(dataset.panels[0]!.id), ug, dataset.units);
    const text = describeChart('T', rows, ug);
    expect(text.startsWith('T. ')).toBe(true);
    if (rows.length > 1) expect(text).toContain('؛ ');
    expect(reportName(dataset.meta, ug, [])).toBe(`${dataset.meta.date} · «${dataset.meta.title}»`);
    expect(fontStack(ug).startsWith("'UKIJ Tuz Tom'")).toBe(true);
    const [header, line] = figuresCsv([funds], ug, { units: dataset.units }).split('\r\n');
    expect(line).toContain(funds.label.en);
    // It has no words of its own for the fields (src/i18n/field-words.ts): it reads them like a
    // data text, in English; a locale that falls back to Chinese reads them in Chinese.
    const csvHeader = (lang: Parameters<typeof figuresCsv>[1]) =>
      figuresCsv([funds], lang, { units: dataset.units }).split('\r\n')[0];
    expect(header).toBe(csvHeader('en'));
    const hant = { ...zh, id: 'zh-TW', tag: 'zh-TW', textFrom: ['zh-TW', 'zh'] };
    expect(csvHeader(hant)).toBe(csvHeader('zh'));
    expect(csvHeader('zh')).not.toBe(csvHeader('en'));
  });

  it('sorts labels with its collator and keeps every row', () => {
    const rows = toRows(dataset.figures.slice(0, 8), ug, dataset.units);
    const sorted = sortRows(rows, { column: 'label', direction: 'ascending' }, ug, dataset.units);
    expect(sorted).toHaveLength(rows.length);
    const labels = sorted.map((r) => r.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('ug', { numeric: true }).compare));
  });
});

describe('a third locale passed in (localesWith), not registered', () => {
  const locales = localesWith(ug);
  const ids = locales.map((l) => l.id);

  it('is a valid ?lang= value where the list is given, and only there', () => {
    const vocab = { themeIds: [], years: [], figureIds: [], panelIds: [], reportIds: [] };
    expect(parseUrlState('?lang=ug', vocab).ignored).toEqual([{ key: 'lang', value: 'ug' }]);
    const parsed = parseUrlState('?lang=ug', { ...vocab, langs: ids });
    expect(parsed.state.lang).toBe('ug');
    expect(serializeUrlState(parsed.state)).toBe('?lang=ug');
    // The site's own list is untouched.
    expect(LANGS).not.toContain('ug');
    expect(locales.slice(0, LOCALES.length)).toEqual(LOCALES);
  });

  it('is found, and cycled to, in the list it is in', () => {
    expect(localeOf('ug', locales)).toBe(ug);
    expect(localeOf('ug')).toBe(zh); // an id outside the list gets the default
    // After the site's last locale comes the one given, then the default again.
    const last = LOCALES.at(-1)!;
    expect(nextLocale(last, locales)).toBe(ug);
    expect(nextLocale('ug', locales)).toBe(zh);
    expect(nextLocale(last)).toBe(zh);
    expect(formatBaseValue(2, 'studios', localeOf('ug', locales), { units: dataset.units })).toBe(
      '2 studios',
    );
  });

  it('may not repeat an id', () => {
    expect(() => localesWith({ ...ug, id: 'en' })).toThrow(/"en"/);
  });
});

describe('the locale list is an input of the URL parser', () => {
  it('?lang= accepts the ids the vocabulary offers, with nothing registered', () => {
    const vocab = { themeIds: [], years: [], figureIds: [], langs: ['zh', 'en', 'ug'] };
    expect(parseUrlState('?lang=ug', vocab).state.lang).toBe('ug');
    expect(parseUrlState('?lang=en', { ...vocab, langs: ['zh'] }).ignored).toEqual([
      { key: 'lang', value: 'en' },
    ]);
  });
});

describe('plurals and lists follow the language (Intl.PluralRules, Intl.ListFormat)', () => {
  it.each([
    [1, '1 result'],
    [2, '2 results'],
    [0, '0 results'],
  ])('en searchResults with %i: %s', (count, text) => {
    expect(t('en', 'searchResults', { count })).toBe(text);
  });

  it('en notices never write “(s)”; zh has no plural forms', () => {
    expect(t('en', 'hiddenByYear', { count: 1 })).toBe(
      '1 more figure is hidden by the year filter.',
    );
    expect(t('en', 'timelineHiddenByYear', { count: 3 })).toBe('3 events of other years hidden.');
    expect(t('zh', 'hiddenByYear', { count: 1 })).toBe('另有 1 个数字因年份筛选未显示。');
    for (const text of Object.values(localeOf('en').strings)) expect(text).not.toContain('(s)');
  });

  it('lists: “a, b and c” in English, “a、b和c” in Chinese', () => {
    expect(formatList('en', ['theme=bogus', 'year=2019'])).toBe('theme=bogus and year=2019');
    expect(formatList('zh', ['a', 'b', 'c'])).toBe('a、b和c');
  });
});
