import { formatDate } from '../../format';
import { useDashboard } from './context';
import { CiteDashboardButton } from '../dialogs/lazy-dialogs';
import { localeOf, pickText } from '../../i18n/locales';

/**
 * The original article's address, the terms of use, when the data was last checked (each shown
 * when the report states it); Cite.
 */
export function SourceTerms() {
  const { dataset, lang, t } = useDashboard();
  const meta = dataset.meta;
  const r = meta.republication;
  const { colon } = localeOf(lang).punct;
  return (
    <div className="source-terms">
      {r && (
        <p>
          {t('originalArticle')}
          {colon}
          <a href={r.url} rel="noopener">
            {pickText(r.site, lang)} · {pickText(r.channel, lang)}
          </a>{' '}
          <span className="source-url">{r.url}</span>
        </p>
      )}
      {!r && meta.address && (
        <p>
          {t('originalArticle') /* 来源网址 / Source address for a cited or table report */}
          {colon}
          <a href={meta.address.url} rel="noopener">
            {pickText(meta.address.site ?? meta.outlet, lang)}
          </a>{' '}
          <span className="source-url">{meta.address.url}</span>
        </p>
      )}
      {meta.licence && (
        <p>
          {t('licenceHeading')}
          {colon}
          {pickText(meta.licence, lang)}
        </p>
      )}
      {meta.lastChecked && <p>{t('lastChecked', { date: formatDate(meta.lastChecked, lang) })}</p>}
      <CiteDashboardButton />
    </div>
  );
}
