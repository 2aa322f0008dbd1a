export type ExportFormat = 'png' | 'svg' | 'csv' | 'json';

/** `<panel-id>-<lang>.<ext>`, e.g. `hardship-funds-zh.png`. Ids are kebab-case already. */
export function exportFileName(panelId: string, lang: 'zh' | 'en', format: ExportFormat): string {
  return `${panelId}-${lang}.${format}`;
}

export function datasetFileName(lang: 'zh' | 'en', format: 'csv' | 'json'): string {
  return `bingtuan-union-figures-${lang}.${format}`;
}
