// TEMPORARY stand-in until the routes branch lands (same API).
export interface RouteState {
  lang: string;
  report: string | null;
  view: 'source' | 'indicators' | null;
  indicator: string | null;
  embed: string | null;
}
export function pageHref(s: RouteState, base = '/'): string {
  let p = base;
  if (s.lang !== 'zh') p += `${s.lang}/`;
  if (s.report) p += `reports/${s.report}/`;
  if (s.embed) p += `embed/${s.embed}/`;
  else if (s.indicator) p += `indicators/${s.indicator}/`;
  else if (s.view) p += `${s.view}/`;
  return p;
}
export function locationParams(pathname: string, search: string): URLSearchParams {
  const q = new URLSearchParams(search);
  const parts = pathname.split('/').filter(Boolean);
  const out = new URLSearchParams();
  let i = 0;
  if (parts[i] === 'en') out.set('lang', parts[i++]!);
  if (parts[i] === 'reports' && parts[i + 1]) (out.set('report', parts[i + 1]!), (i += 2));
  if (parts[i] === 'embed' && parts[i + 1]) out.set('embed', parts[i + 1]!);
  else if (parts[i] === 'indicators' && parts[i + 1]) out.set('indicator', parts[i + 1]!);
  else if (parts[i] === 'indicators') out.set('view', 'indicators');
  else if (parts[i] === 'source') out.set('view', 'source');
  for (const [k, v] of q) out.set(k, v);
  return out;
}
