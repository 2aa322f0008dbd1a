/**
 * A dynamic import that can be tried again. A module fetch that failed (a dropped connection, a
 * chunk gone after a redeploy) stays failed in the browser's module map: importing the same
 * address again fails at once, without asking the network. So once an import has failed, the next
 * try asks for the same file under a new address (`?retry=<n>`): the network is asked again, and
 * the module's own imports (same addresses as before) are the ones the page already has.
 */
const tries = new Map<string, number>();

/** The address of the module whose fetch failed, from the browser's error, or null. */
export function failedModule(error: unknown): string | null {
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  return /dynamically imported module:?\s+(\S+?\.m?js)\b/.exec(message)?.[1] ?? null;
}

export function retryImport<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    const url = failedModule(error);
    if (!url) throw error;
    const n = (tries.get(url) ?? 0) + 1;
    tries.set(url, n);
    // The first failure is the network's own answer: report it.
    if (n === 1) throw error;
    const again = new URL(url);
    again.searchParams.set('retry', String(n));
    return import(/* @vite-ignore */ again.href) as Promise<T>;
  });
}
