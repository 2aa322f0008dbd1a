/**
 * The words of the figure fields, each language beside the other: a field's name (its header in
 * the panel table, its label in the chart tooltip) and its header in every CSV. The column list
 * (src/selectors/figure-columns.ts) takes them from here by the field's id, so a new field is its
 * schema line, its column entry and its words here: one entry of each, three files.
 *
 * Every field has its Chinese and English words (a missing one is a type error, where a column
 * uses it). A further language's words are optional here and read like a data text (its
 * `textFrom`, then English): a language's own words stay in its locale file.
 */
import type { LocaleId } from './locale';

/** One text in each language: Chinese and English, another language where it has its own. */
export type FieldText = { readonly zh: string; readonly en: string } & Readonly<
  Partial<Record<LocaleId, string>>
>;

export interface FieldWords {
  /** Its name in the panel table and the tooltip. */
  readonly name?: FieldText;
  /**
   * Its name in a cited or table report, which keeps no text, so nothing there may say 原文
   * (src/i18n/source-words.ts has the same rule for the UI strings).
   */
  readonly nameCited?: FieldText;
  /** Its header in every CSV (the figure CSVs, the indicator and whole-corpus downloads). */
  readonly csv?: FieldText;
}

export const FIELD_WORDS = {
  id: { csv: { zh: '编号', en: 'id' } },
  label: { name: { zh: '指标', en: 'Measure' }, csv: { zh: '指标', en: 'label' } },
  value: {
    name: { zh: '原文数值', en: 'As written' },
    nameCited: { zh: '书写数值', en: 'As written' },
    csv: { zh: '原文数值', en: 'as_written' },
  },
  number: { csv: { zh: '数值', en: 'value' } },
  unit: { csv: { zh: '单位', en: 'unit' } },
  qualifier: { csv: { zh: '限定', en: 'qualifier' } },
  normalised: {
    name: { zh: '换算值', en: 'Normalised' },
    csv: { zh: '换算值', en: 'normalised_value' },
  },
  normalisedUnit: { csv: { zh: '换算单位', en: 'normalised_unit' } },
  period: { name: { zh: '时间', en: 'Period' }, csv: { zh: '时间', en: 'period' } },
  organisation: {
    name: { zh: '机构', en: 'Organisation' },
    csv: { zh: '机构', en: 'organisation' },
  },
  theme: { csv: { zh: '主题', en: 'theme' } },
  quote: { csv: { zh: '原文', en: 'quote' } },
  range: { csv: { zh: '原文位置', en: 'article_range' } },
  valueTo: { csv: { zh: '数值上限', en: 'value_to' } },
  normalisedTo: { csv: { zh: '换算值上限', en: 'normalised_value_to' } },
  qualifierCode: { csv: { zh: '限定代码', en: 'qualifier_code' } },
  normalisedUnitCode: { csv: { zh: '换算单位代码', en: 'normalised_unit_code' } },
  themeCode: { csv: { zh: '主题代码', en: 'theme_code' } },
} as const satisfies Record<string, FieldWords>;
