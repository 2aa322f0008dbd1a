/**
 * The one line breaker, with an injected measure. Chart labels (estimated widths, Chinese between
 * words, no word ever cut): table-driven cases and a property over the sample report's labels. Export
 * captions (measured widths, Chinese between characters): cases in both languages and several
 * metrics; every line fits, an English word is never split, brackets and punctuation stay
 * attached, nothing is lost or reordered.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateWidth,
  labelColumn,
  unbreakable,
  wrapCaption,
  wrapLabel,
  type FontMeasure,
} from '../../src/charts/line-break';
import { dataset } from './sample-corpus';
import { layoutExportCaption } from '../../src/charts/export-frame';
import { describeChart } from '../../src/charts/describe';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** Wide glyphs for CJK, narrow for the rest, like a real proportional font. */
const proportional: FontMeasure = (text) =>
  [...text].reduce((w, ch) => w + (CJK.test(ch) ? 12 : ch === ' ' ? 3.5 : 7), 0);
const monospace: FontMeasure = (text) => [...text].length * 8;

const EN_SOURCE =
  'Source: “Striving to open a new chapter in XPCC trade union work in the new era” (奋力开创新时代兵团工会工作新局面), 2023-07-24';
const ZH_SOURCE = '数据来源：《奋力开创新时代兵团工会工作新局面》，2023-07-24';
const EN_FILTER =
  'Filter: Aid for workers in hardship, Four-seasons service brands, Service stations; all years';

const CASES: { name: string; text: string; lang: 'zh' | 'en'; widths: number[] }[] = [
  { name: 'English source line', text: EN_SOURCE, lang: 'en', widths: [120, 200, 328, 600] },
  { name: 'English filter line', text: EN_FILTER, lang: 'en', widths: [150, 260, 400] },
  { name: 'Chinese source line', text: ZH_SOURCE, lang: 'zh', widths: [80, 100, 200, 500] },
  {
    name: 'Chinese with quotes and numbers',
    text: '当好职工“娘家人”，累计帮扶1600余场次（2018—2023年）',
    lang: 'zh',
    widths: [90, 120, 150],
  },
  {
    name: 'English apostrophes',
    text: "Workers' culture: the unions' 1,600+ events",
    lang: 'en',
    widths: [80, 140],
  },
];

describe('wrapCaption', () => {
  for (const { name, text, lang, widths } of CASES) {
    for (const measure of [proportional, monospace]) {
      for (const width of widths) {
        const lines = wrapCaption(text, width, 'f', measure, lang);
        const label = `${name} at ${width} (${measure === proportional ? 'proportional' : 'mono'})`;

        it(`${label}: every line fits`, () => {
          for (const line of lines) expect(measure(line, 'f'), line).toBeLessThanOrEqual(width);
        });

        it(`${label}: keeps every character in order and never breaks a word`, () => {
          // Walk the text: each line is the next stretch of it; between two lines there is
          // either a space (dropped) or a Chinese character on one side.
          let pos = 0;
          for (const [i, line] of lines.entries()) {
            if (i > 0) {
              const spaced = /\s/.test(text[pos]!);
              const cjkJoin = CJK.test(text[pos - 1]!) || CJK.test(text[pos]!);
              expect(spaced || cjkJoin, `break inside a word: ${lines[i - 1]} | ${line}`).toBe(
                true,
              );
              while (/\s/.test(text[pos]!)) pos += 1;
            }
            expect(text.startsWith(line, pos), `line "${line}" at ${pos}`).toBe(true);
            pos += line.length;
          }
          expect(pos).toBe(text.length);
        });

        it(`${label}: brackets and punctuation stay attached`, () => {
          for (const line of lines) {
            expect(line, 'no line starts with closing punctuation').not.toMatch(
              /^[)）》”’，。、；：,.;:]/,
            );
            expect(line, 'no line ends with an opening bracket').not.toMatch(/[(（《“‘]$/);
          }
        });
      }
    }
  }

  it('breaks Chinese between characters and English only at spaces', () => {
    expect(wrapCaption('五年来累计帮扶', 36, 'f', monospace, 'zh')).toEqual(['五年来累', '计帮扶']);
    expect(wrapCaption('more than 1,600 events', 80, 'f', monospace, 'en')).toEqual([
      'more than',
      '1,600',
      'events',
    ]);
  });

  it('cuts a single word wider than the line only as a last resort', () => {
    expect(wrapCaption('abcdefghij', 40, 'f', monospace, 'en')).toEqual(['abcde', 'fghij']);
  });

  it('glues opening brackets to what follows and closing ones to what precedes', () => {
    expect(unbreakable('a (b) c', { cjk: 'char' })).toEqual(['a', '(b)', 'c']);
    expect(unbreakable('《奋力》，2023', { cjk: 'char' })).toEqual(['《奋', '力》，', '2023']);
    expect(unbreakable('《奋力》，2023', { cjk: 'word' })).toEqual(['《奋力》，2023']);
  });
});

