import { Component, type ErrorInfo, type ReactNode } from 'react';
import { noticeEntries, type IgnoredParam } from '../../state/url-state';
import { useDashboard } from './context';
import { formatList } from '../../i18n/strings';
import { localeOf } from '../../i18n/locales';

/** Says which URL parameters were ignored. Values are rendered as text, never as HTML. */
export function IgnoredNotice({
  ignored,
  onDismiss,
}: {
  ignored: IgnoredParam[];
  onDismiss: () => void;
}) {
  const { t, lang } = useDashboard();
  if (ignored.length === 0) return null;
  // Capped, and naming keys rather than whatever text a crafted link carries (noticeEntries).
  const { shown, more } = noticeEntries(ignored);
  // "a, b and c" when every entry is named; with a count of the rest, a plain list ending in it.
  const list =
    more > 0 ? [...shown, `…(+${more})`].join(localeOf(lang).punct.list) : formatList(lang, shown);
  return (
    <div className="notice" role="status">
      <span>{t('ignoredNotice', { list })}</span>
      <button type="button" className="btn-small" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}

export function EmptyState({ onReset }: { onReset: () => void }) {
  const { t } = useDashboard();
  return (
    <div className="empty-state" role="status">
      <h2>{t('emptyTitle')}</h2>
      <p>{t('emptyBody')}</p>
      <button type="button" className="btn" onClick={onReset}>
        {t('resetFilters')}
      </button>
    </div>
  );
}

interface BoundaryProps {
  children: ReactNode;
  fallback: (error: Error) => ReactNode;
  /** Changing this value clears a caught error (e.g. after the filter changes). */
  resetKey?: string;
}

/** Keeps one broken part (a panel, a chart) from taking the page down: it shows its error inline. */
export class ErrorBoundary extends Component<BoundaryProps, { error: Error | null; key?: string }> {
  override state: { error: Error | null; key?: string } = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: { error: Error | null; key?: string },
  ) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept visible for developers; users see the inline message.
    console.info('Failed to render:', error.message, info.componentStack?.split('\n')[1] ?? '');
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
