/**
 * Links to an indicator's page (`indicators/<id>/`), routed inside the page. Small and eager: the
 * figure tables and quotes of every panel carry one, while the page itself loads on first use.
 */
import type { MouseEvent, ReactNode } from 'react';
import { langQuery, pickText } from '../../i18n/locales';
import { useDashboard } from './context';

/** A link to an indicator's page, routed inside the page. */
export function IndicatorLink({
  indicator,
  children,
  label,
  className,
}: {
  indicator: string;
  children: ReactNode;
  /** The accessible name, when the text alone is not enough. */
  label?: string;
  className?: string;
}) {
  const { state, navigate, href, lang } = useDashboard();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate({ indicator, view: 'dashboard', figure: null });
  };
  // The page's address: language, report and indicator (its filters do not apply there).
  const query = new URLSearchParams({
    ...(state.report ? { report: state.report } : {}),
    ...langQuery(lang),
    indicator,
  });
  return (
    <a
      className={className ?? 'indicator-link'}
      href={href(query)}
      onClick={onClick}
      aria-label={label}
    >
      {children}
    </a>
  );
}

/** The indicator of a figure of the report shown, as a link (table rows, quotes). */
export function FigureIndicatorLink({ figureId }: { figureId: string }) {
  const { dataset, t, lang } = useDashboard();
  const figure = dataset.figures.find((f) => f.id === figureId);
  if (!figure) return null;
  const label = pickText(figure.label, lang);
  return (
    <IndicatorLink
      indicator={figure.indicator}
      label={t('openIndicator', { label })}
      className="figure-indicator-link"
    >
      {t('indicatorOf')}
    </IndicatorLink>
  );
}
