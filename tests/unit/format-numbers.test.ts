import fc from 'fast-check';
import type { BaseUnit } from '../../src/model/schema';
import type { FigureRecord } from '../../src/model/validate';
import {
  LANGS,
  unitPrint,
  baseUnitName,
  formatAxisTick,
  formatBaseValue,
  formatFigureValue,
  plainNumber,
  type Lang,
} from '../../src/format';

// Formats with the installed unit table (units.json, which the fixture corpus shares with data/).
import { UNITS as TABLE } from '../fixtures/units';

const BASE_UNITS = TABLE.base;
const UNITS = Object.keys(BASE_UNITS);

/** A small inline figure: `written` is how the article states it, `base` its normalised value. */
const figure = (
  written: string,
  base: FigureRecord['base'],
  over: Partial<FigureRecord> = {},
): FigureRecord =>
  ({
    id: 'f',
    written,
    value: base.value,
    unit: '',
    qualifier: 'exact',
    base,
    label: { zh: '数字', en: 'Figure' },
    period: { kind: 'unspecified' },
    ...over,
  }) as FigureRecord;

describe('formatFigureValue', () => {
  // zh shows `written` itself (the validator checks that quote and article contain it); en is
  // the base value through formatBaseValue, whose own table below covers every unit.
  it.each<[string, FigureRecord['base'], FigureRecord['qualifier'], string]>([
    ['2412万元', { value: 24_120_000, unit: 'yuan' }, 'exact', '¥24.12 million'],
    ['7000多元', { value: 7000, unit: 'yuan' }, 'more_than', '¥7,000+'],
    [
      '11.2万多人次',
      { value: 112_000, unit: 'person-visits' },
      'more_than',
      '112,000+ person-visits',
    ],
    ['1600余场', { value: 1600, unit: 'events' }, 'more_than', '1,600+ events'],
    ['两个', { value: 2, unit: 'units' }, 'exact', '2 units'],
    ['1家', { value: 1, unit: 'studios' }, 'exact', '1 studio'],
  ])('%s → en %s', (written, base, qualifier, en) => {
    const f = figure(written, base, { qualifier });
    expect(formatFigureValue(f, 'zh', TABLE)).toBe(written);
    expect(formatFigureValue(f, 'en', TABLE)).toBe(en);
  });

  it('en has “+” exactly for a more_than figure, and never NaN, undefined or an exponent', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.constantFrom(...UNITS),
        fc.constantFrom<FigureRecord['qualifier']>(
          'exact',
          'more_than',
          'nearly',
          'about',
          'less_than',
          'at_least',
        ),
        (value, unit, qualifier) => {
          const en = formatFigureValue(figure('', { value, unit }, { qualifier }), 'en', TABLE);
          expect(en.includes('+'), en).toBe(qualifier === 'more_than');
          expect(en).not.toMatch(/NaN|undefined|e[+-]\d/);
        },
      ),
    );
  });

  it('rebuilds the statement when a record lacks `written`, placing 余 as the article does', () => {
    const bare = (
      value: number,
      unit: string,
      qualifier: FigureRecord['qualifier'],
      numeral?: string,
    ) =>
      formatFigureValue(
        figure(
          '',
          { value, unit: 'yuan' },
          { value, unit, qualifier, ...(numeral ? { numeral } : {}) },
        ),
        'zh',
        TABLE,
      );
    expect(bare(2412, '万元', 'exact')).toBe('2412万元');
    expect(bare(1300, '万元', 'more_than')).toBe('1300余万元');
    expect(bare(11.2, '万人次', 'more_than')).toBe('11.2万余人次');
    expect(bare(2, '个', 'exact', '两')).toBe('两个');
    expect(bare(1600, '场', 'more_than')).toBe('1600余场');
  });
});

