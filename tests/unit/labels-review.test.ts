/**
 * What the labels review (shared/reviews/labels-review.md) changed, as a reader sees it: wrong
 * and misleading labels fixed, incomparable figures in separate panels, unit lines that agree
 * with the bars.
 */
import { describe, expect, it } from 'vitest';
import { formatFigureValue } from '../../src/format';
import { sharedUnitName, toRows } from '../../src/selectors/rows';
import { dataset, figureById, panelFigures } from './load-data';

const panel = (id: string) => dataset.panels.find((p) => p.id === id)!;

describe('wrong labels (W1–W4)', () => {
  it('W1: 工会经费 is the levy, never “dues”', () => {
    const f = figureById('union-fees-refunded');
    expect(f.label.en).toMatch(/levy/);
    expect(f.label.en).not.toMatch(/dues/i);
  });

  it('W2: 1649人次 of help are person-times, not person-visits', () => {
    const f = figureById('wage-arrears-migrant-workers');
    expect(f.base.unit).toBe('person-times');
    expect(formatFigureValue(f, 'en')).toBe('1,649 person-times');
    expect(formatFigureValue(f, 'zh')).toBe('1649人次');
    // The 慰问 visits keep person-visits.
    expect(figureById('workers-visited').base.unit).toBe('person-visits');
  });

  it('W3: the notes say 五年来 opens the preceding sentence', () => {
    for (const id of ['union-aid-funds-raised', 'workers-visited']) {
      expect(figureById(id).note!.zh).toBe('上一句以“五年来”开头；本句以“其次”承接，未重述时段。');
      expect(figureById(id).note!.en).toContain('preceding sentence');
    }
  });

  it('W4: 模范职工之家 is an honour, not model workers’ homes', () => {
    expect(panel('model-worker-homes').title.en).toBe('Model ‘Workers’ Home’ units');
    for (const f of panelFigures('model-worker-homes'))
      expect(f.label.en).not.toMatch(/model workers’ homes/i);
  });
});

describe('panels that set side by side what should not be compared (M5–M8)', () => {
  it('M5: legal check-ups and national honours are cards with a note', () => {
    expect(panel('enterprise-legal-services').chart).toBe('cards');
    expect(panel('enterprise-legal-services').note?.en).toMatch(/not comparable/);
  });

  it('M6: third-party purchase orders are not on the union-money axis', () => {
    expect(panel('epidemic-funds').figures).not.toContain('farm-purchase-orders');
    expect(panel('epidemic-outreach').figures).toContain('farm-purchase-orders');
    expect(panel('epidemic-outreach').chart).toBe('cards');
    expect(figureById('farm-purchase-orders').note!.en).toContain('not union money');
    expect(panel('epidemic-funds').note!.en).toMatch(/may be included/);
  });

  it('M7: bought and helped to sell are separate; one family’s grapes are a card', () => {
    expect(panel('produce-sold').figures).toEqual([
      'produce-sold-2nd-division',
      'produce-sold-4th-division',
    ]);
    expect(panel('produce-bought').figures).toEqual(['unsold-produce-bought']);
    expect(panel('grapes-one-family')).toMatchObject({
      chart: 'cards',
      figures: ['grapes-sold-one-family'],
    });
  });

  it('M8: one child’s ¥73,000 is not beside five-year totals', () => {
    expect(panel('hardship-funds').figures).not.toContain('leukemia-relief-raised');
    expect(panel('leukemia-relief')).toMatchObject({
      chart: 'cards',
      figures: ['leukemia-relief-raised'],
    });
  });

  it('every bar panel shares one base unit and has one period or a note', () => {
    for (const p of dataset.panels.filter((x) => x.chart === 'bar')) {
      const fs = panelFigures(p.id);
      expect(new Set(fs.map((f) => f.base.unit)).size).toBe(1);
      const periods = new Set(fs.map((f) => JSON.stringify(f.period)));
      if (periods.size > 1) expect(p.note, p.id).toBeDefined();
    }
  });
});

describe('unit lines agree with the bars', () => {
  it.each([
    ['innovation-studios', '家工作室'],
    ['enterprise-legal-services', '个（家）企业'],
    ['model-worker-homes', '个组织'],
    ['award-units', '个组织'],
    ['hardship-funds', '元'],
  ])('%s: 单位：%s', (panelId, unit) => {
    const rows = toRows(panelFigures(panelId), 'zh');
    expect(sharedUnitName(rows)).toBe(unit);
    // Every measure word the rows are written with is in the unit line.
    for (const r of rows) expect(unit).toContain(r.measure);
  });

  it('English unit names are the base unit nouns', () => {
    expect(sharedUnitName(toRows(panelFigures('innovation-studios'), 'en'))).toBe('studios');
  });
});
