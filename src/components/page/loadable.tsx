/**
 * Parts of the page whose code or data loads on first use (charts, dialogs, the source view, the
 * indicator pages, the report itself).
 * React.lazy keeps a failed load for good, until the page is reloaded; here the boundary around
 * the part says what failed and offers to try again, which loads again: a dropped connection, or
 * a chunk gone after a redeploy, costs that one part for a moment, never the page.
 */
import {
  Suspense,
  use,
  useContext,
  useState,
  type CSSProperties,
  type ComponentType,
  type ReactNode,
} from 'react';
import { DashboardContext } from './context';
import { ErrorBoundary } from './feedback';

/** How to forget each load that failed, so that its next render loads again. */
const failedLoads = new Set<() => void>();

/**
 * A component that loads its code (`load`) on its first render and suspends until then. A failed
 * load is kept (React may render again at once, and must meet the same failure) until a reader
 * asks to try again (LoadBoundary's button).
 */
export function loadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  const forget = () => {
    loading = null;
  };
  const code = () =>
    (loading ??= load().catch((error: unknown) => {
      failedLoads.add(forget);
      throw error;
    }));
  function Loadable(props: P) {
    const Loaded = use(code());
    // Not a component made during render: use() returns what the one cached load resolved to,
    // the same component on every render.
    // eslint-disable-next-line react-hooks/static-components
    return <Loaded {...props} />;
  }
  return Loadable;
}

/**
 * The same for data: `load(key)` once per key, the promise kept (for `use()`) while it is pending
 * or has failed; a failure is forgotten when a reader asks to try again (LoadBoundary's button,
 * or `forgetFailedLoads()`), so the next call loads again.
 */
export function keepLoads<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const loads = new Map<string, Promise<T>>();
  return (key) => {
    let loading = loads.get(key);
    if (!loading) {
      loading = load(key).catch((error: unknown) => {
        failedLoads.add(() => loads.delete(key));
        throw error;
      });
      loads.set(key, loading);
    }
    return loading;
  };
}

/** Lets every failed load (code or data) load again on its next use. */
export function forgetFailedLoads(): void {
  for (const forget of failedLoads) forget();
  failedLoads.clear();
}

interface LoadBoundaryProps {
  children: ReactNode;
  /** Shown while the code loads. */
  placeholder: ReactNode;
  /** What to say when it cannot load or draw (default: "this part could not be loaded"). */
  message?: string;
  /** Class of the failure box, to size it like the part it stands in for. */
  className?: string;
  style?: CSSProperties;
  /** Shown above the failure box (the page's title, when the page itself could not load). */
  heading?: ReactNode;
  /** The strings, when the boundary is outside the dashboard (the page while its report loads). */
  t?: (key: 'loadFailed' | 'retry') => string;
}

/** Around a loadable part: its placeholder while loading; if it fails, the error and "try again". */
export function LoadBoundary({
  children,
  placeholder,
  message,
  className,
  style,
  heading,
  t: translate,
}: LoadBoundaryProps) {
  // Outside a dashboard (around the page itself, while its report loads) the caller passes `t`.
  const dashboard = useContext(DashboardContext);
  const t = translate ?? dashboard?.t;
  if (!t) throw new Error('LoadBoundary outside a dashboard needs `t`');
  const [attempt, setAttempt] = useState(0);
  return (
    <ErrorBoundary
      resetKey={String(attempt)}
      fallback={(error) => (
        <>
          {heading}
          <div className={`load-failed${className ? ` ${className}` : ''}`} style={style}>
            <p role="alert">{message ?? t('loadFailed')}</p>
            <p className="load-detail">{error.message}</p>
            <button
              type="button"
              className="btn-small"
              onClick={() => {
                forgetFailedLoads();
                setAttempt((n) => n + 1);
              }}
            >
              {t('retry')}
            </button>
          </div>
        </>
      )}
    >
      <Suspense fallback={placeholder}>{children}</Suspense>
    </ErrorBoundary>
  );
}
