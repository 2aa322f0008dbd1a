/**
 * `new-report` on an article with every numeral form (tests/fixtures/numerals/every-form.txt,
 * written for this test): each figure gets the value, unit and qualifier its words say; dates,
 * years, ordinals and codes are drafted as exclusions; a figure that disagrees with its words
 * fails validation naming the figure, the words, the record and the text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReport, updateDraft } from '../../src/model/draft-report';
import { formatProblem, validateCorpus } from '../../src/model/validate';
import { unitsFileSchema } from '../../src/model/schema';
import type { Figure, RawCorpus } from '../../src/model/types';
import { readCorpus, sha256 } from '../../src/model/read';
import { root } from '../paths';
import { UNITS } from '../fixtures/units';

/** The fixture corpus's shared files (links to data/'s themes, entities and units), fresh. */
const readRaw = (): RawCorpus => readCorpus(resolve(root, 'tests/fixtures/corpus')).raw;

const article = readFileSync(resolve(root, 'tests/fixtures/numerals/every-form.txt'), 'utf8');
const drafted = draftReport(article, 'forms', {
  date: '2030-01-01',
  sha256: sha256(article),
  units: UNITS,
});
const byQuote = (q: string) => drafted.figures.find((f) => f.quote?.includes(q));

describe('every form is drafted with the value, unit and qualifier of its words', () => {
  it.each<[string, number, number | undefined, string, Figure['qualifier']]>([
    ['332个', 332, undefined, '个', 'exact'],
    ['1,200人次', 1200, undefined, '人次', 'exact'],
    ['1，500人次', 1500, undefined, '人次', 'exact'],
    ['近1萬6千人次', 16000, undefined, '人次', 'nearly'],
    ['近4千萬元', 4000, undefined, '萬元', 'nearly'],
    ['卅八戶', 38, undefined, '戶', 'exact'],
    ['两万三千名', 23000, undefined, '名', 'exact'],
    ['约300户', 300, undefined, '户', 'about'],
    ['超过2.8萬人次', 2.8, undefined, '萬人次', 'more_than'],
    ['不足1万人', 1, undefined, '万人', 'less_than'],
    ['3至5场', 3, 5, '场', 'range'],
    ['三五个', 3, 5, '个', 'range'],
    ['30家左右', 30, undefined, '家', 'about'],
    ['百分之九十五', 95, undefined, '%', 'exact'],
    ['98.5%以上', 98.5, undefined, '%', 'at_least'],
    ['4千万元', 4000, undefined, '万元', 'exact'],
    ['1.2万余元', 1.2, undefined, '万元', 'more_than'],
    ['１２个', 12, undefined, '个', 'exact'],
  ])('%s', (words, value, valueTo, unit, qualifier) => {
    const f = byQuote(words);
    expect(f, `no draft figure quotes ${words}`).toBeDefined();
    expect({
      value: f!.value,
      valueTo: f!.valueTo,
      unit: f!.unit,
      qualifier: f!.qualifier,
    }).toEqual({ value, valueTo, unit, qualifier });
  });

  it('drafts dates, years, ordinals, ROC years, codes and vague amounts as exclusions', () => {
    expect(drafted.exclusions.map((e) => [e.text, e.category])).toEqual([
      ['2023', 'date'],
      ['12', 'date'],
      ['11', 'date'],
      ['二〇二三', 'date'],
      ['3', 'ordinal'],
      ['十三', 'ordinal'],
      ['112', 'date'],
      ['114', 'date'],
      ['010', 'not-a-statistic'],
      ['68232149', 'not-a-statistic'],
      ['千', 'not-a-statistic'],
      ['十', 'period'],
    ]);
    expect(drafted.exclusions.find((e) => e.text === '112')!.reason).toMatch(/112 = 2023/);
  });

  it('drafts the time of a page stamp as one exclusion, not three parts of a code', () => {
    const d = draftReport('发布时间：2030-01-02 08:15:00\n全年开展活动12场。', 'x', {
      date: '2030-01-01',
      sha256: '',
      units: UNITS,
    });
    expect(d.exclusions.map((e) => [e.text, e.category, e.reason])).toEqual([
      ['2030-01-02', 'date', 'DRAFT: a date written with digits'],
      ['08:15:00', 'date', 'DRAFT: a time of day'],
    ]);
    expect(d.figures.map((f) => [f.value, f.unit])).toEqual([[12, '场']]);
  });

  it('drafts a zero-padded month or day and a day of the week as dates', () => {
    const d = draftReport('2030年03月05日 星期三\n共有站点7个，电话010-12345678。', 'x', {
      date: '2030-01-01',
      sha256: '',
      units: UNITS,
    });
    expect(d.exclusions.map((e) => [e.text, e.category, e.reason])).toEqual([
      ['2030', 'date', 'DRAFT: the year 2030'],
      ['03', 'date', 'DRAFT: a month'],
      ['05', 'date', 'DRAFT: a day of the month'],
      ['三', 'date', 'DRAFT: a day of the week'],
      ['010', 'not-a-statistic', 'DRAFT: part of a code or telephone number'],
      ['12345678', 'not-a-statistic', 'DRAFT: part of a code or telephone number'],
    ]);
    expect(d.figures.map((f) => [f.value, f.unit])).toEqual([[7, '个']]);
    const weekly = draftReport('每周一次，每周二场。', 'x', {
      date: '2030-01-01',
      sha256: '',
      units: UNITS,
    });
    expect(weekly.exclusions.map((e) => e.reason)).not.toContain('DRAFT: a day of the week');
  });

  it('keeps every quote inside one sentence and runs it on to what is counted', () => {
    for (const f of drafted.figures) expect(f.quote).not.toMatch(/[。\n]/u);
    expect(byQuote('332个')!.quote).toBe('兵团建成工会服务站点332个');
    expect(byQuote('卅八戶')!.quote).toBe('卅八戶困难家庭得到帮扶');
  });

  it('never starts a quote inside a number, and ends one before the next number', () => {
    const text = '全年共1,200人次参加3场培训。';
    const d = draftReport(text, 'x', { date: '2030-01-01', sha256: '', units: UNITS });
    expect(d.figures.map((f) => f.quote)).toEqual([
      '全年共1,200人次参加',
      '全年共1,200人次参加3场培训',
    ]);
  });
});

