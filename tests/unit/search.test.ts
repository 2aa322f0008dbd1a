/** Search: a small fixture for the rules, then the real dataset for "every figure is findable". */
import {
  buildSearchIndex,
  normalise,
  searchEntries,
  type SearchEntry,
} from '../../src/selectors/search';
import type { FigureRecord } from '../../src/model/validate';
import { dataset } from './sample-corpus';

const zhIndex = buildSearchIndex(dataset, 'zh');
const enIndex = buildSearchIndex(dataset, 'en');
const ids = (r: SearchEntry[]) => r.map((e) => e.id);

describe('searchEntries', () => {
  it('finds nothing for an empty or blank query', () => {
    expect(searchEntries(zhIndex, '')).toEqual([]);
    expect(searchEntries(zhIndex, '   ')).toEqual([]);
  });

  it('finds a figure by a word of its Chinese label, leading to its panel', () => {
    const [first] = searchEntries(zhIndex, '基层工会').filter((e) => e.kind === 'figure');
    expect(first).toMatchObject({ figureId: 'grassroots-unions', panelId: 'grassroots-unions' });
  });

  it('finds by English words in any order and any case, in either language', () => {
    for (const index of [zhIndex, enIndex]) {
      const found = searchEntries(index, 'UNIONS grassroots', 50);
      expect(ids(found)).toContain('figure:grassroots-unions');
    }
  });

  it('finds the sentence by words of the quote, leading to the source view', () => {
    const f = dataset.figures.find((x) => x.id === 'grassroots-unions')!;
    const found = searchEntries(zhIndex, f.quote!.slice(2, 8), 50);
    expect(found.find((e) => e.kind === 'quote' && e.figureId === f.id)).toMatchObject({
      view: 'source',
    });
  });

  it('finds organisations and panel titles, panels first at equal rank', () => {
    expect(searchEntries(enIndex, '13th Division', 50).some((e) => e.kind === 'organisation')).toBe(
      true,
    );
    const panel = dataset.panels[0]!;
    expect(searchEntries(zhIndex, panel.title.zh)[0]).toMatchObject({
      kind: 'panel',
      panelId: panel.id,
    });
  });

  it('searches extra entries passed in as data (glossary terms)', () => {
    const extra: SearchEntry = {
      id: 'glossary:jinqiu-zhuxue',
      kind: 'extra',
      text: '金秋助学',
      keywords: 'autumn study aid',
      panelId: 'autumn-study-aid',
      figureId: null,
    };
    const index = buildSearchIndex(dataset, 'en', [extra]);
    expect(ids(searchEntries(index, 'autumn study', 50))).toContain('glossary:jinqiu-zhuxue');
  });

  it('every figure is found by each word of its label, in both languages', () => {
    for (const f of dataset.figures) {
      for (const [index, label] of [
        [zhIndex, f.label.zh],
        [enIndex, f.label.en],
      ] as const) {
        const words = label.split(/[\s（）()，,、“”]+/).filter((w) => w.length >= 2);
        for (const w of words.slice(0, 3))
          expect(ids(searchEntries(index, w, 500))).toContain(`figure:${f.id}`);
      }
    }
  });
});

describe('English search: either spelling, values as English writes them', () => {
  const figure: FigureRecord = {
    ...dataset.figures[0]!,
    id: 'x-leuk',
    label: { zh: '白血病', en: 'Funds raised for a worker’s son with leukaemia' },
  };
  const index = buildSearchIndex({ figures: [figure], panels: [], units: dataset.units }, 'en');
  it.each(['leukaemia', 'leukemia', 'LEUKEMIA'])('%s finds the leukaemia figure', (q) => {
    expect(searchEntries(index, q).map((e) => e.id)).toContain('figure:x-leuk');
  });
  it('labour and labor, organisation and organization fold to one', () => {
    expect(normalise('Labour organisations')).toBe(normalise('labor organizations'));
  });
  it('the detail line shows the value in English, not as the Chinese text writes it', () => {
    const e = index.find((x) => x.id === 'figure:x-leuk')!;
    expect(e.detail).not.toMatch(/\p{Script=Han}/u);
  });
});
