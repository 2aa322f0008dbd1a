/**
 * Exported images of every panel, in both languages, from a phone (360 px) and a desktop
 * (1366 px) viewport, with three themes selected (a long filter line):
 * - the SVG is well-formed XML (DOMParser, no <parsererror>);
 * - drawn in Chromium, every <text> element's box lies inside the image;
 * - its text holds the whole title, the whole source line and every selected theme's name
 *   (wrapped, never clipped);
 * - the PNG decodes, is exactly 2× the fixed export width, and 2× the SVG's height: the same
 *   layout, so the same lines.
 * One page per test, reused for every panel; four tests run in parallel on two workers.
 */
import { PNG } from 'pngjs';
import { UI, LANGS, article, panels, squash, themes, type Lang } from './data.ts';
import { download, expect, gotoDashboard, panelAction, panelSection, test } from './fixtures.ts';

const EXPORT_WIDTH = 1200;
/** The default report's source line, which every image carries whole. */
const SOURCE: Record<Lang, string> = article.sourceLine;

/** Three themes at a time, covering every theme (and so every panel). */
const ids = themes.map((t) => t.id);
const THEME_SETS: string[][] = [];
for (let i = 0; i < ids.length; i += 3) {
  const set = ids.slice(i, i + 3);
  while (set.length < 3) set.unshift(ids[ids.length - 1 - set.length]!);
  THEME_SETS.push(set);
}

interface SvgReport {
  error: string | null;
  width: number;
  height: number;
  texts: string[];
  outside: string[];
}

for (const lang of LANGS) {
  for (const width of [360, 1366]) {
    test(`${lang} at ${width}px: every panel's SVG and PNG hold all their text`, async ({
      page,
    }) => {
      // Every panel × 2 downloads through the actions menu: generous for a loaded 2-core machine.
      test.setTimeout(600_000);
      await page.setViewportSize({ width, height: 900 });
      // The SVG is measured on a blank page of its own: the dashboard's CSP (style-src 'self', no
      // 'unsafe-inline') rightly refuses the style attributes of markup put into its document,
      // and a file opened on its own is what a reader's viewer lays out.
      const sheet = await page.context().newPage();
      await sheet.setViewportSize({ width: 1600, height: 900 });
      const seen = new Set<string>();
      for (const set of THEME_SETS) {
        await gotoDashboard(page, { theme: set.join(','), ...(lang === 'en' ? { lang } : {}) });
        const names = set.map((id) => themes.find((t) => t.id === id)!.name[lang]);
        const shown = panels.filter((p) => set.includes(p.theme) && !seen.has(p.id));
        for (const panel of shown) {
          seen.add(panel.id);
          const section = panelSection(page, panel.id);
          await section.scrollIntoViewIfNeeded();
          const svg = await download(page, await panelAction(section, UI[lang].exportSvg));
          const text = svg.bytes.toString('utf8');
          const report: SvgReport = await sheet.evaluate((source) => {
            const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
            const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
            const root = doc.documentElement as unknown as SVGSVGElement;
            const w = Number(root.getAttribute('width'));
            const h = Number(root.getAttribute('height'));
            const host = document.createElement('div');
            host.style.cssText = 'position:absolute;left:0;top:0;';
            host.appendChild(document.importNode(root, true));
            document.body.appendChild(host);
            const svgEl = host.firstElementChild!;
            const frame = svgEl.getBoundingClientRect();
            const outside: string[] = [];
            const texts: string[] = [];
            for (const t of svgEl.querySelectorAll('text')) {
              const content = t.textContent ?? '';
              texts.push(content);
              if (!content.trim()) continue;
              const r = t.getBoundingClientRect();
              const slack = 1;
              if (
                r.left < frame.left - slack ||
                r.top < frame.top - slack ||
                r.right > frame.left + w + slack ||
                r.bottom > frame.top + h + slack
              )
                outside.push(
                  `"${content}" at ${Math.round(r.left - frame.left)},${Math.round(r.top - frame.top)}–${Math.round(r.right - frame.left)},${Math.round(r.bottom - frame.top)} in ${w}×${h}`,
                );
            }
            host.remove();
            return { error, width: w, height: h, texts, outside };
          }, text);
          const what = `${svg.name} (${width}px)`;
          expect(report.error, `${what} parses as XML`).toBeNull();
          expect(report.width, `${what} export width`).toBe(EXPORT_WIDTH);
          expect(report.outside, `${what}: text outside the image`).toEqual([]);
          const all = squash(report.texts.join(''));
          expect(all, `${what}: whole title`).toContain(squash(panel.title[lang]));
          expect(all, `${what}: whole source line`).toContain(squash(SOURCE[lang]));
          for (const name of names)
            expect(all, `${what}: filter line names ${name}`).toContain(squash(name));
          expect(text, `${what}: no double-quoted font names`).not.toMatch(/font[^>]*""/);

          const png = await download(page, await panelAction(section, UI[lang].exportPng));
          const image = PNG.sync.read(png.bytes);
          expect(image.width, `${png.name}: 2× the export width`).toBe(2 * EXPORT_WIDTH);
          expect(image.height, `${png.name}: same layout as the SVG`).toBe(2 * report.height);
        }
      }
      expect([...seen].sort(), 'every panel exported').toEqual(panels.map((p) => p.id).sort());
    });
  }
}
