/**
 * What two reviews of the labels (not in this repository; W = wrong, M = misleading, A = the
 * second review's items) changed, as a reader sees it: wrong and misleading labels fixed, incomparable figures in separate panels or
 * with a note, unit lines that agree with the bars.
 */
import { describe, expect, it } from 'vitest';
import { formatFigureValue } from '../../src/format';
import { sharedUnitName, toRows } from '../../src/selectors/rows';
import { textAt } from '../../src/model/numerals';
import { dataset, figureById, panelFigures } from './real-corpus';

const glossary = dataset.glossary ?? [];

/**
 * The article's own words, line wraps and spaces removed: a wording is checked against what the
 * article says, not only pinned. `said(id)` is the figure's quote as it stands at its range.
 */
const articleText = dataset.article.replace(/\s+/gu, '');
const said = (id: string) => {
  const f = figureById(id);
  return textAt(dataset.article, f.range!).replace(/\s+/gu, '');
};

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
    // 五年来，兵团总工会共争取…2.04 亿元，…95.88%。其次，兵团各级工会共筹集资金9171万元，走访慰问职工 26.6万人次。
    expect(articleText).toMatch(
      /五年来，兵团总工会共争取[^。]*。其次，兵团各级工会共筹集资金9171万元，走访慰问职工26\.6万人次/u,
    );
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
    ['model-worker-homes', '个单位'],
    ['award-units', '个单位'],
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
    // The date is the diagnosis; the fundraising follows 得知这一情况后 with no date of its own.
    expect(articleText).toMatch(/2018年12月，[^。]*诊断[^。]*得知这一情况后[^。]*筹款7\.3万元/u);
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

  it('M-6: the 2018 festival season is a card of its own, with its year and 筹集', () => {
    // 2018 年“两节”期间，兵团工会共筹集送温暖资金 2412万元: one season, not beside five-year totals.
    expect(articleText).toContain('2018年“两节”期间，兵团工会共筹集送温暖资金2412万元');
    const f = figureById('festival-warmth-funds-2018');
    expect(f.label.zh).toContain('2018年');
    expect(f.label.zh).toContain('筹集');
    expect(f.label.en).toContain('2018');
    expect(panel('hardship-funds').figures).not.toContain(f.id);
    expect(panel('festival-warmth-funds')).toMatchObject({ chart: 'cards', figures: [f.id] });
    expect(panel('festival-warmth-funds').note!.en).toContain('not to be compared');
  });

  it('M-6: the two central-fund bars are one fund, told apart by their period only', () => {
    // 并向全总争取下拨中央财政专项帮扶资金 1915.8 万元 … 五年来，兵团总工会共争取中央财政专项帮扶资金 2.04 亿元
    const ids = ['central-aid-funds-five-years', 'central-aid-funds-allocated'];
    for (const id of ids) {
      expect(said(id)).toContain('争取');
      expect(said(id)).toContain('中央财政专项帮扶资金');
      expect(panel('hardship-funds').figures).toContain(id);
    }
    const [total, undated] = ids.map(figureById);
    const fund = (text: string) => text.replace(/[（(][^（(]*[）)]$/u, '').trim();
    expect(fund(total!.label.zh)).toBe(fund(undated!.label.zh));
    expect(fund(total!.label.en)).toBe(fund(undated!.label.en));
    expect(total!.label.en).toContain('five-year total');
    expect(undated!.label.en).toContain('period not stated');
    // The ACFTU is named where the article names it: in the note, not as a second source.
    expect(articleText).toContain('向全总争取下拨中央财政专项帮扶资金');
    expect(undated!.note!.zh).toContain('同一项资金');
    expect(undated!.note!.zh).toContain('向全总争取下拨');
    // Why both bars are kept, in a caveat that names them (shown only while they are).
    const why = panel('hardship-funds').caveats!.find((c) => c.figures.length === 2)!;
    expect([...why.figures].sort()).toEqual([...ids].sort());
    expect(why.text.zh).toContain('同一项资金，不是两个来源');
    expect(why.text.en).toMatch(/one fund over different periods, not two sources/);
    expect(panel('hardship-funds').note!.en).toContain('a card of their own');
  });

  it('M-7: the two household bars can be told apart in English', () => {
    const a = figureById('festival-visits-hardship-families').label.en;
    const b = figureById('festival-visits-hardship-workers').label.en;
    expect(a).toMatch(/^Families/);
    expect(b).toMatch(/^Workers/);
  });

  it('M-10: rates reached and a group’s size are not shown as five-year totals', () => {
    // 达到: a level reached, at a date the article does not give.
    expect(said('contest-coverage-rate')).toContain('达到');
    expect(said('contest-participation-rate')).toContain('达到');
    for (const id of [
      'contest-coverage-rate',
      'contest-participation-rate',
      'reform-group-member-units',
    ])
      expect(figureById(id).period.kind, id).toBe('unspecified');
  });

  it('M-11: the produce bars name who helped (all levels vs one federation)', () => {
    expect(said('produce-sold-2nd-division')).toContain('第二师铁门关市各级工会');
    expect(figureById('produce-sold-2nd-division').label.zh).toContain('第二师铁门关市各级工会');
    expect(said('produce-sold-4th-division')).toContain('第四师可克达拉市总工会');
    expect(figureById('produce-sold-4th-division').label.zh).toContain('第四师可克达拉市总工会');
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
    // the panel title quotes the campaign's name as its labels and the zh title do.
    expect(panel('autumn-study-aid').title.zh).toBe('“秋送助学”');
    expect(panel('autumn-study-aid').title.en).toBe('“Autumn study aid”');
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

  it('A-13: honours held by teams and units count units, and the education bases count bases', () => {
    // 工人先锋号集体, 模范职工小家 (a workshop or team), 五一劳动奖状获得单位, 职工之家红旗单位 and
    // 成员单位 are held by teams and units, not by “organisations”; 基地 are not 站点.
    for (const id of [
      'worker-pioneer-collectives',
      'may-day-award-units',
      'national-model-small-homes',
      'regional-model-small-homes',
      'national-model-worker-homes',
      'regional-model-worker-homes',
      'red-flag-worker-homes',
      'reform-group-member-units',
    ])
      expect(figureById(id).base.unit, id).toBe('units');
    expect(formatFigureValue(figureById('worker-pioneer-collectives'), 'en')).toBe('162 units');
    expect(formatFigureValue(figureById('regional-model-small-homes'), 'en')).toBe('86 units');
    expect(said('worker-pioneer-collectives')).toContain('工人先锋号集体');
    expect(said('may-day-award-units')).toContain('获得单位');
    expect(said('red-flag-worker-homes')).toContain('红旗单位');
    expect(said('reform-group-member-units')).toContain('成员单位');
    const bases = figureById('worker-education-bases');
    expect(said(bases.id)).toContain('职工教育基地');
    expect(bases.base.unit).toBe('bases');
    expect(formatFigureValue(bases, 'en')).toBe('13 bases');
    expect(sharedUnitName(toRows(panelFigures('political-culture'), 'zh'))).toBeUndefined();
  });

  it.each([
    ['migrant-workers', '农民工', /migrant worker/],
    ['autonomous-region', '自治区', /Autonomous Region/],
    ['model-worker-three-funds', '劳模“三金”', /three funds/],
    ['legal-health-check', '法制体检', /legal health check/],
    ['farm-company', '连队', /farm company/],
    ['micro-party-class', '微党课', /micro Party class/],
    ['industrial-workforce-reform', '产业工人队伍建设改革', /industrial-workforce reform/],
    ['buying-to-help-farmers', '消费助农', /buying to help farmers/],
    ['recuperation', '疗休养', /recuperation/],
    ['ankang-cup', '安康杯', /Ankang Cup/],
  ])('A-42: %s explains %s, a term the article uses, in words of its own', (id, zh, en) => {
    const term = glossary.find((t) => t.id === id)!;
    expect(term.zh).toBe(zh);
    expect(term.en).toMatch(en);
    expect(articleText).toContain(zh);
    // Our explanation, not a passage of the article: no run of more than 8 characters in common
    // (a name such as 新疆生产建设兵团 is 8).
    const explain = term.explain.zh;
    for (let i = 0; i + 9 <= explain.length; i++)
      expect(articleText, explain.slice(i, i + 9)).not.toContain(explain.slice(i, i + 9));
  });

  it('the 13 divisions are “divisions”, not “divisions or cities”', () => {
    expect(said('bargaining-contest-divisions')).toBe('来自13个师市');
    expect(formatFigureValue(figureById('bargaining-contest-divisions'), 'en')).toBe(
      '13 divisions',
    );
  });
});

describe('page review: no figure is both a key-figure card and a card of a panel of key figures', () => {
  it('the visits and the end-2022 stocks keep their panels (table, quotes, indicator link, embed) and leave the key figures', () => {
    // 截至 2022 年底，全兵团共有基层工会3523家、会员 64.97万人: the article gives the two stocks in
    // its paragraph on union organisation, beside the Workers’ Home honours, not as results of
    // the five years; their panel is where the 指标 link to their indicator pages is.
    expect(articleText).toContain('截至2022年底，全兵团共有基层工会3523家、会员64.97万人');
    for (const id of ['workers-visited', 'grassroots-unions', 'union-members'])
      expect(dataset.meta.headlineFigures).not.toContain(id);
    expect(panel('workers-visited')).toMatchObject({
      chart: 'cards',
      figures: ['workers-visited'],
    });
    expect(panel('grassroots-unions')).toMatchObject({
      chart: 'cards',
      figures: ['grassroots-unions', 'union-members'],
    });
    const key = new Set(dataset.meta.headlineFigures);
    for (const p of dataset.panels.filter((x) => x.chart === 'cards'))
      expect(
        p.figures.every((id) => key.has(id)),
        p.id,
      ).toBe(false);
  });
});
