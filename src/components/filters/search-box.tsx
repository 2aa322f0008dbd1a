/**
 * The search field: a WAI-ARIA combobox with a listbox of results. `/` or Ctrl+K (⌘K) focuses it
 * from anywhere; arrows move through results, Enter goes to one, Escape clears. A result leads to
 * its panel (pointing at the figure) or to the sentence in the source view.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchEntries, type SearchEntry } from '../../selectors/search';
import type { MessageKey } from '../../i18n/strings';
import { useDashboard } from '../page/context';
import { PHONE_QUERY, useMediaQuery } from '../page/use-media-query';

/**
 * Where the placeholder names no shortcut: a phone's width (the hint was cut to “Search (/ or”) or
 * a touch screen without a fine pointer, where `/` and Ctrl+K mean nothing.
 */
const NO_SHORTCUT_QUERY = `${PHONE_QUERY}, (hover: none) and (pointer: coarse)`;

const KIND_KEYS: Record<SearchEntry['kind'], MessageKey> = {
  figure: 'searchKindFigure',
  quote: 'searchKindQuote',
  panel: 'searchKindPanel',
  organisation: 'searchKindOrganisation',
  extra: 'searchKindExtra',
};

export function SearchBox() {
  // The page's entries (figures, quotes, panels, terms, indicators) and the panels its filter
  // shows: a result elsewhere clears the filter to show it.
  const { navigate, t, page } = useDashboard();
  const { search: index, visiblePanelIds } = page;
  const uid = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchEntries(index, query), [index, query]);
  const expanded = open && query.trim() !== '';
  const touch = useMediaQuery(NO_SHORTCUT_QUERY);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const typing =
        el?.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el?.tagName ?? '');
      const slash = e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey;
      const ctrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
      if (!slash && !ctrlK) return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const go = (entry: SearchEntry) => {
    setOpen(false);
    if (entry.indicator) {
      navigate({ indicator: entry.indicator, view: 'dashboard', figure: null });
      return;
    }
    if (entry.view === 'source' || !entry.panelId) {
      navigate({ view: 'source', figure: entry.figureId });
      return;
    }
    const hidden = !visiblePanelIds.has(entry.panelId);
    navigate(
      {
        view: 'dashboard',
        figure: entry.figureId,
        ...(hidden ? { themes: [], year: null } : {}),
      },
      { hash: entry.panelId },
    );
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (results.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + results.length) % results.length);
    } else if (e.key === 'Enter') {
      const entry = results[active];
      if (expanded && entry) {
        e.preventDefault();
        go(entry);
      }
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  const optionId = (i: number) => `${uid}-option-${i}`;
  return (
    <div className="search">
      <label className="visually-hidden" htmlFor={`${uid}-input`}>
        {t('searchLabel')}
      </label>
      <input
        ref={inputRef}
        id={`${uid}-input`}
        // type="text": ARIA in HTML allows role="combobox" (and aria-expanded) on a text input only.
        type="text"
        role="combobox"
        autoComplete="off"
        enterKeyHint="go"
        placeholder={t(touch ? 'searchPlaceholderTouch' : 'searchPlaceholder')}
        aria-expanded={expanded}
        aria-controls={`${uid}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? optionId(active) : undefined}
        aria-keyshortcuts="/ Control+K"
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={`${uid}-listbox`}
        role="listbox"
        aria-label={t('searchLabel')}
        className="search-results"
        hidden={!expanded}
      >
        {results.map((r, i) => (
          <li
            key={r.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="search-result"
            // Chosen on pointerdown, before the input's blur closes the list.
            onPointerDown={(e) => {
              e.preventDefault();
              go(r);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="search-kind">{t(KIND_KEYS[r.kind])}</span>
            <span className="search-text" lang={r.kind === 'quote' ? 'zh-CN' : undefined}>
              {r.text}
            </span>
            {r.detail && <span className="search-detail">{r.detail}</span>}
          </li>
        ))}
        {results.length === 0 && (
          <li role="option" aria-disabled="true" aria-selected="false" className="search-none">
            {t('searchNone')}
          </li>
        )}
      </ul>
      <span className="visually-hidden" aria-live="polite">
        {expanded ? t('searchResults', { count: results.length }) : ''}
      </span>
    </div>
  );
}
