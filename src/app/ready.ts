/** Once the report's page has committed (hydrated, or rendered): start.tsx listens. */
let listener: (() => void) | null = null;
let ready = false;

export function onAppReady(fn: () => void): void {
  listener = fn;
  if (ready) fn();
}

/** Called by App's first effect. */
export function appReady(): void {
  if (ready) return;
  ready = true;
  listener?.();
}
