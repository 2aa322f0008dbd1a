/**
 * CSV export and file names. The CSV is parsed back with a small RFC 4180 reader written here,
 * so the test checks what a spreadsheet would see rather than how the text happens to look.
 */
import { localeOf } from '../../src/i18n/locales';
import { BOM, csvField, figureHeaders, figuresCsv, toCsv } from '../../src/export/csv';
import { datasetFileName, exportFileName, type FileFormat } from '../../src/export/file-names';
import { CORPUS_FILE_STEM, reportFileStem } from '../../src/model/file-stem';
import type { FigureRecord } from '../../src/model/validate';
import { markArticle } from '../../src/model/article-document';
import { dataset, figureById, panelFigures } from './sample-corpus';
import { fixtureCorpus } from '../fixtures/read-fixtures';

type Lang = 'zh' | 'en';
type LangOrLocale = Parameters<typeof exportFileName>[2];

/**
 * RFC 4180: records end with CRLF; a field is quoted when it holds a comma, quote or line break,
 * and a quote inside is doubled. Throws on anything else (a bare LF between records, a stray
 * quote inside an unquoted field, an unterminated quote).
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  if (n === 0) return rows;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i += 1;
            break;
          }
        } else {
          field += text[i];
          i += 1;
        }
      }
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`stray quote at ${i}`);
        field += text[i];
        i += 1;
      }
    }
    row.push(field);
    if (i >= n) throw new Error('the last record does not end with CRLF');
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
      if (i >= n) return rows;
      continue;
    }
    throw new Error(`bad character ${JSON.stringify(text[i])} after a field at ${i}`);
  }
}

/** The CSV without its BOM, parsed; fails the test when the BOM is missing. */
function readCsv(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return parseCsv(csv.slice(BOM.length));
}

describe('the test’s own CSV reader', () => {
  it.each<[string, string[][]]>([
    ['a,b\r\n', [['a', 'b']]],
    [
      '"a,b","c""d"\r\n"e\r\nf",\r\n',
      [
        ['a,b', 'c"d'],
        ['e\r\nf', ''],
      ],
    ],
    ['x\r\n\r\n', [['x'], ['']]],
  ])('parses %j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it.each(['a,b\n', 'a"b\r\n', '"a\r\n', 'a,b'])('rejects %j', (text) => {
    expect(() => parseCsv(text)).toThrow();
  });
});

describe('csvField', () => {
  it.each<[string | number, string]>([
    ['plain', 'plain'],
    ['两个', '两个'],
    ['中文，逗号', '中文，逗号'],
    ['', ''],
    [3523, '3523'],
    [95.88, '95.88'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['crlf\r\nend', '"crlf\r\nend"'],
    ["it's", "it's"],
  ])('%j → %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends every record with CRLF and quotes what needs it', () => {
    const csv = toCsv([
      ['h1', 'h2'],
      ['a,b', 'c'],
    ]);
    expect(csv).toBe('\uFEFFh1,h2\r\n"a,b",c\r\n');
  });

  it('round-trips awkward fields through an RFC 4180 reader', () => {
    const rows = [
      ['id', 'text', 'n'],
      ['x', 'a, "b"\r\nc\nd\re', '1'],
      ['y', '', '2.5'],
      ['z', '“中文”，引号', '0'],
    ];
    expect(readCsv(toCsv(rows))).toEqual(rows);
  });

  it('has no line break outside quotes other than CRLF', () => {
    const csv = toCsv([
      ['a\nb', 'c'],
      ['d', 'e'],
    ]);
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside).toBe('\uFEFF,c\r\nd,e\r\n');
  });
});

