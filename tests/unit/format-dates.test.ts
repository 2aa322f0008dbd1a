import type { Period } from '../../src/model/schema';
import {
  LANGS,
  enNumberWord,
  formatDate,
  formatPeriod,
  formatPeriodShort,
  zhNumberWord,
} from '../../src/format';

import { dataset } from './sample-corpus';

const { figures } = dataset;

describe('formatDate', () => {
  it.each<[string, 'day' | 'month' | undefined, string, string]>([
    ['2023-06-12', undefined, '2023年6月12日', '12 June 2023'],
    ['2023-06-12', 'day', '2023年6月12日', '12 June 2023'],
    ['2018-12-01', 'month', '2018年12月', 'December 2018'],
    ['2018-12-31', 'month', '2018年12月', 'December 2018'],
    ['2023-01-01', 'day', '2023年1月1日', '1 January 2023'],
    ['2022-12-31', 'day', '2022年12月31日', '31 December 2022'],
    ['2024-02-29', 'day', '2024年2月29日', '29 February 2024'],
  ])('%s (%s) → %s / %s', (iso, precision, zh, en) => {
    expect(formatDate(iso, 'zh', precision)).toBe(zh);
    expect(formatDate(iso, 'en', precision)).toBe(en);
  });

  it.each(['2023-02-30', '2023-13-01', '2023-6-1', '', 'soon'])(
    'returns %j unchanged, never throws',
    (iso) => {
      for (const lang of LANGS) expect(formatDate(iso, lang)).toBe(iso);
    },
  );

  it('does not depend on the time zone', () => {
    const saved = process.env.TZ;
    const zones = {
      UTC: 0,
      'Pacific/Kiritimati': -840,
      'Pacific/Pago_Pago': 660,
      'Asia/Urumqi': -360,
      'America/St_Johns': 210,
    };
    try {
      for (const [tz, offset] of Object.entries(zones)) {
        process.env.TZ = tz;
        expect(new Date(2023, 0, 1).getTimezoneOffset(), `${tz} is in effect`).toBe(offset);
        expect(formatDate('2023-06-12', 'en')).toBe('12 June 2023');
        expect(formatDate('2023-01-01', 'zh')).toBe('2023年1月1日');
        expect(formatPeriod({ kind: 'as-of', date: '2022-12-31' }, 'en')).toBe('as of end-2022');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

const date = (start: string, extra: Partial<Extract<Period, { kind: 'date' }>> = {}): Period => ({
  kind: 'date',
  start,
  precision: 'day',
  yearInferred: false,
  ...extra,
});

describe('formatPeriod and formatPeriodShort, every kind in both languages', () => {
  it.each<[string, Period, string, string, string, string]>([
    ['single day', date('2023-06-16'), '2023年6月16日', '16 June 2023', '2023-06-16', '2023-06-16'],
    [
      'day range, same month, year inferred',
      date('2023-06-12', { end: '2023-06-13', yearInferred: true }),
      '2023年6月12日—13日（年份推定）',
      '12–13 June 2023 (year inferred)',
      '2023-06-12',
      '2023-06-12',
    ],
    [
      'single day, year inferred',
      date('2023-06-16', { yearInferred: true }),
      '2023年6月16日（年份推定）',
      '16 June 2023 (year inferred)',
      '2023-06-16',
      '2023-06-16',
    ],
    [
      'day range, same year',
      date('2023-06-30', { end: '2023-07-02' }),
      '2023年6月30日—7月2日',
      '30 June – 2 July 2023',
      '2023-06-30',
      '2023-06-30',
    ],
    [
      'day range across years',
      date('2022-12-30', { end: '2023-01-02' }),
      '2022年12月30日—2023年1月2日',
      '30 December 2022 – 2 January 2023',
      '2022-12-30',
      '2022-12-30',
    ],
    [
      'end equal to start',
      date('2023-06-16', { end: '2023-06-16' }),
      '2023年6月16日',
      '16 June 2023',
      '2023-06-16',
      '2023-06-16',
    ],
    [
      'month',
      date('2018-12-01', { precision: 'month' }),
      '2018年12月',
      'December 2018',
      '2018-12',
      '2018-12',
    ],
    [
      'month, year inferred',
      date('2018-12-01', { precision: 'month', yearInferred: true }),
      '2018年12月（年份推定）',
      'December 2018 (year inferred)',
      '2018-12',
      '2018-12',
    ],
    [
      'month range',
      date('2018-11-01', { precision: 'month', end: '2018-12-31' }),
      '2018年11月—12月',
      'November–December 2018',
      '2018-11',
      '2018-11',
    ],
    [
      'month range across years',
      date('2018-12-01', { precision: 'month', end: '2019-01-31' }),
      '2018年12月—2019年1月',
      'December 2018 – January 2019',
      '2018-12',
      '2018-12',
    ],
    [
      'month, end in the same month',
      date('2018-12-01', { precision: 'month', end: '2018-12-20' }),
      '2018年12月',
      'December 2018',
      '2018-12',
      '2018-12',
    ],
    [
      'year with label',
      {
        kind: 'year',
        year: 2018,
        yearInferred: false,
        label: { zh: '“两节”期间', en: 'New Year and Spring Festival' },
      },
      '2018年“两节”期间',
      'New Year and Spring Festival 2018',
      '2018',
      '2018',
    ],
    [
      'year without label',
      { kind: 'year', year: 2020, yearInferred: false },
      '2020年',
      '2020',
      '2020',
      '2020',
    ],
    [
      'year, inferred',
      { kind: 'year', year: 2022, yearInferred: true, label: { zh: '暑假', en: 'summer holiday' } },
      '2022年暑假（年份推定）',
      'summer holiday 2022 (year inferred)',
      '2022',
      '2022',
    ],
    [
      'year without label, inferred',
      { kind: 'year', year: 2022, yearInferred: true },
      '2022年（年份推定）',
      '2022 (year inferred)',
      '2022',
      '2022',
    ],
    [
      'as of year end',
      { kind: 'as-of', date: '2022-12-31' },
      '截至2022年底',
      'as of end-2022',
      '2022年底',
      'end-2022',
    ],
    [
      'as of a day',
      { kind: 'as-of', date: '2022-06-30' },
      '截至2022年6月30日',
      'as of 30 June 2022',
      '2022-06-30',
      '2022-06-30',
    ],
    [
      'as of a month',
      { kind: 'as-of', date: '2008-09-30', precision: 'month' },
      '截至2008年9月',
      'as of September 2008',
      '2008-09',
      '2008-09',
    ],
    [
      'as of the publication date, standing in for the date of the count',
      { kind: 'as-of', date: '2023-12-14', precision: 'month', dateInferred: true },
      '截至2023年12月（按发布日期）',
      'by December 2023 (publication date)',
      '2023-12（发布日期）',
      '2023-12 (pub. date)',
    ],
    [
      'as of an inferred day, at year end: never read as “end of year”',
      { kind: 'as-of', date: '2020-12-31', dateInferred: true },
      '截至2020年12月31日（按发布日期）',
      'by 31 December 2020 (publication date)',
      '2020-12-31（发布日期）',
      '2020-12-31 (pub. date)',
    ],
    [
      'span',
      { kind: 'span', from: 2018, to: 2023 },
      '五年来（2018—2023年）',
      'five years, 2018–2023',
      '2018—2023',
      '2018–2023',
    ],
    [
      'one-year span',
      { kind: 'span', from: 2022, to: 2023 },
      '一年来（2022—2023年）',
      'one year, 2022–2023',
      '2022—2023',
      '2022–2023',
    ],
    [
      'twelve-year span',
      { kind: 'span', from: 2011, to: 2023 },
      '十二年来（2011—2023年）',
      '12 years, 2011–2023',
      '2011—2023',
      '2011–2023',
    ],
    [
      'empty span',
      { kind: 'span', from: 2023, to: 2023 },
      '2023年',
      '2023',
      '2023—2023',
      '2023–2023',
    ],
    ['recent', { kind: 'recent' }, '近年来', 'in recent years', '近年来', 'recent years'],
    [
      'unspecified',
      { kind: 'unspecified' },
      '未注明时间',
      'period not stated',
      '未注明',
      'not stated',
    ],
  ])('%s', (_name, period, zh, en, zhShort, enShort) => {
    expect(formatPeriod(period, 'zh')).toBe(zh);
    expect(formatPeriod(period, 'en')).toBe(en);
    expect(formatPeriodShort(period, 'zh')).toBe(zhShort);
    expect(formatPeriodShort(period, 'en')).toBe(enShort);
  });

  it('treats an unknown kind as unspecified', () => {
    const odd = { kind: 'someday' } as unknown as Period;
    expect(formatPeriod(odd, 'zh')).toBe('未注明时间');
    expect(formatPeriod(odd, 'en')).toBe('period not stated');
    expect(formatPeriodShort(odd, 'zh')).toBe('未注明');
  });

  it('passes an invalid date through rather than printing Invalid Date', () => {
    expect(formatPeriod(date('2023-02-30'), 'en')).toBe('2023-02-30');
    expect(formatPeriod(date('2023-06-12', { end: '2023-06-31' }), 'zh')).toBe(
      '2023年6月12日—2023-06-31',
    );
  });
});

describe('every period of the sample fixture report', () => {
  /** How each language marks a year the curator inferred. */
  const INFERRED: Record<string, string> = { zh: '（年份推定）', en: ' (year inferred)' };

  // One case over all the figures: a per-figure case would add nothing but a name to each.
  it('formats every figure’s period in both languages, marking an inferred year', () => {
    for (const f of figures)
      for (const lang of Object.keys(INFERRED)) {
        const full = formatPeriod(f.period, lang);
        const short = formatPeriodShort(f.period, lang);
        for (const text of [full, short]) {
          expect(text, f.id).not.toBe('');
          expect(text, f.id).not.toMatch(/Invalid|NaN|undefined/);
        }
        const inferred = 'yearInferred' in f.period && f.period.yearInferred;
        expect(full.endsWith(INFERRED[lang]!), `${f.id} (${lang})`).toBe(Boolean(inferred));
      }
  });

  it('has the article’s dated events as expected', () => {
    const contest = figures.find((f) => f.id === 'bargaining-contest-teams')!;
    expect(formatPeriod(contest.period, 'zh')).toBe('2023年6月12日—13日（年份推定）');
    expect(formatPeriod(contest.period, 'en')).toBe('12–13 June 2023 (year inferred)');
    const members = figures.find((f) => f.id === 'union-members')!;
    expect(formatPeriod(members.period, 'zh')).toBe('截至2022年底');
  });
});

describe('number words', () => {
  it.each([
    [0, '零', 'zero'],
    [1, '一', 'one'],
    [5, '五', 'five'],
    [10, '十', 'ten'],
    [12, '十二', '12'],
    [20, '二十', '20'],
    [35, '三十五', '35'],
    [100, '100', '100'],
    [-1, '-1', '-1'],
    [1.5, '1.5', '1.5'],
  ])('%d → %s / %s', (n, zh, en) => {
    expect(zhNumberWord(n)).toBe(zh);
    expect(enNumberWord(n)).toBe(en);
  });
});