describe('layoutExportCaption', () => {
  const caption = {
    title: 'Aid funds from the central government and the ACFTU over five years',
    subtitle: 'Five years (2018–2023) · Unit: yuan',
    filter: EN_FILTER,
    source: EN_SOURCE,
    legend: 'Striped bars: the article says 余/多 (“more than”).',
  };

  it.each([360, 800, 1200])(
    'at %i px every line fits and the insets grow with the lines',
    (width) => {
      const layout = layoutExportCaption(caption, width, 'en', proportional);
      for (const line of layout.lines)
        expect(line.x + proportional(line.text, line.font)).toBeLessThanOrEqual(width - 16);
      const top = layout.lines.filter((l) => l.band === 'top');
      const bottom = layout.lines.filter((l) => l.band === 'bottom');
      for (const l of top) expect(l.y + l.lineHeight).toBeLessThanOrEqual(layout.insets.top);
      for (const l of bottom) expect(l.y + l.lineHeight).toBeLessThanOrEqual(layout.insets.bottom);
      expect(
        bottom
          .map((l) => l.text)
          .join('')
          .replace(/\s/g, ''),
      ).toBe(caption.source.replace(/\s/g, ''));
      expect(layout.swatch).not.toBeNull();
    },
  );

  it('keeps the panel notes, whole and in order, above the source line', () => {
    const notes = [
      'The periods differ (five-year totals, 2018 festivals, unstated): never add them up.',
      '2 figures of this panel are hidden by the year filter.',
    ];
    const layout = layoutExportCaption({ ...caption, notes }, 800, 'en', proportional);
    const bottom = layout.lines
      .filter((l) => l.band === 'bottom')
      .map((l) => l.text)
      .join(' ');
    expect(bottom.replace(/\s+/g, ' ')).toBe(
      `${notes.join(' ')} ${EN_SOURCE}`.replace(/\s+/g, ' '),
    );
    for (const l of layout.lines.filter((x) => x.band === 'bottom'))
      expect(l.y + l.lineHeight).toBeLessThanOrEqual(layout.insets.bottom);
  });

  it('a narrower image takes more lines, never fewer', () => {
    const n = (w: number) => layoutExportCaption(caption, w, 'en', proportional).lines.length;
    expect(n(360)).toBeGreaterThan(n(1200));
    expect(n(800)).toBeGreaterThanOrEqual(n(1200));
  });

  it('uses the language’s font stack, Latin first for English, without double quotes', () => {
    const en = layoutExportCaption(caption, 1200, 'en', proportional).lines[0]!.font;
    const zh = layoutExportCaption(caption, 1200, 'zh', proportional).lines[0]!.font;
    expect(en).not.toContain('"');
    expect(en.indexOf('Arial')).toBeLessThan(en.indexOf('Noto Sans CJK SC'));
    expect(zh.indexOf('Noto Sans CJK SC')).toBeLessThan(zh.indexOf('Arial'));
  });

  it('omits the legend swatch when there is no legend', () => {
    expect(
      layoutExportCaption({ ...caption, legend: undefined }, 1200, 'en', proportional).swatch,
    ).toBeNull();
  });
});

