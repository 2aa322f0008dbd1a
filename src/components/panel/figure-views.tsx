import { rovingIndex } from '../page/roving';
import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { FigureRow } from '../../selectors/rows';
import { nextSort, sortRows, type SortState } from '../../selectors/sort-rows';
import { TABLE_COLUMNS, columnName, type ColumnId } from '../../selectors/figure-columns';
import { useDashboard } from '../page/context';
import { SourceLink } from '../page/source-link';
import { FigureIndicatorLink } from '../page/indicator-link';
import { qualifierNote, type Qualifier } from '../../format';
import { sourceTag } from '../../i18n/locales';

/** The sign after a value as written in the table, for qualifiers the words may not show in en. */
const QUALIFIER_MARK: Record<Qualifier, string> = {
  exact: '',
  more_than: '⁺',
  nearly: '≈',
  about: '≈',
  less_than: '<',
  at_least: '≥',
  range: '↔',
};

/**
 * The table alternative of a chart: its columns are the column list's table columns
 * (src/selectors/figure-columns.ts), the first as each row's header. Every column sorts (a button
 * in its header, aria-sort on the header); the value columns sort by the normalised value while
 * the value as written stays shown.
 */
export function FigureTable({
  rows,
  caption,
  highlight,
}: {
  rows: readonly FigureRow[];
  caption: string;
  highlight: string | null;
}) {
  const { t, lang, dataset } = useDashboard();
  const source = sourceTag(dataset.meta);
  const [sort, setSort] = useState<SortState | null>(null);
  const sorted = useMemo(
    () => sortRows(rows, sort, lang, dataset.units),
    [rows, sort, lang, dataset.units],
  );
  const columns = TABLE_COLUMNS.filter((c) => !c.table.omitWhen?.(rows));
  const ctx = { lang, themes: dataset.themes, units: dataset.units };
  /** Cells drawn with more than their text: the row header links its indicator, the value says its qualifier. */
  const CELLS: Partial<Record<ColumnId, (r: FigureRow) => ReactNode>> = {
    label: (r) => (
      <>
        {r.label}
        <FigureIndicatorLink figureId={r.id} />
      </>
    ),
    value: (r) => (
      <>
        <span lang={source}>{r.written}</span>
        <QualifierMark row={r} />
      </>
    ),
  };
  return (
    <div className="table-wrap">
      <table className="figure-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const name = columnName(column, lang, dataset.meta.kind);
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={sort?.column === column.id ? sort.direction : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    title={t('sortBy', { column: name })}
                    onClick={() => setSort(nextSort(sort, column.id))}
                  >
                    {name}
                    <span aria-hidden="true" className="sort-mark">
                      {sort?.column !== column.id
                        ? '↕'
                        : sort.direction === 'ascending'
                          ? '↑'
                          : '↓'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">{t('viewInArticle')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr
              key={r.id}
              data-figure-id={r.id}
              className={highlight === r.id ? 'is-highlighted' : undefined}
            >
              {columns.map((column, i) => {
                const content = CELLS[column.id]?.(r) ?? column.text(r, ctx);
                const className = column.table.numeric ? 'num' : undefined;
                return i === 0 ? (
                  <th key={column.id} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={column.id} className={className}>
                    {content}
                  </td>
                );
              })}
              <td>
                <SourceLink figureId={r.id} label={r.label} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Each figure's exact quote from the article, with a link to it in context. A cited figure has
 * no quote: where it is in the source (locator), the numeral and unit as written, and our own
 * description. A table figure names its cell: the table's title, row and column.
 */
export function QuoteList({ rows }: { rows: readonly FigureRow[] }) {
  const { dataset, t } = useDashboard();
  const source = sourceTag(dataset.meta);
  const tableTitle = dataset.meta.table?.title;
  return (
    <ul className="quote-list">
      {(dataset.meta.kind ?? 'article') === 'cited' && (
        <li className="quote-note">{t('citedNoText')}</li>
      )}
      {rows.map((r) => (
        <li key={r.id} data-figure-id={r.id}>
          <div className="quote-label">
            {r.label}: <strong>{r.valueText}</strong>
          </div>
          {r.quote !== null && <blockquote lang={source}>“{r.quote}”</blockquote>}
          {r.cited && (
            <dl className="quote-source">
              <dt>{t('citedLocator')}</dt>
              <dd>{r.cited.locator}</dd>
              <dt>{t('citedWritten')}</dt>
              <dd lang={source}>{r.written}</dd>
              <dt>{t('citedDescription')}</dt>
              <dd>{r.cited.description}</dd>
            </dl>
          )}
          {r.cell && (
            <dl className="quote-source">
              <dt>{t('tableTitle')}</dt>
              <dd lang={source}>{tableTitle}</dd>
              <dt>{t('tableRow')}</dt>
              <dd lang={source}>{r.cell.row}</dd>
              <dt>{t('tableColumn')}</dt>
              <dd lang={source}>{r.cell.column}</dd>
            </dl>
          )}
          <div className="quote-meta">
            {r.period} · {r.organisation} · <SourceLink figureId={r.id} label={r.label} /> ·{' '}
            <FigureIndicatorLink figureId={r.id} />
          </div>
          {r.note && <p className="quote-note">{r.note}</p>}
        </li>
      ))}
    </ul>
  );
}

/**
 * A value's qualifier as a mark (⁺ for 余/多, ≈ for 近/约 …), its meaning in the mark's title: the
 * sentence itself is the panel's footnote, said once for the panel, not once per value.
 */
function QualifierMark({ row }: { row: FigureRow }) {
  const { t, lang } = useDashboard();
  const note = row.moreThan ? t('moreThanNote') : qualifierNote(row.qualifier, lang, false);
  const mark = row.moreThan ? QUALIFIER_MARK.more_than : QUALIFIER_MARK[row.qualifier];
  return note && mark ? <abbr title={note}> {mark}</abbr> : null;
}

/**
 * Single figures as cards (the on-screen form of a `cards` panel). Their "view in article" links
 * are one tab stop: arrow keys (and Home/End) move between them, so a panel of four cards still
 * costs one stop, not four.
 */
export function FigureCards({
  rows,
  highlight,
}: {
  rows: readonly FigureRow[];
  highlight: string | null;
}) {
  const { locale } = useDashboard();
  const [current, setCurrent] = useState(0);
  const stop = Math.min(current, rows.length - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const next = rovingIndex(e.key, stop, rows.length, { axis: 'both', dir: locale.dir });
    if (next === null) return;
    e.preventDefault();
    setCurrent(next);
    e.currentTarget.querySelectorAll<HTMLElement>('.source-link')[next]?.focus();
  };
  return (
    <ul className="figure-cards" onKeyDown={onKeyDown}>
      {rows.map((r, i) => (
        <li
          key={r.id}
          data-figure-id={r.id}
          className={`figure-card${highlight === r.id ? ' is-highlighted' : ''}${r.moreThan ? ' is-more-than' : ''}`}
        >
          <div className="card-value">
            {r.valueText}
            <QualifierMark row={r} />
          </div>
          <div className="card-label">{r.label}</div>
          <div className="card-meta">
            {r.period} · {r.organisation}
          </div>
          <SourceLink figureId={r.id} label={r.label} tabIndex={i === stop ? 0 : -1} />
        </li>
      ))}
    </ul>
  );
}
