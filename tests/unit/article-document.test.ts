import {
  displaySpan,
  findBlock,
  parseArticle,
  type ArticleBlock,
  type ArticleDocument,
  type BlockKind,
} from '../../src/model/article-document';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../paths';

// The parser's one real input: the 2023 article's page text as published, read as a file (its
// sha256 is pinned in its report.json, so no curation of data/ changes it). Nothing else of the
// real data is read; the records are the validator's to check.
const REPORT = join(dataDir, 'reports', 'xpcc-unions-2023');
const raw = readFileSync(join(REPORT, 'article.txt'), 'utf8');
// Section ids come from the report (report.json, by order), not from the parser.
const { sections } = JSON.parse(readFileSync(join(REPORT, 'report.json'), 'utf8')) as {
  sections: { id: string; order: number }[];
};
const sectionIds = [...sections].sort((a, b) => a.order - b.order).map((s) => s.id);
const doc = parseArticle(raw, sectionIds);

const ofKind = (d: ArticleDocument, kind: BlockKind) => d.blocks.filter((b) => b.kind === kind);
const texts = (d: ArticleDocument, kind: BlockKind) => ofKind(d, kind).map((b) => b.text);
const rangeOf = (needle: string) => {
  const start = raw.indexOf(needle);
  expect(start, needle).toBeGreaterThanOrEqual(0);
  return { start, end: start + needle.length };
};
/** The one block whose text contains `needle`. */
const blockWith = (needle: string): ArticleBlock => {
  const found = doc.blocks.filter((b) => b.text.includes(needle));
  expect(
    found.map((b) => b.id),
    needle,
  ).toHaveLength(1);
  return found[0]!;
};

/**
 * The properties every parse must have, whatever the input. Each check collects what breaks it
 * and is asserted once, naming every offender (an expect per character cost more than the parse).
 */
function expectWellFormed(input: string, d: ArticleDocument) {
  const badOffsets: string[] = [];
  for (const b of d.blocks) {
    expect(b.offsets, b.id).toHaveLength(b.text.length);
    b.offsets.forEach((o, i) => {
      if (input[o] !== b.text[i]) badOffsets.push(`${b.id}[${i}]: raw ${input[o]} ≠ ${b.text[i]}`);
      if (i > 0 && o <= b.offsets[i - 1]!) badOffsets.push(`${b.id}[${i}]: offset not increasing`);
      if (o < b.range.start || o >= b.range.end)
        badOffsets.push(`${b.id}[${i}]: outside its range`);
    });
  }
  expect(badOffsets).toEqual([]);
  // Every non-whitespace raw character lies in exactly one block.
  const owners = new Array<number>(input.length).fill(0);
  for (const b of d.blocks)
    for (let i = Math.max(0, b.range.start); i < Math.min(input.length, b.range.end); i++)
      owners[i]! += 1;
  const badOwners: string[] = [];
  for (let i = 0; i < input.length; i++)
    if (!/\s/.test(input[i]!) && owners[i] !== 1)
      badOwners.push(`raw[${i}] ${input[i]}: in ${owners[i]} blocks`);
  expect(badOwners).toEqual([]);
  // Ids are `${kind}-${n}`, numbered per kind in document order.
  const seen = new Map<BlockKind, number>();
  for (const b of d.blocks) {
    const n = seen.get(b.kind) ?? 0;
    expect(b.id).toBe(`${b.kind}-${n}`);
    seen.set(b.kind, n + 1);
  }
}