describe('describeChart', () => {
  const rows = [
    { label: 'Aid funds', valueText: '¥24.12 million' },
    { label: 'Events', valueText: '1,600+' },
  ];
  it.each([
    ['en', 'Aid. Aid funds: ¥24.12 million; Events: 1,600+.'],
    ['zh', 'Aid。Aid funds：¥24.12 million；Events：1,600+。'],
  ] as const)('%s punctuation', (lang, expected) => {
    expect(describeChart('Aid', rows, lang)).toBe(expected);
  });
  it('English descriptions carry no full-width punctuation', () => {
    expect(describeChart('帮扶 funds', rows, 'en')).not.toMatch(/[。：；，]/);
  });
});

const OPENING = /[（(《“【]$/;
const CLOSING = /^[）)》”】，、。,.;:]/;

/** A wrapped label is the label again (spaces at breaks aside), with no stranded bracket or …. */
function expectGoodWrap(label: string, lines: readonly string[]) {
  expect(lines.join('').replace(/\s+/g, '')).toBe(label.replace(/\s+/g, ''));
  for (const line of lines) {
    expect(line).not.toMatch(OPENING);
    expect(line).not.toMatch(CLOSING);
    expect(line).not.toContain('…');
  }
  // No word is split: every atom lies inside one line.
  for (const atom of unbreakable(label, { cjk: 'word' })) {
    if (atom) expect(lines.some((l) => l.includes(atom))).toBe(true);
  }
}

describe('wrapLabel', () => {
  it.each<[string, number, 'zh' | 'en', string[]]>([
    // The review's cases: a bracket left alone, 小家 / 职工 / 创新 split across lines.
    ['助学（一名学生）', 50, 'zh', ['助学', '（一名', '学生）']],
    ['职工小家创新工作室', 40, 'zh', ['职工', '小家', '创新', '工作室']],
    ['职工小家创新工作室', 50, 'zh', ['职工小家', '创新', '工作室']],
    ['职工小家创新工作室', 100, 'zh', ['职工小家创新', '工作室']],
    ['困难职工 18389 户', 60, 'zh', ['困难职工', '18389 户']],
    ['Grassroots unions', 70, 'en', ['Grassroots', 'unions']],
    ['Events held (1,600+)', 60, 'en', ['Events', 'held', '(1,600+)']],
    ['Model-worker homes', 60, 'en', ['Model-worker', 'homes']],
    ['10', 5, 'en', ['10']],
    ['10 divisions', 10, 'en', ['10', 'divisions']],
  ])('%j at %i px (%s) → %j', (label, width, lang, lines) => {
    expect(wrapLabel(label, width, undefined, lang)).toEqual(lines);
    expectGoodWrap(label, lines);
  });

  it('never splits a word of any label of the sample report, at any width from 20 to 400 px', () => {
    const labels = dataset.figures.flatMap((f) => [
      [f.label.zh, 'zh'] as const,
      [f.label.en, 'en'] as const,
    ]);
    fc.assert(
      fc.property(fc.constantFrom(...labels), fc.integer({ min: 20, max: 400 }), ([l, lang], w) => {
        expectGoodWrap(l, wrapLabel(l, w, undefined, lang));
      }),
      { numRuns: 200 },
    );
  });
});

describe('labelColumn', () => {
  it('is as wide as the longest label when that fits the share', () => {
    const col = labelColumn(['工会', '职工之家'], 1000, 0.4);
    expect(col.width).toBe(estimateWidth('职工之家'));
    expect(col.maxLines).toBe(1);
  });

  it('is capped at the share of the chart width and wraps within it', () => {
    const labels = ['Enterprises named national leaders in open, democratic management'];
    const col = labelColumn(labels, 320, 0.45);
    expect(col.width).toBeLessThanOrEqual(144);
    for (const line of col.lines[0]!) expect(estimateWidth(line)).toBeLessThanOrEqual(col.width);
    expect(col.maxLines).toBeGreaterThan(1);
  });

  it('never goes below the widest word, whatever the chart width', () => {
    const col = labelColumn(['Internationalisation'], 40, 0.4);
    expect(col.width).toBe(estimateWidth('Internationalisation'));
    expect(col.lines).toEqual([['Internationalisation']]);
  });
});
