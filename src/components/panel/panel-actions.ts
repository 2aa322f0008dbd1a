/**
 * The actions in a panel's menu, as a list: exports (from the chart kind's registry entry) and
 * "copy link", cite and embed. Another action is one more entry here, not one more tab stop.
 */
import { retryImport } from '../../model/retry-import';
import type { PanelModel } from '../../charts/panel-model';
import type { FigureRecord, ReportMeta } from '../../model/validate';
import type { Theme } from '../../model/schema';
import type { UnitsTable } from '../../model/units';
import type { MessageKey } from '../../i18n/strings';
import type { MenuAction } from './menu-button';
import { EXPORT_WIDTH } from '../../charts/export-frame';
import { panelUrl } from '../../state/routes';
import type { Lang } from '../../i18n/locales';

const EXPORT_LABELS = { png: 'exportPng', svg: 'exportSvg', csv: 'exportCsv' } as const;

export interface PanelActionContext {
  model: PanelModel;
  figures: readonly FigureRecord[];
  lang: Lang;
  width: number;
  exportScale: number;
  filterText: string;
  /** The report's source line, baked into every image. */
  source: string;
  /** The panel's report, whose file stem names the exports. */
  report: Pick<ReportMeta, 'id' | 'fileStem'>;
  /** The themes (the CSV names a figure's theme in the language). */
  themes: readonly Theme[];
  /** How base units print (the report's units.json). */
  units: UnitsTable;
  /** The article's address (the CSV carries it on every row); '' when not known. */
  address: string;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** Shows a short confirmation (e.g. "link copied") where the menu button is. */
  confirm: (message: string) => void;
  /** Says, in the same place and for longer, that an action failed. */
  fail: (message: string) => void;
  /** Opens the panel's Cite or Embed dialog. */
  openDialog: (which: 'cite' | 'embed') => void;
}

/** Exports the panel; a failure (the export code did not load, the image did not render) is said. */
export async function exportPanel(format: 'png' | 'svg' | 'csv', c: PanelActionContext) {
  try {
    await writeExport(format, c);
  } catch (error) {
    console.info('Export failed:', error);
    c.fail(c.t('exportFailed'));
  }
}

async function writeExport(format: 'png' | 'svg' | 'csv', c: PanelActionContext) {
  const mod = await retryImport(() => import('../../export/panel-export'));
  const { model, t } = c;
  const job = {
    report: c.report,
    panelId: model.id,
    kind: model.kind,
    lang: c.lang,
    figures: c.figures,
    rows: model.rows,
    options: model.chartOptions,
    caption: {
      title: model.title,
      subtitle: model.subtitle,
      filter: t('filterLine', { filter: c.filterText }),
      source: c.source,
      ...(model.legend ? { legend: model.legend } : {}),
      notes: model.footnotes,
    },
    // A fixed export width, not the screen's: a phone export reads like a desktop one.
    width: EXPORT_WIDTH,
  };
  if (format === 'png') await mod.exportPanelPng(job, c.exportScale);
  else if (format === 'svg') await mod.exportPanelSvg(job);
  else
    mod.exportPanelCsv({
      ...job,
      themes: c.themes,
      units: c.units,
      // The notes the panel shows (caveats of hidden bars are not among them), source, address.
      panel: { notes: model.footnotes, source: c.source, address: c.address },
    });
}

async function copyLink(c: PanelActionContext) {
  // The view's address at this panel, without the tabs opened in other panels.
  const url = panelUrl(window.location.href, c.model.id);
  try {
    await navigator.clipboard.writeText(url);
    c.confirm(c.t('linkCopied'));
  } catch {
    window.prompt(c.t('copyLink'), url);
  }
}

export function panelActions(c: PanelActionContext): MenuAction[] {
  return [
    ...c.model.exports.map((format) => ({
      id: `export-${format}`,
      label: c.t(EXPORT_LABELS[format]),
      run: () => exportPanel(format, c),
    })),
    { id: 'copy-link', label: c.t('copyLink'), run: () => copyLink(c) },
    { id: 'cite', label: c.t('cite'), run: () => c.openDialog('cite') },
    { id: 'embed', label: c.t('embed'), run: () => c.openDialog('embed') },
  ];
}
