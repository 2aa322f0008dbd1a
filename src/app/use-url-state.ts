import { useCallback, useEffect, useState } from 'react';
import {
  parseUrlState,
  serializeUrlState,
  type IgnoredParam,
  type UrlVocabulary,
  type ViewState,
} from '../state/url-state';

/**
 * The view state, read from and written to the URL. Back/forward re-read it; a link with bad
 * parameters is cleaned (replaceState) and what was dropped is returned for the notice.
 */
export function useUrlState(vocab: UrlVocabulary) {
  const [{ state, ignored }, setParsed] = useState(() =>
    parseUrlState(window.location.search, vocab),
  );
  const [notice, setNotice] = useState<IgnoredParam[]>(ignored);

  useEffect(() => {
    if (ignored.length > 0) {
      const clean = serializeUrlState(state) || window.location.pathname;
      window.history.replaceState(null, '', `${clean}${window.location.hash}`);
    }
    // Only on the first load: later states come from our own, valid, serialisation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const onPop = () => {
      const parsed = parseUrlState(window.location.search, vocab);
      setParsed(parsed);
      if (parsed.ignored.length > 0) setNotice(parsed.ignored);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [vocab]);

  const navigate = useCallback(
    (patch: Partial<ViewState>, options: { hash?: string; replace?: boolean } = {}) => {
      setParsed((prev) => {
        const next = { ...prev.state, ...patch };
        const query = serializeUrlState(next) || window.location.pathname;
        const hash = options.hash ? `#${options.hash}` : '';
        const method = options.replace ? 'replaceState' : 'pushState';
        window.history[method](null, '', `${query}${hash}`);
        return { state: next, ignored: [] };
      });
    },
    [],
  );

  return { state, navigate, notice, dismissNotice: () => setNotice([]) };
}