describe('formatBaseValue', () => {
  it.each<[number, BaseUnit, boolean, string, string]>([
    [204000000, 'yuan', false, '2.04亿元', '¥204 million'],
    [24120000, 'yuan', false, '2412万元', '¥24.12 million'],
    [19158000, 'yuan', false, '1915.8万元', '¥19.158 million'],
    [1915.8 * 1e4, 'yuan', false, '1915.8万元', '¥19.158 million'],
    [73000, 'yuan', false, '7.3万元', '¥73,000'],
    [10000, 'yuan', false, '1万元', '¥10,000'],
    [4928, 'yuan', false, '4928元', '¥4,928'],
    [1e6, 'yuan', false, '100万元', '¥1 million'],
    [1.5e9, 'yuan', false, '15亿元', '¥1.5 billion'],
    [1e8, 'yuan', false, '1亿元', '¥100 million'],
    [13000000, 'yuan', true, '1300余万元', '¥13+ million'],
    [7000, 'yuan', true, '7000余元', '¥7,000+'],
    [0, 'yuan', false, '0元', '¥0'],
    [266000, 'person-visits', false, '26.6万人次', '266,000 person-visits'],
    [112000, 'person-visits', true, '11.2万余人次', '112,000+ person-visits'],
    [1, 'person-visits', false, '1人次', '1 person-visit'],
    [649700, 'persons', false, '64.97万人', '649,700 people'],
    [35173, 'persons', false, '35173人', '35,173 people'],
    [100000, 'persons', false, '10万人', '100,000 people'],
    [1, 'persons', false, '1人', '1 person'],
    [0, 'persons', false, '0人', '0 people'],
    [19542, 'households', false, '19542户', '19,542 households'],
    [1.5, 'tonnes', false, '1.5吨', '1.5 tonnes'],
    [1, 'tonnes', false, '1吨', '1 tonne'],
    [160, 'tonnes', true, '160余吨', '160+ tonnes'],
    [95.88, 'percent', false, '95.88%', '95.88%'],
    [95, 'percent', true, '95%以上', '95%+'],
    [123456, 'percent', false, '123456%', '123,456%'],
    [36, 'years', false, '36年', '36 years'],
    [1, 'studios', false, '1家', '1 studio'],
    [1, 'studios', true, '1余家', '1+ studios'],
    [2, 'organisations', false, '2个', '2 organisations'],
    [1, 'cities', false, '1个', '1 division'],
    [1600, 'events', true, '1600余场', '1,600+ events'],
    [0.1 + 0.2, 'tonnes', false, '0.3吨', '0.3 tonnes'],
    [-5, 'yuan', false, '-5元', '-¥5'],
  ])('%d %s (moreThan %s) → %s / %s', (value, unit, moreThan, zh, en) => {
    expect(formatBaseValue(value, unit, 'zh', { moreThan, units: TABLE })).toBe(zh);
    expect(formatBaseValue(value, unit, 'en', { moreThan, units: TABLE })).toBe(en);
  });

  it('defaults to exact and never prints NaN or Infinity', () => {
    expect(formatBaseValue(4928, 'yuan', 'en', { units: TABLE })).toBe('¥4,928');
    for (const lang of LANGS) {
      expect(formatBaseValue(Number.NaN, 'yuan', lang, { units: TABLE })).toBe('–');
      expect(formatBaseValue(Infinity, 'persons', lang, { units: TABLE })).toBe('–');
    }
  });

  it('prints an unknown unit as given, unscaled', () => {
    const unit = 'bales' as BaseUnit;
    expect(formatBaseValue(300000, unit, 'zh', { units: TABLE })).toBe('300000bales');
    expect(formatBaseValue(300000, unit, 'en', { units: TABLE })).toBe('300,000 bales');
  });

  const zhYuan = /^(\d+(?:\.\d+)?)(万|亿)?元$/u;
  it('zh yuan parses back (万/亿) to the same number within 1e-9 relative', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e15, noNaN: true }), (x) => {
        const m = zhYuan.exec(formatBaseValue(x, 'yuan', 'zh', { units: TABLE }));
        expect(m).not.toBeNull();
        const factor = m![2] === '亿' ? 1e8 : m![2] === '万' ? 1e4 : 1;
        const back = Number(m![1]) * factor;
        expect(Math.abs(back - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-9);
      }),
    );
  });

  const enValue =
    /^(¥)?(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(%)?(?: (million|billion))?(?: ([a-z -]+))?$/u;
  it('en grouped digits (and million / billion) parse back within 1e-9 relative', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e15, noNaN: true }),
        fc.constantFrom(...UNITS),
        (x, unit) => {
          const text = formatBaseValue(x, unit, 'en', { units: TABLE });
          const m = enValue.exec(text);
          expect(m, text).not.toBeNull();
          expect(m![2]).toMatch(/^\d{1,3}(,\d{3})*(\.\d+)?$/);
          const factor = m![4] === 'billion' ? 1e9 : m![4] === 'million' ? 1e6 : 1;
          const back = Number(m![2]!.replaceAll(',', '')) * factor;
          expect(Math.abs(back - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-9);
        },
      ),
    );
  });

  it('en: “+” iff moreThan, singular noun only for exactly 1', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 5000 }),
        fc.constantFrom(...UNITS),
        fc.boolean(),
        (n, unit, moreThan) => {
          const text = formatBaseValue(n, unit, 'en', { moreThan, units: TABLE });
          expect(text.includes('+')).toBe(moreThan);
          const { one, other } = unitPrint(unit, 'en', TABLE);
          if (other) expect(text.endsWith(` ${n === 1 && !moreThan ? one : other}`)).toBe(true);
        },
      ),
    );
  });
});