describe('parseArticle on the real article', () => {
  it('keeps offsets consistent and puts every raw character in exactly one block', () => {
    expectWellFormed(raw, doc);
  });

  it('finds the four doubled headings and names their sections', () => {
    expect(ofKind(doc, 'heading').map((b) => [b.text, b.section])).toEqual([
      ['用心用情当好职工“娘家人”', 'family'],
      ['强化政治引领 筑牢信仰之基', 'politics'],
      ['产业工人有力量 服务中心有质量', 'industry'],
      ['培养技能人才 服务中心大局', 'skills'],
    ]);
    // The heading's range covers its doubled line, so the second copy belongs to no other block.
    const heading = ofKind(doc, 'heading')[0]!;
    expect(raw.slice(heading.range.start, heading.range.end)).toBe(
      '用心用情当好职工“娘家人”用心用情当好职工用心用情当好职工““娘家人娘家人””',
    );
  });

  it('finds the title, byline and the misplaced sidebar label', () => {
    expect(texts(doc, 'title')).toEqual(['奋力开创新时代兵团工会工作新局面']);
    expect(texts(doc, 'byline')).toEqual(['本报记者 吴铎思']);
    expect(texts(doc, 'sidebar-label')).toEqual(['阅读提示']);
  });

  it('takes the paragraphs right after the title as the sidebar', () => {
    const sidebar = texts(doc, 'sidebar');
    expect(sidebar).toHaveLength(4);
    expect(sidebar[0]).toBe('五年，是一段征程；五年，更是一次跨越。');
    expect(sidebar[3]).toMatch(/^未来五年.*不断开创新时代工会工作新局面。$/);
    expect(ofKind(doc, 'sidebar').every((b) => b.section === null)).toBe(true);
  });

  it('orders the document: title, byline, label, sidebar, sections, captions', () => {
    const kinds = doc.blocks.map((b) => b.kind).filter((k, i, all) => k !== all[i - 1]);
    expect(kinds).toEqual([
      'title',
      'byline',
      'sidebar-label',
      'sidebar',
      ...['heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph'],
      ...['heading', 'paragraph', 'caption'],
    ]);
    for (const section of ['family', 'politics', 'industry', 'skills']) {
      const starts = doc.blocks
        .filter((b) => b.kind === 'paragraph' && b.section === section)
        .map((b) => b.range.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('splits body text into paragraphs at sentence-final line ends only', () => {
    const count = (section: string) =>
      ofKind(doc, 'paragraph').filter((b) => b.section === section).length;
    expect([count('family'), count('politics'), count('industry'), count('skills')]).toEqual([
      15, 6, 4, 4,
    ]);
    const family = ofKind(doc, 'paragraph').find((b) => b.section === 'family')!;
    expect(family.text.startsWith('2018年“两节”期间')).toBe(true);
    expect(family.text.endsWith('贴心人。')).toBe(true);
    expect(blockWith('1600').text).toContain('文体活动1600余场');
    // A line ending in `；` continues its paragraph.
    expect(blockWith('果蔬160余吨；第四师').kind).toBe('paragraph');
  });

  it('closes up spaced letters and the spaces around figures, keeping spaces between words', () => {
    const all = doc.blocks.map((b) => b.text).join('\n');
    for (const closed of [
      '各级工会干部和广大职工群众共同战“疫”',
      '2018年“两节”',
      '资金2412万元',
      '11.2万多人次',
      '6月12日至13日',
      '一线职工35173人',
      '资金290.7万元',
    ]) {
      expect(all).toContain(closed);
    }
    for (const kept of [
      '学习二十大 奋进新征程',
      '网聚职工正能量 争做兵团好网民',
      '阅读经典好书 争当时代工匠',
    ]) {
      expect(all).toContain(kept);
    }
    expect(all).not.toMatch(/\d \p{Script=Han}|\p{Script=Han} \d/u);
  });

  it('finds the nine photo captions, one per photographer credit', () => {
    const captions = ofKind(doc, 'caption');
    // The page has 9 credits (`刘安 摄` ×6, 孙灿, 马小峰, 杨永禄, 陆炯名), hence 9 captions.
    expect(raw.match(/\s摄$/gm)).toHaveLength(9);
    expect(captions).toHaveLength(9);
    captions.forEach((c) => expect(c.text).toMatch(/ 摄$/));
    expect(captions.every((c) => c.section === null)).toBe(true);
    // The credit set apart by a blank line still belongs to its caption.
    expect(captions[2]!.text).toBe(
      '7月7日，八师天业集团能源管理公司工会开展“夏送清凉”活动慰问一线员工。马小峰 摄',
    );
    expect(captions[5]!.text).toBe(
      '←6月12日至13日，兵团总工会在八师石河子市举办首届集体协商竞赛。 刘安 摄',
    );
  });

  it('maps raw ranges to the readable text', () => {
    const range = rangeOf('35173\n人');
    const block = findBlock(doc, range)!;
    expect(block.id).toBe('paragraph-0');
    const span = displaySpan(block, range)!;
    expect(block.text.slice(span.from, span.to)).toBe('35173人');

    const spaced = rangeOf('2412万元');
    const b2 = findBlock(doc, spaced)!;
    const s2 = displaySpan(b2, spaced)!;
    expect(b2.text.slice(s2.from, s2.to)).toBe('2412万元');

    expect(displaySpan(ofKind(doc, 'caption')[0]!, range)).toBeNull();
    expect(findBlock(doc, { start: 0, end: raw.length })).toBeUndefined();
  });
});

describe('parseArticle on a tiny made-up page', () => {
  const fake = [
    '',
    '2020 年，某工会筹集资金 12',
    '万元，帮助困 难 职 工',
    '',
    '渡过难关。',
    '',
    '第二段写到这里；',
    '',
    '还没有结束！”',
    '',
    '温暖人心 共创未来温暖人心温暖人心 共创未来共创未来',
    ' 这是标题',
    '',
    '这是摘要。',
    '',
    '↑3 月 1 日，活动',
    '举行。 张三 摄',
    '',
    '慰问一线',
    '职工。',
    '',
    '王五 摄',
    '',
    '提 示',
    '',
    '第二节正文。',
    '',
    '再接再厉再接再厉再接再厉',
    '',
    '本报记者 李四',
    '',
  ].join('\n');
  const small = parseArticle(fake, ['family', 'politics']);

  it('applies each rule on its own', () => {
    expectWellFormed(fake, small);
    expect(small.blocks.map((b) => [b.id, b.section, b.text])).toEqual([
      ['title-0', null, '这是标题'],
      ['byline-0', null, '本报记者 李四'],
      ['sidebar-label-0', null, '提示'],
      ['sidebar-0', null, '这是摘要。'],
      ['heading-0', 'family', '温暖人心 共创未来'],
      ['paragraph-0', 'family', '2020年，某工会筹集资金12万元，帮助困难职工渡过难关。'],
      ['paragraph-1', 'family', '第二段写到这里；还没有结束！”'],
      ['heading-1', 'politics', '再接再厉'],
      ['paragraph-2', 'politics', '第二节正文。'],
      ['caption-0', null, '↑3月1日，活动举行。 张三 摄'],
      ['caption-1', null, '慰问一线职工。王五 摄'],
    ]);
  });

  it('maps a figure wrapped across lines back to one span', () => {
    const start = fake.indexOf('12\n万元');
    const range = { start, end: start + '12\n万元'.length };
    const block = findBlock(small, range)!;
    expect(block.id).toBe('paragraph-0');
    const span = displaySpan(block, range)!;
    expect(block.text.slice(span.from, span.to)).toBe('12万元');
    expect(displaySpan(small.blocks[0]!, range)).toBeNull();
  });

  it('names sections beyond the given ids section-<n>', () => {
    const ids = parseArticle(fake, ['only-one'])
      .blocks.filter((b) => b.kind === 'heading')
      .map((b) => b.section);
    expect(ids).toEqual(['only-one', 'section-1']);
  });

  it('returns an empty document for empty input', () => {
    expect(parseArticle('').blocks).toEqual([]);
    expect(parseArticle('\n\n').blocks).toEqual([]);
  });
});
