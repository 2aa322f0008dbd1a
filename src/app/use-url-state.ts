import { useCallback, useEffect, useRef, useState } from 'react';
import {
  parseLocation,
  serializeLocation,
  type IgnoredParam,
  type ParsedLocation,
  type NavigateOptions,
  type UrlVocabulary,
  type ViewState,
} from '../state/url-state';
import { baseOf, locationParams, pageHref, routeIgnored } from '../state/routes';
import { onViewAddressChange } from './address';
import { currentAddress, useDrawnStart, usePageEnv } from '../components/page/page-env';

interface PageLocation {
  state: ViewState;
  /** The `#<id>` the address names (a panel, a theme), or null. */
  target: string | null;
}

/** The page model of an address: its path (routes.ts) and query, then its hash. */
function readLocation(
  vocab: UrlVocabulary,
  { pathname, search, hash }: { pathname: string; search: string; hash: string } = window.location,
): ParsedLocation {
  const { langs } = vocab;
  const page = parseLocation(locationParams(pathname, search, langs).toString(), hash, vocab);
  return { ...page, ignored: [...routeIgnored(pathname, langs), ...page.ignored] };
}

/** embed.html (the one page hosts let others frame): its <html> carries data-entry="embed". */
const isEmbedPage = () => document.documentElement.dataset.entry === 'embed';

/**
 * The view state, read from and written to the URL (in path form: routes.ts; an old query link
 * is rewritten to it). The address is written in an effect after the
 * state commits, once per user action (a state updater may run twice under StrictMode, an effect
 * that compares with the current address is idempotent). Back/forward re-read it; a link with bad
 * parameters is cleaned (replaceState) and what was dropped is returned for the notice.
 */
export function useUrlState(
  vocab: UrlVocabulary,
  defaultReport: string | null = null,
  /** The report this page shows (null: a page of no particular report). */
  reportId: string | null = defaultReport,
) {
  const env = usePageEnv();
  // Hydrating a pre-rendered page: the first render is the page as it was drawn (its path alone),
  // so it matches the HTML; the address's query and #target are adopted right after.
  const hydrating = useDrawnStart();
  const [initial] = useState(() => {
    const address = currentAddress(env);
    return readLocation(vocab, hydrating ? { ...address, search: '', hash: '' } : address);
  });
  const adopt = useRef(hydrating && !env.server);
  // Until the query is adopted the state is the drawn page's (no `?scheme=`, no filters): what
  // only the address says (the scheme the boot script already applied) must not be written yet.
  const [adopting, setAdopting] = useState(
    () => hydrating && !env.server && Boolean(window.location.search || window.location.hash),
  );
  const [loc, setLoc] = useState<PageLocation>({ state: initial.state, target: initial.target });
  const [notice, setNotice] = useState<IgnoredParam[]>(initial.ignored);
  /** How the next address change is recorded: set by navigate, consumed by the effect. */
  // The first write only cleans the address the page was opened with: never a new entry.
  const method = useRef<'pushState' | 'replaceState'>('replaceState');

  useEffect(() => {
    if (adopt.current) {
      adopt.current = false;
      if (window.location.search || window.location.hash) {
        const parsed = readLocation(vocab);
        method.current = 'replaceState';
        // Once, after hydration: the HTML was drawn without the query, the view now takes it.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setLoc({ state: parsed.state, target: parsed.target });
        setAdopting(false);
        if (parsed.ignored.length > 0) setNotice(parsed.ignored);
        return;
      }
    }
    const { pathname, search, hash } = window.location;
    // Always the whole address: a bare `#x` would keep the old query. embed.html without a panel
    // to show stays embed.html (the dashboard's path would not be frameable).
    const next =
      isEmbedPage() && !loc.state.embed
        ? `${pathname}${serializeLocation(loc.state, loc.target)}`
        : pageHref(loc.state, baseOf(pathname, vocab.langs), {
            hash: loc.target,
            defaultReport,
            ...(vocab.langs ? { langs: vocab.langs } : {}),
          });
    if (next !== `${pathname}${search}${hash}`) window.history[method.current](null, '', next);
    method.current = 'pushState';
  }, [loc, defaultReport, vocab]);

  // Back/forward within this report (address.ts: a change of report remounts the page instead).
  useEffect(
    () =>
      onViewAddressChange(
        () => {
          const parsed = readLocation(vocab);
          method.current = 'replaceState';
          setLoc({ state: parsed.state, target: parsed.target });
          if (parsed.ignored.length > 0) setNotice(parsed.ignored);
        },
        () => reportId,
      ),
    [vocab, reportId],
  );

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
    /** The address's query is not adopted yet (the first renders of a hydrated page). */
    adopting,
    navigate,
    notice,
    dismissNotice: () => setNotice([]),
  };
}
