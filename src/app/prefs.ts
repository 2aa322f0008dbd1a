import { useSyncExternalStore } from 'react';
import { useMediaQuery } from '../components/page/use-media-query';

export const SCALE_KEY = 'bingtuan-dashboard:export-scale';
export const SCALES = [2, 3];

/**
 * The system's colour scheme. A pre-rendered page is drawn light and hydrated light (its drawn
 * charts follow the scheme by CSS), then React re-renders with the system's, without a mismatch.
 */
export function useSystemScheme(): 'light' | 'dark' {
  return useMediaQuery('(prefers-color-scheme: dark)') ? 'dark' : 'light';
}

const prefListeners = new Set<() => void>();
function onPrefChange(notify: () => void): () => void {
  prefListeners.add(notify);
  window.addEventListener('storage', notify);
  return () => {
    prefListeners.delete(notify);
    window.removeEventListener('storage', notify);
  };
}

/** A saved preference as state: undefined at build time and while hydrating, then the saved one. */
export function useSavedPref(key: string): string | undefined {
  return useSyncExternalStore(
    onPrefChange,
    () => readPref(key),
    () => undefined,
  );
}

/** A saved preference, or undefined (private browsing may forbid storage: then just don't keep it). */
export function readPref(key: string): string | undefined {
  try {
    return window.localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writePref(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
    for (const notify of prefListeners) notify();
  } catch {
    /* the setting still works for this visit */
  }
}
