/**
 * Tells the outside world (benchmarks, end-to-end tests) when every mounted chart has finished
 * drawing after a change: `<body data-charts-state="rendering|settled" data-render-seq="N">`.
 * `renderSeq` increments once per settle, so a caller can wait for "the render after my click".
 */
const pending = new Map<string, ReturnType<typeof setTimeout>>();
let seq = 0;
let scheduled = false;
/** A chart that never reports `finished` (e.g. destroyed mid-draw) must not block forever. */
const STUCK_MS = 5000;

function settleIfIdle(): void {
  if (pending.size > 0 || typeof document === 'undefined') return;
  seq += 1;
  document.body.dataset.chartsState = 'settled';
  document.body.dataset.renderSeq = String(seq);
}

/** A state change happened: charts may be about to redraw. Settles on the next frame if none do. */
export function beginRender(): void {
  if (typeof document === 'undefined') return;
  document.body.dataset.chartsState = 'rendering';
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    settleIfIdle();
  });
}

/** A chart is about to draw a new option. Call before the draw: `finished` may fire synchronously. */
export function chartPending(id: string): void {
  clearTimeout(pending.get(id));
  pending.set(
    id,
    setTimeout(() => chartDone(id), STUCK_MS),
  );
  if (typeof document !== 'undefined') document.body.dataset.chartsState = 'rendering';
}

export function chartDone(id: string): void {
  const timer = pending.get(id);
  if (timer === undefined) return;
  clearTimeout(timer);
  pending.delete(id);
  settleIfIdle();
}
