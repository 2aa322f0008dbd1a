import { useCallback, useSyncExternalStore } from 'react';

/** The phone layout's breakpoint (the CSS files' `@media (max-width: 640px)`). */
export const PHONE_QUERY = '(max-width: 640px)';

/**
 * Whether the media query matches; false at build time and while hydrating (a pre-rendered page
 * is drawn for neither), then the real value, re-rendered whenever it changes.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      const mq = window.matchMedia?.(query);
      mq?.addEventListener('change', notify);
      return () => mq?.removeEventListener('change', notify);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}
