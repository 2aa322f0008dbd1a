// One quantity at several dates in one panel (a yearbook's table): each bar, row and tooltip
// names its period, so none reads the same as another.
import { buildPanelModel, type PanelInput } from '../../src/charts/panel-model';
import { fixtureCorpus, EXCERPT } from '../fixtures/read-fixtures';

const report = fixtureCorpus([EXCERPT]).reports.find((r) => r.meta.id === EXCERPT)!;

function model(lang: 'zh' | 'en', relabel: boolean) {
  const panel = report.panels.find((p) => p.chart === 'bar' && p.figures.length > 1)!;
  const figures = panel.figures
    .map((id) => report.figures.find((f) => f.id === id)!)
    .map((f, i) =>
      relabel
        ? {
            ...f,
            label: { zh: '基层工会组织', en: 'Grassroots unions' },
            period: { kind: 'as-of' as const, date: `${2000 + i}-12-31` },
          }
        : f,
    );
  const words: PanelInput['words'] = {
    unitLabel: (u) => u,
    moreThan: '+',
    viewInArticle: 'View',
    hiddenByYear: (n) => `${n}`,
    stripeLegend: 'stripes',
  };
  return buildPanelModel({
    panel,
    figures,
    lang,
    units: report.units,
    words,
    scheme: 'light',
    patterns: false,
    width: 560,
    figure: null,
    hidden: 0,
  });
}

describe('labels a reader can tell apart', () => {
  for (const lang of ['zh', 'en'] as const)
    it(`${lang}: rows sharing a label each name their period; distinct labels stay as they are`, () => {
      const same = model(lang, true);
      const labels = same.rows.map((r) => r.label);
      expect(new Set(labels).size).toBe(labels.length);
      for (const r of same.rows) {
        expect(r.label.startsWith(lang === 'zh' ? '基层工会组织' : 'Grassroots unions')).toBe(true);
        expect(r.label).toContain(r.periodShort);
      }
      const own = model(lang, false);
      const figures = own.rows.map((r) => r.figure);
      expect(own.rows.map((r) => r.label)).toEqual(
        figures.map((f) => (lang === 'zh' ? f.label.zh : f.label.en)),
      );
    });
});
