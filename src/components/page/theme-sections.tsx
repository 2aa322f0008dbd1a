import { nestQuotes } from '../../selectors/hidden-target';
import type { PanelView, ThemeGroup } from '../../selectors/figures';
import { useDashboard } from './context';
import { ErrorBoundary } from './feedback';
import { Panel } from '../panel/panel';
import { pickText } from '../../i18n/locales';

/**
 * The themes and their panels. Each theme is a grid that leaves no hole: a lone panel (or the
 * odd last one) spans the row, cards-only panels stay compact (see layout.css).
 */
export function ThemeSections({ groups }: { groups: readonly ThemeGroup<PanelView>[] }) {
  const { lang, scheme, state, t } = useDashboard();
  return groups.map(({ theme, items }) => (
    <section
      key={theme.id}
      id={`theme-${theme.id}`}
      className="theme-section"
      aria-labelledby={`theme-title-${theme.id}`}
      tabIndex={-1}
    >
      <h2 id={`theme-title-${theme.id}`} className="section-title">
        {pickText(theme.name, lang)}
      </h2>
      <p className="theme-desc">{pickText(theme.description, lang)}</p>
      <div className="panel-grid" data-count={items.length}>
        {items.map((v) => (
          <ErrorBoundary
            key={v.panel.id}
            resetKey={`${state.lang}-${scheme}-${state.year}`}
            fallback={(error) => (
              <section
                className="panel panel-error"
                data-panel-id={v.panel.id}
                aria-label={pickText(v.panel.title, lang)}
              >
                <h3>{pickText(v.panel.title, lang)}</h3>
                <p role="alert">{t('chartError', { message: error.message })}</p>
              </section>
            )}
          >
            <Panel panel={v.panel} figures={v.figures} hidden={v.hidden} />
          </ErrorBoundary>
        ))}
      </div>
    </section>
  ));
}

const HIDDEN_MESSAGE = {
  panel: 'hiddenTarget',
  theme: 'hiddenTheme',
  figure: 'hiddenFigure',
} as const;

/** A `#panel`, `#theme-…` or `?figure=` the filter hides: say so, and offer to show it. */
export function HiddenTargetNotice({
  kind = 'panel',
  title,
  onShow,
}: {
  kind?: 'panel' | 'theme' | 'figure';
  title: string;
  onShow: () => void;
}) {
  const { t } = useDashboard();
  return (
    <div className="notice" role="status">
      <span>{t(HIDDEN_MESSAGE[kind], { title: nestQuotes(title) })}</span>
      <button type="button" className="btn-small" onClick={onShow}>
        {t('showHiddenTarget')}
      </button>
    </div>
  );
}
