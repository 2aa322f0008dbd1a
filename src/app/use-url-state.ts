import { useCallback, useEffect, useRef, useState } from 'react';
import {
  parseLocation,
  serializeLocation,
  type IgnoredParam,
  type NavigateOptions,
  type UrlVocabulary,
  type ViewState,
} from '../state/url-state';
import { currentAddress, useHydrated, usePageEnv } from '../components/page-env';
import { locationParams } from '../state/routes';

interface PageLocation {
  state: ViewState;
  /** The `#<id>` the address names (a panel, a theme), or null. */
  target: string | null;
}

/**
 * The view state, read from and written to the URL. The address is written in an effect after the
 * state commits, once per user action (a state updater may run twice under StrictMode, an effect
 * that compares with the current address is idempotent). Back/forward re-read it; a link with bad
 * parameters is cleaned (replaceState) and what was dropped is returned for the notice.
 */
export function useUrlState(vocab: UrlVocabulary) {
  const env = usePageEnv();
  // Hydrating a pre-rendered page: the first render is the page as it was drawn (its path alone),
  // so it matches the HTML; the address's query and #target are adopted right after.
  const hydrating = !useHydrated();
  const [initial] = useState(() => {
    const { pathname, search, hash } = currentAddress(env);
    return hydrating
      ? parseLocation(`?${locationParams(pathname, '')}`, '', vocab)
      : parseLocation(`?${locationParams(pathname, search)}`, hash, vocab);
  });
  const adopt = useRef(hydrating && !env.server);
  const [loc, setLoc] = useState<PageLocation>({ state: initial.state, target: initial.target });
  const [notice, setNotice] = useState<IgnoredParam[]>(initial.ignored);
  /** How the next address change is recorded: set by navigate, consumed by the effect. */
  // The first write only cleans the address the page was opened with: never a new entry.
  const method = useRef<'pushState' | 'replaceState'>('replaceState');

  useEffect(() => {
    if (adopt.current) {
      adopt.current = false;
      const { pathname, search, hash } = window.location;
      if (!search && !hash) return;
      const parsed = parseLocation(`?${locationParams(pathname, search)}`, hash, vocab);
      method.current = 'replaceState';
      setLoc({ state: parsed.state, target: parsed.target });
      if (parsed.ignored.length > 0) setNotice(parsed.ignored);
      return;
    }
    // Always with the path: a bare `#x` would keep the old query.
    const next = `${window.location.pathname}${serializeLocation(loc.state, loc.target)}`;
    const { pathname, search, hash } = window.location;
    if (next !== `${pathname}${search}${hash}`) window.history[method.current](null, '', next);
    method.current = 'pushState';
  }, [loc]);

  useEffect(() => {
    const onPop = () => {
      const parsed = parseLocation(window.location.search, window.location.hash, vocab);
      method.current = 'replaceState';
      setLoc({ state: parsed.state, target: parsed.target });
      if (parsed.ignored.length > 0) setNotice(parsed.ignored);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [vocab]);

  const navigate = useCallback((patch: Partial<ViewState>, options: NavigateOptions = {}) => {
    method.current = options.replace ? 'replaceState' : 'pushState';
    setLoc((prev) => ({
      state: { ...prev.state, ...patch },
      target: options.hash ?? (options.keepHash ? prev.target : null),
    }));
  }, []);

  return {
    state: loc.state,
    target: loc.target,
    navigate,
    notice,
    dismissNotice: () => setNotice([]),
  };
}