/** The drafted report with every draft filled in, as a curator would. */
function filled(edit: (figures: Figure[]) => void = () => {}): RawCorpus {
  const shared = readRaw();
  const figures = drafted.figures.map((f) => {
    return {
      ...f,
      draft: undefined,
      label: { zh: '测试', en: 'test' },
      theme: 'hardship-aid',
      indicator: 'test-count',
      entity: 'xpcc-unions',
      section: 'draft',
    };
  });
  edit(figures);
  const exclusions = drafted.exclusions.map((e) => ({ ...e, draft: undefined }));
  const report = { ...drafted.report, draft: undefined };
  const s = (v: unknown) => JSON.stringify(v);
  return {
    ...shared,
    reports: [
      {
        id: 'forms',
        files: {
          article,
          report: s({ ...report, headlineFigures: [] }),
          figures: s(figures),
          exclusions: s(exclusions),
          panels: s([
            {
              id: 'all',
              theme: 'hardship-aid',
              title: { zh: '全部', en: 'All' },
              chart: 'cards',
              figures: figures.map((f) => f.id),
            },
          ]),
          events: '[]',
        },
      },
    ],
  };
}

/** The problems of the report itself (not the shared glossary), drafts and new ids aside. */
const problems = (corpus: RawCorpus, file = 'data/reports/forms/') =>
  // As of the drafts' own date (2030-01-01): no date check gets in the way.
  validateCorpus(corpus, { sha256, today: '2030-01-01' })
    .problems.filter(
      (p) =>
        p.file.startsWith(file) && !['draft', 'indicator', 'base.unit'].includes(p.field ?? ''),
    )
    .map(formatProblem);
const figureProblems = (corpus: RawCorpus) => problems(corpus, 'data/reports/forms/figures.json');

describe('the validator reads each figure with the same reader', () => {
  it('accepts the filled-in drafts: value, unit and qualifier agree with the words', () => {
    expect(problems(filled())).toEqual([]);
  });
  it('rejects the 1000萬元 draft of 近4千萬元, naming figure, words, record and text', () => {
    const corpus = filled((fs) => {
      const f = fs.find((x) => x.quote?.includes('近4千萬元'))!;
      f.value = 1000;
      delete f.numeral;
    });
    expect(figureProblems(corpus)).toEqual([
      expect.stringMatching(
        /figure "draft-\d+" value: the record says 1000 萬元 but the words "近4千萬元" read 4000 萬元 \(nearly\)/u,
      ),
    ]);
  });
  it('rejects 200 for 1,200人次', () => {
    const corpus = filled((fs) => {
      const f = fs.find((x) => x.quote?.includes('1,200人次'))!;
      f.value = 200;
      delete f.numeral;
    });
    expect(problems(corpus).join('\n')).toMatch(
      /record says 200 人次 but the words "1,200人次" read 1200 人次/u,
    );
  });
  it.each<[string, Figure['qualifier']]>([
    ['近1萬6千人次', 'exact'],
    ['约300户', 'exact'],
    ['超过2.8萬人次', 'exact'],
    ['不足1万人', 'more_than'],
    ['30家左右', 'nearly'],
    ['98.5%以上', 'exact'],
    ['332个', 'nearly'],
  ])('rejects %s recorded as %s', (words, wrong) => {
    const corpus = filled((fs) => {
      fs.find((x) => x.quote?.includes(words))!.qualifier = wrong;
    });
    expect(problems(corpus)).toEqual([
      expect.stringMatching(
        new RegExp(`qualifier: the record says "${wrong}" but the words "[^"]*" say`, 'u'),
      ),
    ]);
  });
  it('rejects a range recorded as a point, and a point with valueTo', () => {
    const asPoint = filled((fs) => {
      const f = fs.find((x) => x.quote?.includes('3至5场'))!;
      f.qualifier = 'exact';
      delete f.valueTo;
      delete f.numeral;
    });
    expect(problems(asPoint).join('\n')).toMatch(
      /the record says 3 场 but the words "3至5场" read 3 to 5 场 \(range\)/u,
    );
    const withTo = filled((fs) => {
      fs.find((x) => x.quote?.includes('332个'))!.valueTo = 400;
    });
    expect(problems(withTo).join('\n')).toMatch(/valueTo: is only for a range/u);
  });
});

