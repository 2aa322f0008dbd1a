/** buildPanelModel: a panel's whole model from its inputs, checked as data (no DOM). */
import { buildPanelModel, type PanelInput } from '../../src/charts/panel-model';
import { CHART_REGISTRY } from '../../src/charts/registry';
import { dataset, panelFigures } from './sample-corpus';

const words: PanelInput['words'] = {
  unitLabel: (unit) => `单位：${unit}`,
  moreThan: '原文为“余/多”',
  viewInArticle: '在原文中查看',
  hiddenByYear: (n) => `另有 ${n} 个`,
  stripeLegend: '斜条纹：原文为“余/多”',
};
const input = (id: string, extra: Partial<PanelInput> = {}): PanelInput => ({
  panel: dataset.panels.find((p) => p.id === id)!,
  figures: panelFigures(id),
  hidden: 0,
  lang: 'zh',
  scheme: 'light',
  patterns: false,
  width: 560,
  figure: null,
  words,
  units: dataset.units,
  ...extra,
});

describe('buildPanelModel', () => {
  it('builds title, unit subtitle, rows, option and height for a bar panel', () => {
    const m = buildPanelModel(input('epidemic-funds'));
    const panel = dataset.panels.find((p) => p.id === 'epidemic-funds')!;
    expect(m.title).toBe(panel.title.zh);
    expect(m.subtitle).toContain('单位：');
    expect(m.rows.map((r) => r.id)).toEqual(panel.figures);
    expect(m.buildOption!()).toHaveProperty('series');
    expect(m.height).toBe(CHART_REGISTRY.bar.height(m.rows, 560));
    expect(m.exports).toEqual(['png', 'svg', 'csv']);
    // The description names every figure as written.
    for (const r of m.rows) expect(m.description).toContain(r.valueText);
  });

  it('a cards panel has no on-screen option', () => {
    const cards = dataset.panels.find((p) => p.chart === 'cards')!;
    expect(buildPanelModel(input(cards.id)).buildOption).toBeNull();
  });

  it('points at the linked figure only when it is in the panel', () => {
    const id = panelFigures('epidemic-funds')[1]!.id;
    expect(buildPanelModel(input('epidemic-funds', { figure: id }))).toMatchObject({
      highlight: id,
      highlightIndex: 1,
    });
    expect(buildPanelModel(input('epidemic-funds', { figure: 'grassroots-unions' }))).toMatchObject(
      {
        highlight: null,
        highlightIndex: -1,
      },
    );
  });

  it('footnotes: 余/多 (a stripe legend under drawn charts, ⁺ on cards), the note, hidden figures', () => {
    const m = buildPanelModel(input('epidemic-funds', { hidden: 2 }));
    expect(m.footnotes).toContain('另有 2 个');
    const withMore = (chart: string) =>
      dataset.panels.find(
        (p) => p.chart === chart && panelFigures(p.id).some((f) => f.qualifier === 'more_than'),
      )!;
    const bar = buildPanelModel(input(withMore('bar').id));
    expect(bar.legend).toBe(words.stripeLegend);
    expect(bar.footnotes.some((n) => n.startsWith('⁺'))).toBe(false);
    const cards = buildPanelModel(input(withMore('cards').id));
    expect(cards.legend).toBeNull();
    expect(cards.footnotes[0]).toMatch(/^⁺ /);
    const exact = dataset.panels.find(
      (p) => p.chart === 'bar' && panelFigures(p.id).every((f) => f.qualifier === 'exact'),
    )!;
    expect(buildPanelModel(input(exact.id)).legend).toBeNull();
  });

  it('rejects rows its chart kind cannot draw (the registry rule), with the reason', () => {
    const mixed = [...panelFigures('epidemic-funds'), ...panelFigures('grassroots-unions')];
    expect(() => buildPanelModel(input('epidemic-funds', { figures: mixed }))).toThrow(/mixes/);
  });

  it('is pure: the same input gives an equal model and the input is untouched', () => {
    const i = input('epidemic-funds', { lang: 'en' });
    const before = JSON.stringify(i.figures);
    const a = buildPanelModel(i);
    const b = buildPanelModel(i);
    expect({ ...a, buildOption: null }).toEqual({ ...b, buildOption: null });
    // The options (their formatters are new functions each time: compared as JSON).
    expect(JSON.stringify(a.buildOption!())).toBe(JSON.stringify(b.buildOption!()));
    expect(JSON.stringify(i.figures)).toBe(before);
  });
});
