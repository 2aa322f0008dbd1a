/**
 * A cited or table report keeps no text of its own, so nothing on its page may call anything
 * 原文 / "the article": these messages take their `…Cited` (or `…Table`) wording there.
 */
import type { SourceKind } from '../model/schema';
import type { MessageKey } from './locale';

const CITED: Partial<Record<MessageKey, MessageKey>> = {
  yearNote: 'yearNoteCited',
  // The table's last column: each figure's link to its source (出处), not to an article.
  viewInArticle: 'colSource',
  moreThanNote: 'moreThanNoteCited',
  footerNote: 'footerNoteCited',
  chartSlotError: 'chartSlotErrorCited',
  stripeLegend: 'stripeLegendCited',
  citeIntro: 'citeIntroCited',
  originalArticle: 'originalArticleCited',
  lastChecked: 'lastCheckedCited',
  tabQuotes: 'tabCited',
  searchLabel: 'searchLabelCited',
};
const TABLE: Partial<Record<MessageKey, MessageKey>> = {
  ...CITED,
  chartSlotError: 'chartSlotErrorTable',
  tabQuotes: 'tabCells',
};

/** The message a report of this kind shows for `key`. */
export function sourceWord(kind: SourceKind | undefined, key: MessageKey): MessageKey {
  if (kind === 'cited') return CITED[key] ?? key;
  if (kind === 'table') return TABLE[key] ?? key;
  return key;
}