describe.each<Lang>(['zh', 'en'])('figuresCsv (%s)', (lang) => {
  const header = figureHeaders(lang);
  /** Each wanted column: its zh and en header. */
  const COLUMNS = {
    id: { zh: '编号', en: 'id' },
    written: { zh: '原文数值', en: 'as_written' },
    normalised: { zh: '换算值', en: 'normalised_value' },
    normalisedUnit: { zh: '换算单位', en: 'normalised_unit' },
    unit: { zh: '单位', en: 'unit' },
    qualifier: { zh: '限定', en: 'qualifier' },
    period: { zh: '时间', en: 'period' },
    organisation: { zh: '机构', en: 'organisation' },
    quote: { zh: '原文', en: 'quote' },
    label: { zh: '指标', en: 'label' },
    theme: { zh: '主题', en: 'theme' },
    qualifierCode: { zh: '限定代码', en: 'qualifier_code' },
    normalisedUnitCode: { zh: '换算单位代码', en: 'normalised_unit_code' },
    themeCode: { zh: '主题代码', en: 'theme_code' },
  } as const;
  type Column = keyof typeof COLUMNS;

  function table(
    figures: readonly FigureRecord[],
    report: Pick<typeof dataset, 'themes' | 'units'> = dataset,
  ) {
    const [head, ...body] = readCsv(
      figuresCsv(figures, lang, { themes: report.themes, units: report.units }),
    );
    const col = (name: Column) => {
      const i = head!.indexOf(COLUMNS[name][lang]);
      expect(i, `column ${COLUMNS[name][lang]}`).toBeGreaterThanOrEqual(0);
      return body.map((r) => r[i]!);
    };
    return { head: head!, body, col };
  }

  // Every panel of the sample fixture report (money, people, households, rates …).
  it.each(dataset.panels.map((p) => p.id))(
    'panel %s: one row per figure with every column',
    (panelId) => {
      const figures = panelFigures(panelId);
      const { head, body, col } = table(figures);
      expect(head).toEqual([...header]);
      for (const name of Object.keys(COLUMNS) as Column[])
        expect(head).toContain(COLUMNS[name][lang]);
      expect(body).toHaveLength(figures.length);
      for (const r of body) expect(r).toHaveLength(head.length);
      expect(col('id')).toEqual(figures.map((f) => f.id));
      expect(col('written')).toEqual(figures.map((f) => f.written));
      expect(col('unit')).toEqual(figures.map((f) => f.unit));
      // Words in the language's columns, the codes in columns of their own.
      expect(col('qualifierCode')).toEqual(figures.map((f) => f.qualifier));
      expect(col('normalisedUnitCode')).toEqual(figures.map((f) => f.base.unit));
      expect(col('themeCode')).toEqual(figures.map((f) => f.theme));
      expect(col('normalised').map(Number)).toEqual(figures.map((f) => f.base.value));
      if (lang === 'zh')
        for (const r of [...col('qualifier'), ...col('normalisedUnit'), ...col('theme')])
          expect(r).not.toMatch(/[a-z]/);
      expect(col('organisation')).toEqual(figures.map((f) => f.organisation[lang]));
      expect(col('label')).toEqual(figures.map((f) => f.label[lang]));
      expect(col('quote')).toEqual(figures.map((f) => f.quote));
    },
  );

  it('a panel’s CSV carries its notes as shown, the source line and the article’s address', () => {
    const figures = panelFigures('hardship-funds');
    const panel = {
      notes: ['Note one.', 'Note two.'],
      source: 'Source: X',
      address: 'http://a.b/c',
    };
    const [head, ...body] = readCsv(
      figuresCsv(figures, lang, { themes: dataset.themes, units: dataset.units, panel }),
    );
    expect(head!.slice(-3)).toEqual(
      lang === 'zh'
        ? ['图表说明', '数据来源', '原文网址']
        : ['panel_notes', 'source', 'source_address'],
    );
    for (const r of body) {
      expect(r).toHaveLength(head!.length);
      expect(r.slice(-3)).toEqual([
        lang === 'zh' ? 'Note one.Note two.' : 'Note one. Note two.',
        'Source: X',
        'http://a.b/c',
      ]);
    }
  });

  it('every figure of the dataset survives the round trip', () => {
    const { body, col } = table(dataset.figures);
    expect(body).toHaveLength(dataset.figures.length);
    expect(col('written')).toEqual(dataset.figures.map((f) => f.written));
    expect(col('quote')).toEqual(dataset.figures.map((f) => f.quote));
  });

  it('quotes read as the source view reads the article: no PDF spaces around the figures', () => {
    const { body, col } = table(dataset.figures);
    const ids = col('id');
    const quoteOf = (id: string) => col('quote')[ids.indexOf(id)];
    expect(body.length).toBeGreaterThan(0);
    // The review saw “共争取中央财政专项帮扶资金 2.04 亿元” in the CSV and “2.04亿元” in the source view.
    expect(quoteOf('central-aid-funds-five-years')).toBe('共争取中央财政专项帮扶资金2.04亿元');
    const located = dataset.figures.flatMap((f) =>
      f.statementRange ? [{ id: f.id, statementRange: f.statementRange }] : [],
    );
    const { blocks } = markArticle(dataset.article, located);
    for (const f of dataset.figures) {
      const block = blocks.find((b) => b.marks.some((m) => m.figure === f.id))!;
      expect(block.text, f.id).toContain(quoteOf(f.id));
    }
  });

  // Money of three period kinds: two five-year totals, one festival season, one undated sum.
  const funds = () =>
    [
      'central-aid-funds-five-years',
      'union-aid-funds-raised',
      'festival-warmth-funds-2018',
      'central-aid-funds-allocated',
    ].map(figureById);

  it('writes normalised values as plain digits, never with exponent or grouping', () => {
    const { col } = table(funds());
    expect(col('normalised')).toEqual(['204000000', '91710000', '24120000', '19158000']);
  });

  it('states periods in the chosen language', () => {
    const { col } = table(funds());
    const expected = {
      zh: [
        '五年来（2018—2023年，年份推定）',
        '五年来（2018—2023年，年份推定）',
        '2018年“两节”期间',
        '未注明时间',
      ],
      en: [
        'five years, 2018–2023 (years inferred)',
        'five years, 2018–2023 (years inferred)',
        'New Year and Spring Festival 2018',
        'period not stated',
      ],
    };
    expect(col('period')).toEqual(expected[lang]);
  });

  // The qualifier's words hold for every kind of source: a cited report's figure was not read in
  // an article (ux: the zh CSV said 原文作“余” of a figure read on a web page).
  it('words a qualifier as written by the source, of a cited report too', () => {
    const cited = fixtureCorpus(['cited-sample']).reports.find((r) => r.meta.kind === 'cited')!;
    const more = cited.figures.filter((f) => f.qualifier === 'more_than');
    expect(more.length).toBeGreaterThan(0);
    const { col } = table(more, cited);
    for (const cell of col('qualifier')) {
      expect(cell).not.toMatch(/原文|article/);
      expect(cell).toMatch(lang === 'zh' ? /余/ : /more than/);
    }
  });

  it('writes only a header for no figures', () => {
    expect(readCsv(figuresCsv([], lang, { units: dataset.units }))).toEqual([[...header]]);
  });
});

