/**
 * Everything a panel's export buttons do, in one module that the page loads only on first use.
 */
import type { ChartKind, ReportMeta, Theme } from '../model/schema';
import type { FigureRecord } from '../model/validate';
import type { UnitsTable } from '../model/units';
import type { FigureRow } from '../selectors/rows';
import type { ChartStyle } from '../charts/style';
import type { ExportCaption } from '../charts/export-frame';
import { figuresCsv, type PanelCsvContext } from './csv';
import { downloadText, downloadUrl } from './download';
import { exportFileName } from './file-names';
import { renderPng, renderSvg } from './render-image';
import type { Lang } from '../i18n/locales';

export interface PanelExport {
  /** The panel's report: its file stem starts the file name. */
  report: Pick<ReportMeta, 'id' | 'fileStem'>;
  panelId: string;
  kind: ChartKind;
  lang: Lang;
  figures: readonly FigureRecord[];
  rows: readonly FigureRow[];
  options: ChartStyle;
  caption: ExportCaption;
  width: number;
}

export async function exportPanelPng(p: PanelExport, pixelRatio = 2): Promise<void> {
  const url = await renderPng(
    { kind: p.kind, rows: p.rows, options: p.options, caption: p.caption, width: p.width },
    pixelRatio,
  );
  downloadUrl(url, exportFileName(p.report, p.panelId, p.lang, 'png'));
}

export async function exportPanelSvg(p: PanelExport): Promise<void> {
  const svg = await renderSvg({
    kind: p.kind,
    rows: p.rows,
    options: p.options,
    caption: p.caption,
    width: p.width,
  });
  downloadText(
    svg,
    exportFileName(p.report, p.panelId, p.lang, 'svg'),
    'image/svg+xml;charset=utf-8',
  );
}

export function exportPanelCsv(
  p: Pick<PanelExport, 'report' | 'panelId' | 'lang' | 'figures'> & {
    themes: readonly Theme[];
    units: UnitsTable;
    panel: PanelCsvContext;
  },
): void {
  downloadText(
    figuresCsv(p.figures, p.lang, { themes: p.themes, units: p.units, panel: p.panel }),
    exportFileName(p.report, p.panelId, p.lang, 'csv'),
    'text/csv;charset=utf-8',
  );
}
