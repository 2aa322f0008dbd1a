/**
 * Exported images as a reader opens them: the SVG that `renderSvg` writes (the same layout as the
 * PNG) parsed back, its <text> elements read.
 */
import { renderSvg } from '../../src/export/render-image';
import { EXPORT_WIDTH } from '../../src/charts/export-frame';
import type { ChartOptions } from '../../src/charts/style';
import { toRows } from '../../src/selectors/rows';
import { dataset, panelFigures } from './sample-corpus';

const options: Omit<ChartOptions, 'insets' | 'animation' | 'width'> = {
  lang: 'en',
  scheme: 'light',
  patterns: false,
  description: 'cards',
  words: { viewInArticle: 'View' },
  units: dataset.units,
};
const caption = { title: 'Title', subtitle: 'Sub', filter: 'Filter: all', source: 'Source: X' };

const textsOf = (svg: string) =>
  [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')].map(
    (t) => t.textContent ?? '',
  );

describe('a cards panel exported to SVG', () => {
  it.each(['zh', 'en'] as const)(
    '%s: names each card’s organisation, as the page’s card does',
    async (lang) => {
      const rows = toRows(panelFigures('bargaining-contest'), lang, dataset.units);
      expect(rows.length).toBeGreaterThan(1);
      const svg = await renderSvg({
        kind: 'cards',
        rows,
        options: { ...options, lang },
        caption,
        width: EXPORT_WIDTH,
      });
      const texts = textsOf(svg);
      for (const r of rows) {
        expect(texts).toContain(r.valueText);
        expect(texts).toContain(r.period);
        expect(texts, r.id).toContain(r.organisation);
      }
    },
  );
});
