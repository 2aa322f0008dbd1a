/**
 * An indicator page's downloads, loaded on first use: the chart as SVG or PNG (the same markup
 * the page draws, with its caption and a solid background) and every value as CSV, one row per
 * value naming its report, address, body and the dates it covers (after clamping to the report).
 */
import type { IndicatorPageModel, IndicatorPoint } from '../selectors/indicator-page';
import type { UnitsTable } from '../model/units';
import { figureCells, figureHeaders, toCsv } from './csv';
import { downloadText, downloadUrl } from './download';
import { localeOf, type Lang } from '../i18n/locales';

/** `indicator-<id>-<lang>.<ext>`: an indicator spans reports, so no report's stem names it. */
export function indicatorFileName(id: string, lang: Lang, format: 'png' | 'svg' | 'csv'): string {
  return `indicator-${id}-${localeOf(lang).id}.${format}`;
}

export function indicatorCsv(
  model: IndicatorPageModel,
  lang: Lang,
  /** How base units print (units.json). */
  units: UnitsTable,
  columns: { entity: string; measure: string; from: string; to: string; sentence: string },
  /** The period as the page shows it (inferred dates and cut spans marked). */
  period: (p: IndicatorPoint) => string,
  /** Put before each point's `sentenceHref` (the page's are paths: it gives its origin). */
  origin: string,
): string {
  const { csv } = localeOf(lang);
  const rows = model.series.flatMap((s) =>
    s.points.map((p) => [
      p.report.id,
      p.sourceUrl ?? '',
      p.report.date,
      p.entity,
      p.measure,
      p.at?.from ?? '',
      p.at?.to ?? '',
      `${origin}${p.sentenceHref}`,
      ...figureCells(p.figure, lang, [], units, { period: period(p) }),
    ]),
  );
  return toCsv([
    [
      ...csv.report,
      columns.entity,
      columns.measure,
      columns.from,
      columns.to,
      columns.sentence,
      ...figureHeaders(lang),
    ],
    ...rows,
  ]);
}

export function downloadIndicatorCsv(text: string, id: string, lang: Lang): void {
  downloadText(text, indicatorFileName(id, lang, 'csv'), 'text/csv;charset=utf-8');
}

export function downloadIndicatorSvg(svg: string, id: string, lang: Lang): void {
  downloadText(
    `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`,
    indicatorFileName(id, lang, 'svg'),
    'image/svg+xml;charset=utf-8',
  );
}

/** Draws the SVG onto a canvas at `pixelRatio` and downloads it as PNG. */
export async function downloadIndicatorPng(
  svg: string,
  size: { width: number; height: number },
  id: string,
  lang: Lang,
  pixelRatio = 2,
): Promise<void> {
  if (typeof document !== 'undefined' && document.fonts?.ready) await document.fonts.ready;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart image did not load'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * pixelRatio);
    canvas.height = Math.round(size.height * pixelRatio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.scale(pixelRatio, pixelRatio);
    ctx.drawImage(img, 0, 0, size.width, size.height);
    downloadUrl(canvas.toDataURL('image/png'), indicatorFileName(id, lang, 'png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
