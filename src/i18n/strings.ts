/**
 * Every interface string in both languages. `en` is typed from `zh`, so a key missing from either
 * is a type error. Placeholders are `{name}`.
 */
import type { Lang } from '../format/lang';

export const zh = {
  appSummary:
    '一篇报道中的全部统计数字：兵团各级工会五年来的帮扶、阵地、组织、维权、劳模、战疫与竞赛。每个数字都附原文句子。',
  figuresShown: '显示 {shown} / {total} 个数字',
  headlineHeading: '关键数字',
  filtersHeading: '筛选',
  themeGroup: '主题',
  yearLabel: '年份',
  allYears: '全部年份',
  yearOption: '{year}年（{count}）',
  yearNote:
    '选定年份时，只显示原文明确属于该年的数字；“五年来”累计、“近年来”及未注明时间的数字暂不显示。',
  switchLanguage: 'English',
  schemeToDark: '切换到深色模式',
  schemeToLight: '切换到浅色模式',
  schemeDarkShort: '深色',
  schemeLightShort: '浅色',
  patterns: '图案填充（色觉友好）',
  resetFilters: '重置筛选',
  emptyTitle: '没有符合筛选条件的数字',
  emptyBody: '所选主题在该年份没有数字。可以换一个年份，或重置筛选。',
  ignoredNotice: '已忽略链接中无法识别的参数：{list}',
  dismiss: '关闭',
  tabChart: '图表',
  tabTable: '表格',
  tabQuotes: '原文摘录',
  viewDashboard: '仪表板',
  viewSource: '原文',
  exportPng: '导出 PNG',
  exportSvg: '导出 SVG',
  exportCsv: '导出 CSV',
  exportScale: '导出倍率',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  viewInArticle: '在原文中查看',
  colLabel: '指标',
  colValue: '原文数值',
  colNormalised: '换算值',
  colPeriod: '时间',
  colOrganisation: '机构',
  moreThanNote: '原文为“余/多”，表示“超过”，实际数值更大。',
  hiddenByYear: '另有 {count} 个数字因年份筛选未显示。',
  unitLabel: '单位：{unit}',
  timelineHeading: '时间线：原文中有日期的事件',
  timelineCounted: '统计：',
  timelineNoFigure: '（图片说明，无统计数字）',
  sourceHeading: '原文',
  sourceIntro:
    '原文共有 {count} 个统计数字，全部在仪表板中以图表呈现。标记的数字可点击，跳转到对应图表。日期、序数与口号中的数字不属于统计，未标记。',
  sourceSidebar: '阅读提示',
  sourceCaptions: '图片说明',
  goToPanel: '查看图表：{title}',
  footerSource: '数据来源：《奋力开创新时代兵团工会工作新局面》，2023-07-24',
  downloadJson: '下载全部数据（JSON）',
  downloadCsv: '下载全部数据（CSV）',
  footerNote: '数字按原文书写显示；换算值仅用于作图比较。',
  chartError: '这个图表无法显示：{message}',
  loadingChart: '图表加载中…',
  periodLabel: '时间：{period}',
  orgLabel: '机构：{org}',
  filterAll: '全部主题，全部年份',
  filterLine: '筛选：{filter}',
  skipToContent: '跳到主要内容',
  // Exports, print, citation and embedding (issue 9).
  stripeLegend: '斜条纹：原文为“余/多”（超过），实际数值更大',
  dashboardTitle: '兵团工会五年数据仪表板',
  cite: '引用',
  citeDashboard: '引用本仪表板',
  citeHeading: '引用：{title}',
  citeIntro: '以下引文包含原文出处与本视图的地址（含当前筛选）。',
  embed: '嵌入',
  embedHeading: '嵌入：{title}',
  embedIntro:
    '把下面的代码粘贴到网页中即可嵌入这个图表。它随容器宽度缩放，并沿用当前的语言、配色与图案设置。',
  copy: '复制',
  copied: '已复制',
  openFullDashboard: '在完整仪表板中查看',
  originalArticle: '原文网址',
  lastChecked: '数据最近一次与原文核对：{date}',
  licenceHeading: '数据使用条款',
  printAddress: '本页地址：{url}',
} as const;

export type { Lang };
export type MessageKey = keyof typeof zh;