describe('file names', () => {
  // Names come from report.json: `fileStem`, else the report id (README, "Downloads").
  const current = { id: 'xpcc-unions-2023', fileStem: 'bingtuan-union' };
  const noStem = { id: 'xpcc-unions-2023-excerpt' };

  it.each<[{ id: string; fileStem?: string }, string, LangOrLocale, FileFormat, string]>([
    [current, 'hardship-funds', 'zh', 'png', 'bingtuan-union-hardship-funds-zh.png'],
    [current, 'hardship-funds', 'zh', 'svg', 'bingtuan-union-hardship-funds-zh.svg'],
    [current, 'hardship-funds', 'zh', 'csv', 'bingtuan-union-hardship-funds-zh.csv'],
    [current, 'hardship-funds', 'en', 'png', 'bingtuan-union-hardship-funds-en.png'],
    [current, 'hardship-funds', 'en', 'svg', 'bingtuan-union-hardship-funds-en.svg'],
    [current, 'hardship-funds', 'en', 'csv', 'bingtuan-union-hardship-funds-en.csv'],
    [current, 'contest-rates', 'en', 'json', 'bingtuan-union-contest-rates-en.json'],
    [noStem, 'hardship-funds', 'zh', 'png', 'xpcc-unions-2023-excerpt-hardship-funds-zh.png'],
    // A caller holding the locale itself gets its id in the name, never `[object Object]`.
    [current, 'hardship-funds', localeOf('en'), 'png', 'bingtuan-union-hardship-funds-en.png'],
  ])('exportFileName(%o, %s, %s, %s) = %s', (report, panelId, lang, format, name) => {
    expect(exportFileName(report, panelId, lang, format)).toBe(name);
  });

  it('every panel’s file names are distinct per language and format, and start with the stem', () => {
    const stem = reportFileStem(dataset.meta);
    const names = dataset.panels.flatMap((p) =>
      (['zh', 'en'] as const).flatMap((lang) =>
        (['png', 'svg', 'csv'] as const).map((f) => exportFileName(dataset.meta, p.id, lang, f)),
      ),
    );
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name.startsWith(`${stem}-`)).toBe(true);
      expect(name).toMatch(/^[a-z0-9-]+-(zh|en)\.(png|svg|csv)$/);
    }
  });

  it('two reports with the same panel id export to different files', () => {
    expect(exportFileName(current, 'hardship-funds', 'zh', 'png')).not.toBe(
      exportFileName(noStem, 'hardship-funds', 'zh', 'png'),
    );
  });

  it.each<[Lang, 'csv' | 'json', string]>([
    ['zh', 'csv', 'bingtuan-union-figures-zh.csv'],
    ['en', 'csv', 'bingtuan-union-figures-en.csv'],
    ['zh', 'json', 'bingtuan-union-figures-zh.json'],
    ['en', 'json', 'bingtuan-union-figures-en.json'],
  ])('datasetFileName(one report, %s, %s) = %s', (lang, format, name) => {
    expect(datasetFileName([{ meta: current }], lang, format)).toBe(name);
  });

  it('names one report without a fileStem by its id', () => {
    expect(datasetFileName([{ meta: noStem }], 'zh', 'csv')).toBe(
      'xpcc-unions-2023-excerpt-figures-zh.csv',
    );
  });

  it.each<[Lang, 'csv' | 'json', string]>([
    ['zh', 'csv', `${CORPUS_FILE_STEM}-figures-zh.csv`],
    ['en', 'json', `${CORPUS_FILE_STEM}-figures-en.json`],
  ])('datasetFileName(several reports, %s, %s) = %s', (lang, format, name) => {
    expect(datasetFileName([{ meta: current }, { meta: noStem }], lang, format)).toBe(name);
    expect(name.startsWith('all-reports-figures-')).toBe(true);
  });
});