describe('formatAxisTick', () => {
  it.each<[number, BaseUnit, string, string]>([
    [20000000, 'yuan', '2000万', '20M'],
    [200000000, 'yuan', '2亿', '200M'],
    [0, 'yuan', '0', '0'],
    [1500, 'persons', '1500', '1.5K'],
    [15000, 'persons', '1.5万', '15K'],
    [500, 'households', '500', '500'],
    [2e9, 'yuan', '20亿', '2B'],
    [0.5, 'tonnes', '0.5', '0.5'],
    [50, 'percent', '50%', '50%'],
    [0.1 + 0.2, 'tonnes', '0.3', '0.3'],
    [-2e7, 'yuan', '-2000万', '-20M'],
    [-0, 'yuan', '0', '0'],
  ])('%d %s → %s / %s', (value, unit, zh, en) => {
    expect(formatAxisTick(value, unit, 'zh', TABLE)).toBe(zh);
    expect(formatAxisTick(value, unit, 'en', TABLE)).toBe(en);
  });

  it('never returns an empty string nor NaN, whatever the number', () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.constantFrom(...UNITS),
        fc.constantFrom<Lang>(...LANGS),
        (x, unit, lang) => {
          const tick = formatAxisTick(x, unit, lang, TABLE);
          expect(tick).not.toBe('');
          expect(tick).not.toMatch(/NaN|Infinity|undefined/);
        },
      ),
    );
  });
});

describe('baseUnitName', () => {
  it.each(UNITS)('%s is named from units.json in both languages', (unit) => {
    expect(baseUnitName(unit, 'zh', TABLE)).toBe(BASE_UNITS[unit]!.name.zh);
    expect(baseUnitName(unit, 'en', TABLE)).toBe(BASE_UNITS[unit]!.name.en);
  });
  it('names the examples and passes an unknown unit through', () => {
    expect(baseUnitName('yuan', 'zh', TABLE)).toBe('元');
    expect(baseUnitName('yuan', 'en', TABLE)).toBe('yuan');
    expect(baseUnitName('households', 'zh', TABLE)).toBe('户');
    expect(baseUnitName('households', 'en', TABLE)).toBe('households');
    expect(baseUnitName('bales' as BaseUnit, 'en', TABLE)).toBe('bales');
  });
});

describe('plainNumber', () => {
  it.each([
    [24120000, '24120000'],
    [1915.8 * 1e4, '19158000'],
    [0.1 + 0.2, '0.3'],
    [95.88, '95.88'],
    [0, '0'],
    [-0, '0'],
    [1, '1'],
    [-12.5, '-12.5'],
    [1.5e-7, '0.00000015'],
    [1e21, '1000000000000000000000'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    [Number.NaN, ''],
    [Infinity, ''],
  ])('%d → %s', (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });

  it('round-trips numbers with at most 4 decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2147483647, max: 2147483647 }),
        fc.integer({ min: 0, max: 4 }),
        (n, k) => {
          const x = n / 10 ** k;
          const text = plainNumber(x);
          expect(text).toMatch(/^-?\d+(\.\d{1,4})?$/);
          expect(Number(text)).toBe(x === 0 ? 0 : x);
        },
      ),
    );
  });

  it('round-trips every safe integer exactly', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(Number(plainNumber(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
