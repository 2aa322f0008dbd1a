/**
 * Back and forward: the page's one `popstate` listener. Two parts of the page read the address —
 * the report root (which report: `reports/<id>/` or `?report=`) and the view state of that
 * report's page (everything else, use-url-state.ts) — and both hear of a change from here, the
 * root first: when the report changes, the root mounts the other report's page, which reads the
 * address itself, so the old page's view state is not told (it would parse the new report's
 * filters against the old report's ids and complain of them).
 */
type Listener = () => void;

const roots = new Set<Listener>();
const views = new Set<{ listener: Listener; report: () => string | null }>();
/** The report the root shows after the last change (set by the root's own listener). */
let rootReport: (() => string | null) | null = null;

function onPop() {
  for (const listener of [...roots]) listener();
  for (const view of [...views]) {
    // The root moves to another report: that page starts afresh from the address.
    if (rootReport && rootReport() !== view.report()) continue;
    view.listener();
  }
}

function listen() {
  if (roots.size + views.size === 1) window.addEventListener('popstate', onPop);
}
function unlisten() {
  if (roots.size + views.size === 0) window.removeEventListener('popstate', onPop);
}

/** The report root: `listener` re-reads the address; `report()` says which report it now shows. */
export function onRootAddressChange(listener: Listener, report: () => string | null): () => void {
  roots.add(listener);
  rootReport = report;
  listen();
  return () => {
    roots.delete(listener);
    if (rootReport === report) rootReport = null;
    unlisten();
  };
}

/** A report's page: `listener` re-reads its view state; `report()` is the report it shows. */
export function onViewAddressChange(listener: Listener, report: () => string | null): () => void {
  const entry = { listener, report };
  views.add(entry);
  listen();
  return () => {
    views.delete(entry);
    unlisten();
  };
}