describe('new-report --update drafts only what no record claims', () => {
  it('keeps every record as it is, drafts the unclaimed numeral, reports a moved quote', () => {
    const curated = drafted.figures.map((f) => ({ ...f }));
    curated[0] = { ...curated[0]!, label: { zh: '站点', en: 'stations' }, draft: undefined };
    const removed = curated.splice(3, 1)[0]!; // 近1萬6千人次: now claimed by nothing
    const moved = {
      ...curated[1]!,
      range: { ...curated[1]!.range!, start: curated[1]!.range!.start + 1 },
    };
    curated[1] = moved;
    const update = updateDraft(
      article,
      { figures: curated, exclusions: drafted.exclusions },
      { units: UNITS },
    );
    expect(update.figures.slice(0, curated.length)).toEqual(curated);
    expect(update.exclusions).toEqual(drafted.exclusions);
    expect(update.added).toEqual({ figures: 1, exclusions: 0 });
    const added = update.figures.at(-1) as Figure;
    expect([added.id, added.quote, added.value, added.qualifier]).toEqual([
      `draft-${String(drafted.figures.length + 1).padStart(3, '0')}`,
      removed.quote,
      16000,
      'nearly',
    ]);
    expect(update.stale).toEqual([
      expect.stringContaining(`figure "${moved.id}": its quote is now at`),
    ]);
  });
  it('adds nothing to a report whose numerals are all claimed', () => {
    const update = updateDraft(
      article,
      { figures: drafted.figures, exclusions: drafted.exclusions },
      { units: UNITS },
    );
    expect(update.added).toEqual({ figures: 0, exclusions: 0 });
    expect(update.stale).toEqual([]);
  });
});

describe('qualifier words are read as words, not as parts of other words', () => {
  it.each<[string, Figure['qualifier']]>([
    ['全年节约3吨', 'exact'],
    ['最近3个', 'exact'],
    ['附近5家', 'exact'],
    ['将近5家', 'nearly'],
    ['大约5家', 'about'],
    ['5家上下', 'about'],
    ['逾5家', 'more_than'],
    ['年服务突破10亿人次', 'more_than'],
    ['不到5家', 'less_than'],
  ])('%s is %s', (text, qualifier) => {
    const d = draftReport(`${text}。`, 'x', { date: '2030-01-01', sha256: '', units: UNITS });
    expect(d.figures.map((f) => f.qualifier)).toEqual([qualifier]);
  });
});

describe('traditional units are aliases in units.json (data, not code)', () => {
  const table = (written: Record<string, unknown>) =>
    unitsFileSchema.safeParse({ written, base: {} });
  it('an alias reads as a unit of its own with the same factor and bases', () => {
    const parsed = table({ 万元: { factor: 10000, base: ['yuan'], aliases: ['萬元'] } });
    expect(parsed.success && parsed.data.written['萬元']).toEqual({
      factor: 10000,
      base: ['yuan'],
    });
  });
  it('an alias that is also a unit of its own is refused, naming it', () => {
    const parsed = table({
      个: { factor: 1, base: ['sites'], aliases: ['個'] },
      個: { factor: 1, base: ['sites'] },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe('alias "個" is also a unit of its own; keep one');
  });
  it('the installed units.json lists the traditional forms the curator trial needed', () => {
    const { written } = unitsFileSchema.parse(JSON.parse(readRaw().units!));
    for (const u of ['個', '戶', '萬元', '億元', '場次', '萬人次'])
      expect(Object.hasOwn(written, u), u).toBe(true);
  });
});
