/** Chart labels wrap between words only: table-driven cases and a property over the real labels. */
import fc from 'fast-check';
import { labelAtoms, labelColumn, textWidth, wrapLabel } from '../../src/charts/label-wrap';
import { dataset } from './load-data';

const OPENING = /[（(《“【]$/;
const CLOSING = /^[）)》”】，、。,.;:]/;

/** A wrapped label is the label again (spaces at breaks aside), with no stranded bracket or …. */
function expectGoodWrap(label: string, lines: readonly string[], lang: 'zh' | 'en') {
  expect(lines.join('').replace(/\s+/g, '')).toBe(label.replace(/\s+/g, ''));
  for (const line of lines) {
    expect(line).not.toMatch(OPENING);
    expect(line).not.toMatch(CLOSING);
    expect(line).not.toContain('…');
  }
  // No word is split: every atom lies inside one line.
  for (const atom of labelAtoms(label, lang).map((a) => a.trim())) {
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
    expect(wrapLabel(label, width, lang)).toEqual(lines);
    expectGoodWrap(label, lines, lang);
  });

  it('never splits a word of any real label, at any width from 20 to 400 px', () => {
    const labels = dataset.figures.flatMap((f) => [
      [f.label.zh, 'zh'] as const,
      [f.label.en, 'en'] as const,
    ]);
    fc.assert(
      fc.property(fc.constantFrom(...labels), fc.integer({ min: 20, max: 400 }), ([l, lang], w) => {
        expectGoodWrap(l, wrapLabel(l, w, lang), lang);
      }),
      { numRuns: 200 },
    );
  });
});

describe('labelColumn', () => {
  it('is as wide as the longest label when that fits the share', () => {
    const col = labelColumn(['工会', '职工之家'], 1000, 'zh', 0.4);
    expect(col.width).toBe(textWidth('职工之家'));
    expect(col.maxLines).toBe(1);
  });

  it('is capped at the share of the chart width and wraps within it', () => {
    const labels = ['Enterprises named national leaders in open, democratic management'];
    const col = labelColumn(labels, 320, 'en', 0.45);
    expect(col.width).toBeLessThanOrEqual(144);
    for (const line of col.lines[0]!) expect(textWidth(line)).toBeLessThanOrEqual(col.width);
    expect(col.maxLines).toBeGreaterThan(1);
  });

  it('never goes below the widest word, whatever the chart width', () => {
    const col = labelColumn(['Internationalisation'], 40, 'en', 0.4);
    expect(col.width).toBe(textWidth('Internationalisation'));
    expect(col.lines).toEqual([['Internationalisation']]);
  });
});
