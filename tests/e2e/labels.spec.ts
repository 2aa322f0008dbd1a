/**
 * Chart labels as drawn, at 320, 360 and 1366 px in both languages: read from each chart's own
 * drawing (its zrender display list), never from our builder. No label is cut or ends in `…`, a
 * line never breaks inside a word (Intl.Segmenter in the browser decides what a word is), no
 * bracket is left alone, a value such as `10` stays on one line, and axes keep three ticks.
 */
import { figures, panels, type Lang } from './data.ts';
import { chartsSettled, expect, gotoDashboard, liveChart, panelSection, test } from './fixtures.ts';

interface Drawn {
  panel: string;
  texts: string[];
  ticks: number;
}

const WIDTHS = [320, 360, 1366];
const OPENING = /[（(《“【]$/;
const CLOSING = /^[）)》”】，、。,.;:]/;
const barPanels = panels.filter((p) => p.chart !== 'cards');

for (const lang of ['zh', 'en'] as const satisfies readonly Lang[]) {
  for (const width of WIDTHS) {
    test(`${lang} at ${width} px: chart labels whole, wrapped between words, 3+ ticks`, async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize({ width, height: 900 });
      await gotoDashboard(page, { lang });
      for (const panel of barPanels) await liveChart(panelSection(page, panel.id));
      await chartsSettled(page);
      const drawn: Drawn[] = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[_echarts_instance_]')].map((el) => {
          type Chart = {
            getZr(): { storage: { getDisplayList(all: boolean): Shown[] } };
            getModel(): {
              getComponent(type: string, i: number): { axis: { scale: { getTicks(): unknown[] } } };
            };
          };
          // A multi-line text is drawn as one tspan per line; its text element holds the whole.
          type Shown = { type: string; style?: { text?: unknown }; parent?: Shown };
          const chart = (el as HTMLElement & { echartsInstance?: Chart }).echartsInstance;
          const list = chart?.getZr().storage.getDisplayList(true) ?? [];
          const whole = list.map((d) => (d.parent?.type === 'text' ? d.parent : d).style?.text);
          return {
            panel: el.closest('section[data-panel-id]')?.getAttribute('data-panel-id') ?? '',
            texts: [...new Set(whole)].filter(
              (t): t is string => typeof t === 'string' && t !== '',
            ),
            ticks: chart?.getModel().getComponent('xAxis', 0).axis.scale.getTicks().length ?? 0,
          };
        }),
      );
      for (const panel of barPanels) {
        const chart = drawn.find((d) => d.panel === panel.id);
        expect(chart, `${panel.id} drawn`).toBeDefined();
        expect(chart!.ticks, `${panel.id}: axis ticks`).toBeGreaterThanOrEqual(3);
        for (const text of chart!.texts) expect(text, `${panel.id}`).not.toContain('…');
        for (const id of panel.figures) {
          const label = figures.find((f) => f.id === id)!.label[lang];
          const squash = (s: string) => s.replace(/\s+/g, '');
          const text = chart!.texts.find((t) => squash(t) === squash(label));
          expect(text, `${panel.id}: label "${label}" drawn whole`).toBeDefined();
          const lines = text!.split('\n');
          for (const line of lines) {
            expect(line, `${label}: a bracket left alone`).not.toMatch(OPENING);
            expect(line, `${label}: a line starting with closing punctuation`).not.toMatch(CLOSING);
          }
          // Every break falls on a word boundary of the label, as the browser segments it.
          const breaks: number[] = [];
          let at = 0;
          for (const line of lines.slice(0, -1)) {
            at = label.indexOf(line, at) + line.length;
            breaks.push(at);
          }
          const split = await page.evaluate(
            ({ label, breaks, lang }) => {
              const seg = new Intl.Segmenter(lang, { granularity: 'word' });
              const bounds = new Set([...seg.segment(label)].map((s) => s.index));
              return breaks.filter((b) => !bounds.has(b) && !/\s/.test(label[b] ?? ''));
            },
            { label, breaks, lang },
          );
          expect(
            split,
            `${panel.id}: "${label}" split inside a word (${lines.join(' | ')})`,
          ).toEqual([]);
        }
        // Values (10, 1,600+) are never wrapped.
        for (const text of chart!.texts)
          if (/^\d[\d,.]*/.test(text)) expect(text).not.toContain('\n');
      }
    });
  }
}
