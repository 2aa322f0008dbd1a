/**
 * What two reviews of the labels (not in this repository; W = wrong, M = misleading, A = the
 * second review's items) changed, as a reader sees it: wrong and misleading labels fixed, incomparable figures in separate panels or
 * with a note, unit lines that agree with the bars.
 */
import { describe, expect, it } from 'vitest';
import { formatFigureValue } from '../../src/format';
import { sharedUnitName, toRows } from '../../src/selectors/rows';
import { dataset, figureById, panelFigures } from './load-data';

const glossary = dataset.glossary ?? [];

const panel = (id: string) => dataset.panels.find((p) => p.id === id)!;

describe('wrong labels (W1–W4)', () => {
  // W1 (工会经费 is the levy, never “dues”) is a validator rule for all data: the glossary's
  // enAvoid list (tests/unit/glossary.test.ts breaks a copy with “union dues”).
  it('W2: 1649人次 of help are instances of help, not person-visits', () => {
    const f = figureById('wage-arrears-migrant-workers');
    expect(f.base.unit).toBe('person-times');
    // Second review A-11: “person-times” is not English.
    expect(formatFigureValue(f, 'en')).toBe('1,649 instances of help');
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
    // Second review A-23: the title covers the Red Flag bar too.
    expect(panel('model-worker-homes').title.en).toBe(
      'Workers’ Home honours: model homes, model small homes, Red Flag units',
    );
    expect(panel('model-worker-homes').title.zh).toBe('职工之家荣誉：模范之家、模范小家与红旗单位');
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
    expect(
      panel('epidemic-funds')
        .caveats!.map((c) => c.text.en)
        .join(' '),
    ).toMatch(/may be included/);
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

  // One base unit per bar panel is a validator rule (checks/panels.ts); the period is not.
  it('every bar panel has one period or a note', () => {
    for (const p of dataset.panels.filter((x) => x.chart === 'bar')) {
      const fs = panelFigures(p.id);
      const periods = new Set(fs.map((f) => JSON.stringify(f.period)));
      if (periods.size > 1) expect(p.note ?? p.caveats, p.id).toBeDefined();
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

describe('second review: wrong (W-1 to W-3)', () => {
  it('W-2: “farm” alone is not an English form of 团场 (farm produce is 农产品)', () => {
    const term = glossary.find((g) => g.id === 'regimental-farm')!;
    expect(term.enForms ?? []).not.toContain('farm');
    expect(panel('produce-sold').title.en).toContain('regimental farms');
  });

  it('W-3: the Liu Jun note points to the section the Source view shows him in', () => {
    const note = figureById('liu-jun-years-planting').note!;
    expect(note.zh).toContain('培养技能人才 服务中心大局');
    expect(note.zh).not.toContain('阅读提示');
    expect(note.en).not.toContain('summary box');
  });
});

describe('second review: misleading (M-1 to M-12)', () => {
  it('M-1: the summary does not say “mostly five-year totals”, and a third is what the data holds', () => {
    const spans = dataset.figures.filter((f) => f.period.kind === 'span').length;
    expect(spans / dataset.figures.length).toBeGreaterThan(0.25);
    expect(spans / dataset.figures.length).toBeLessThan(0.4);
    expect(dataset.meta.summary.en).toContain('about a third are five-year totals');
    expect(dataset.meta.summary.en).not.toMatch(/mostly/);
    expect(dataset.meta.summary.zh).toContain('约三分之一');
  });

  it('M-3: the open-factory-affairs honour is credited to the enterprises that won it', () => {
    expect(figureById('factory-affairs-exemplary-enterprises').entity).toBe('xpcc-enterprises');
  });

  it('M-4: the leukaemia fundraising is not dated by the diagnosis', () => {
    expect(figureById('leukemia-relief-raised').period).toEqual({ kind: 'unspecified' });
    expect(figureById('leukemia-relief-raised').note!.zh).toContain('得知这一情况后');
  });

  it.each([
    ['produce-sold', /不可相加/, /do not add/],
    ['model-workers-honoured', /不可相加/, /do not add/],
    ['festival-visits-households', /不可相加/, /do not add/],
    ['model-worker-homes', /不可相加/, /do not add/],
    ['innovation-studios', /不可相加/, /do not add/],
  ])('M-5/M-7/M-9: %s warns against adding its bars', (id, zh, en) => {
    expect(panel(id).note!.zh).toMatch(zh);
    expect(panel(id).note!.en).toMatch(en);
  });

  it('M-5: the note no longer calls helping to sell and buying different actions', () => {
    expect(panel('produce-sold').note!.en).not.toMatch(/different actions/);
    expect(panel('produce-sold').note!.zh).toContain('福利采购、会员团购');
  });

  it('M-6: the 2018 bar says its year in zh; the two central-fund bars differ by period only', () => {
    expect(figureById('festival-warmth-funds-2018').label.zh).toContain('2018年');
    expect(figureById('central-aid-funds-allocated').label.en).toContain('period not stated');
  });

  it('M-7: the two household bars can be told apart in English', () => {
    const a = figureById('festival-visits-hardship-families').label.en;
    const b = figureById('festival-visits-hardship-workers').label.en;
    expect(a).toMatch(/^Families/);
    expect(b).toMatch(/^Workers/);
  });

  it('M-10: rates reached and a group’s size are not shown as five-year totals', () => {
    for (const id of [
      'contest-coverage-rate',
      'contest-participation-rate',
      'reform-group-member-units',
    ])
      expect(figureById(id).period.kind, id).toBe('unspecified');
  });

  it('M-11: the produce bars name who helped (all levels vs one federation)', () => {
    expect(figureById('produce-sold-2nd-division').label.zh).toContain('各级工会');
    expect(figureById('produce-sold-4th-division').label.zh).toContain('总工会');
  });

  it('M-2/M-8: glossary English no longer narrows the awards or the hardship register', () => {
    const g = (id: string) => glossary.find((x) => x.id === id)!;
    expect(g('may-day-award').explain.en).not.toMatch(/^An ACFTU honour/);
    expect(g('may-day-medal').explain.en).toContain('regional federations');
    expect(g('hardship-workers').explain.zh).toContain('其中建档');
  });
});

describe('second review: awkward wording', () => {
  it('one style of quotation marks in English labels and titles (double)', () => {
    const texts = [
      ...dataset.figures.map((f) => f.label.en),
      ...dataset.panels.map((p) => p.title.en),
      ...dataset.events.map((e) => e.label.en),
    ];
    // ‘…’ only inside “…” (the ‘Bing’ pun); never a single-quoted phrase on its own.
    for (const text of texts) expect(text.replace(/“[^”]*”/g, ''), text).not.toMatch(/‘/);
  });

  it('no Chinese characters or “2 %” in the levy label; no “person-times” in labels', () => {
    const levy = figureById('union-fees-refunded').label.en;
    expect(levy).not.toMatch(/\p{Script=Han}/u);
    expect(levy).not.toContain('2 %');
    for (const f of dataset.figures) expect(f.label.en, f.id).not.toMatch(/person-times/);
  });

  it('“Xinjiang-region” is gone; exclusion reasons say collective consultation', () => {
    for (const f of dataset.figures) expect(f.label.en, f.id).not.toContain('Xinjiang-region');
    for (const x of dataset.exclusions) expect(x.reason).not.toMatch(/collective bargaining/);
  });

  it('the 13 divisions are “divisions”, not “divisions or cities”', () => {
    expect(formatFigureValue(figureById('bargaining-contest-divisions'), 'en')).toBe(
      '13 divisions',
    );
  });
});