export const en: Record<MessageKey, string> = {
  appSummary:
    'Every statistic in one report: five years of aid, service stations, organisation, rights, model workers, epidemic relief and contests by the XPCC trade unions, each tied to its sentence in the article.',
  figuresShown: 'Showing {shown} / {total} figures',
  headlineHeading: 'Key figures',
  filtersHeading: 'Filters',
  themeGroup: 'Theme',
  yearLabel: 'Year',
  allYears: 'All years',
  yearOption: '{year} ({count})',
  yearNote:
    'With a year selected, only figures the article ties to that year are shown; five-year totals, “recent years” and undated figures are hidden.',
  switchLanguage: '中文',
  schemeToDark: 'Switch to Dark mode',
  schemeToLight: 'Switch to Light mode',
  schemeDarkShort: 'Dark',
  schemeLightShort: 'Light',
  patterns: 'Patterns (colour-blind friendly)',
  resetFilters: 'Reset filters',
  emptyTitle: 'No figures match these filters',
  emptyBody:
    'The selected themes have no figures in that year. Pick another year or reset the filters.',
  ignoredNotice: 'Ignored unrecognised link parameters: {list}',
  dismiss: 'Dismiss',
  tabChart: 'Chart',
  tabTable: 'Table',
  tabQuotes: 'Quotes',
  viewDashboard: 'Dashboard',
  viewSource: 'Source',
  exportPng: 'Export PNG',
  exportSvg: 'Export SVG',
  exportCsv: 'Export CSV',
  exportScale: 'Export scale',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  viewInArticle: 'View in article',
  colLabel: 'Measure',
  colValue: 'As written',
  colNormalised: 'Normalised',
  colPeriod: 'Period',
  colOrganisation: 'Organisation',
  moreThanNote: 'The article says 余/多 (“more than”): the true number is higher.',
  hiddenByYear: '{count} more figure(s) hidden by the year filter.',
  unitLabel: 'Unit: {unit}',
  timelineHeading: 'Timeline: dated events in the article',
  timelineCounted: 'Counted: ',
  timelineNoFigure: '(photo caption, no statistic)',
  sourceHeading: 'Source article',
  sourceIntro:
    'The article holds {count} statistics, and every one is charted on the dashboard. Marked numbers link to their chart. Dates, ordinals and numbers inside slogans are not statistics and are not marked.',
  sourceSidebar: 'Summary',
  sourceCaptions: 'Photo captions',
  goToPanel: 'Go to chart: {title}',
  footerSource:
    'Source: “Striving to open a new chapter in XPCC trade union work in the new era” (奋力开创新时代兵团工会工作新局面), 2023-07-24',
  downloadJson: 'Download all data (JSON)',
  downloadCsv: 'Download all data (CSV)',
  footerNote:
    'Numbers are shown as the article writes them; normalised values are for charting only.',
  chartError: 'This chart could not be shown: {message}',
  loadingChart: 'Loading chart…',
  periodLabel: 'Period: {period}',
  orgLabel: 'Organisation: {org}',
  filterAll: 'all themes, all years',
  filterLine: 'Filter: {filter}',
  skipToContent: 'Skip to main content',
  stripeLegend: 'Stripes: the article says 余/多 (“more than”); the true number is higher',
  dashboardTitle: 'XPCC trade unions in figures',
  cite: 'Cite',
  citeDashboard: 'Cite this dashboard',
  citeHeading: 'Cite: {title}',
  citeIntro: 'Each reference names the article and the address of this view (with its filters).',
  embed: 'Embed',
  embedHeading: 'Embed: {title}',
  embedIntro:
    'Paste this code into a web page to embed the chart. It fits the width of its container and keeps the current language, colour scheme and patterns.',
  copy: 'Copy',
  copied: 'Copied',
  openFullDashboard: 'Open the full dashboard',
  originalArticle: 'Original article',
  lastChecked: 'Dataset last checked against the article: {date}',
  licenceHeading: 'Terms of use',
  printAddress: 'Address of this view: {url}',
};

const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** Looks up a message and fills `{name}` placeholders; a missing placeholder value stays visible. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

export const ENGLISH_TITLE =
  'Striving to open a new chapter in XPCC trade union work in the new era';
