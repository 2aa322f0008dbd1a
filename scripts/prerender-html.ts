/**
 * The pure parts of the pre-renderer (scripts/prerender.ts): a page's HTML from the built
 * template, its share image's SVG, the sitemap and robots.txt. Tested in tests/unit/prerender-html.dom.test.ts.
 */

import { escapeHtml as escapeXml } from '../src/model/escape-html.ts';
import { breakLines } from '../src/charts/line-break.ts';

export { escapeXml };

/** `/en/reports/x/` → `en-reports-x` (the share image's file name); `/` → `index`. */
export function routeSlug(path: string): string {
  return path.split('/').filter(Boolean).join('-') || 'index';
}

/** How many folders deep a page's path is (`/` 0, `/en/` 1, `/en/embed/p/` 3). */
export function depthOf(path: string): number {
  return path.split('/').filter(Boolean).length;
}

export interface PageFill {
  /** The page's path under the site's base, e.g. `/en/`. */
  path: string;
  /** The root's inner HTML (the rendered page). */
  html: string;
  lang: string;
  dir: string;
  title: string;
  description: string;
  site: string;
  /** The same page in each language: hreflang → path. */
  alternates: Record<string, string>;
  /** `https://host/base` (no trailing slash), or '' when the build was not told (SITE_URL). */
  siteUrl: string;
  /** The share image's path under the base, or null. */
  image: string | null;
  /** Stylesheets to add (paths under the base). */
  styles: readonly string[];
  /** What a reader without JavaScript is told (inside <noscript>). */
  noscript: string;
}

/**
 * How many panels the first paint waits for: two rows of the two-column grid, which is more than
 * a laptop's first screen shows (one row) and what a tall desktop screen may.
 */
export const FIRST_SCREEN_PANELS = 4;

/**
 * A long page is painted before it is parsed: with a slow CPU, Chromium's first paint may come
 * while the parser is still inside the first panels, and shows their boxes empty. `rel="expect"`
 * with `blocking="render"` holds the first paint until the element after the first screen's panels
 * is parsed (at most a few tens of KiB of HTML), never longer than the whole document. A page with
 * fewer panels than that needs no link: it is short.
 */
export function expectLink(html: string): string[] {
  const ids = [...html.matchAll(/<section\b[^>]*>/g)]
    .filter(([tag]) => /\sclass="panel"/.test(tag))
    .map(([tag]) => /\sid="([^"]+)"/.exec(tag)?.[1])
    .filter((id) => id !== undefined);
  const next = ids[FIRST_SCREEN_PANELS];
  return next ? [`<link rel="expect" href="#${escapeXml(next)}" blocking="render" />`] : [];
}

/** The note a page shows when scripts do not run: what still works. */
export const NOSCRIPT = {
  'zh-CN':
    '本页的数字、图表和出处都已在页面上，也可以打印；筛选、搜索和可交互的图表需要 JavaScript。',
  en: 'Every figure, chart and source of this page is on it, and it prints; filters, search and interactive charts need JavaScript.',
} as const;

/**
 * The built template (dist/index.html or dist/embed.html) made into one page: its rendered root,
 * language, title, description, canonical and hreflang links, share tags, and asset addresses
 * made relative to the page's depth (the build's are relative to the site's root).
 */
export function fillPage(template: string, page: PageFill): string {
  const up = '../'.repeat(depthOf(page.path)) || './';
  const abs = (path: string) => `${page.siteUrl}${path}`;
  // Relative to this page where the address may be relative (hosting under any folder).
  const rel = (path: string) => `${up}${path.replace(/^\//, '')}`;
  const link = (path: string) => (page.siteUrl ? abs(path) : rel(path));
  const head = [
    `<link rel="canonical" href="${escapeXml(link(page.path))}" />`,
    ...Object.entries(page.alternates).map(
      ([lang, path]) =>
        `<link rel="alternate" hreflang="${lang}" href="${escapeXml(link(path))}" />`,
    ),
    ...(page.alternates['zh-CN']
      ? [
          `<link rel="alternate" hreflang="x-default" href="${escapeXml(link(page.alternates['zh-CN']))}" />`,
        ]
      : []),
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${escapeXml(page.site)}" />`,
    `<meta property="og:title" content="${escapeXml(page.title)}" />`,
    `<meta property="og:description" content="${escapeXml(page.description)}" />`,
    `<meta property="og:locale" content="${page.lang.replace('-', '_')}" />`,
    ...(page.siteUrl ? [`<meta property="og:url" content="${escapeXml(abs(page.path))}" />`] : []),
    ...(page.image
      ? [
          `<meta property="og:image" content="${escapeXml(link(page.image))}" />`,
          `<meta property="og:image:width" content="1200" />`,
          `<meta property="og:image:height" content="630" />`,
          `<meta name="twitter:card" content="summary_large_image" />`,
        ]
      : []),
    ...page.styles.map((s) => `<link rel="stylesheet" href="${escapeXml(rel(s))}" />`),
    ...expectLink(page.html),
  ].join('\n    ');
  let out = template
    // The page needs no module before the reader moves: the app's are fetched when it starts.
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace(/(\s(?:href|src)=")\.\/(?!\/)/g, `$1${up}`)
    .replace(/<html\b[^>]*>/, (tag) =>
      tag
        .replace(/\slang="[^"]*"/, ` lang="${page.lang}"`)
        .replace(/>$/, ` dir="${page.dir}" data-prerendered="">`),
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeXml(page.title)}</title>`)
    .replace(
      /(<meta\s+name="description"\s+content=")[^"]*(")/,
      (_, a: string, b: string) => `${a}${escapeXml(page.description)}${b}`,
    )
    .replace('</head>', `  ${head}\n  </head>`);
  const root = /<div id="root">[\s\S]*?<\/div>\s*<noscript>[\s\S]*?<\/noscript>/;
  if (!root.test(out))
    throw new Error('the template has no <div id="root"> and <noscript> to fill');
  // A function, so `$` in the page's text is never read as a replacement pattern.
  out = out.replace(
    root,
    () =>
      `<div id="root">${page.html}</div>\n    <noscript><p class="noscript-note">${escapeXml(page.noscript)}</p></noscript>`,
  );
  return out;
}

/** A text's width in half-em units: 2 for a CJK character, 1 for anything else. */
function textUnits(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
}

/**
 * A text in at most `max` lines of `room` half-em units, by the one line breaker (so no line
 * starts with 。 or ） or ends with 《), the last line cut with "…" when the text runs on. Chinese
 * breaks between words: 兵团 or 来源 is never split across two lines.
 */
function fitLines(text: string, room: number, max: number): string[] {
  const wrapped = breakLines(text, room, { measure: textUnits, cjk: 'word', overflow: 'cut' });
  const lines = wrapped.slice(0, max);
  if (wrapped.length > max) {
    let last = lines[max - 1]!;
    while (last !== '' && textUnits(`${last}…`) > room) last = [...last].slice(0, -1).join('');
    lines[max - 1] = `${last.trimEnd()}…`;
  }
  return lines;
}

/**
 * The chart a page's share image shows, as an SVG document: the wide light drawing of its first
 * drawn chart (draw-chart.ts), or on an indicator page, which has none, the wide light drawing of
 * its indicator chart (indicator-page.tsx draws it at a desktop's width, once per scheme). Null
 * for a page with neither.
 */
export function shareChartOf(html: string, charts: readonly { html: string }[]): string | null {
  const first = charts[0]?.html;
  if (first !== undefined)
    return /<div class="drawn-wide">(<svg[\s\S]*?<\/svg>)<\/div>/.exec(first)?.[1] ?? null;
  const wide = /<div class="indicator-chart-wrap fit-wide"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];
  return /<svg [^>]*class="indicator-chart is-light"[\s\S]*?<\/svg>/.exec(wide ?? '')?.[0] ?? null;
}

/**
 * A 1200×630 share image (og:image) as SVG: the page's title, its lead chart (a drawn chart's
 * SVG, when it has one) and the source line. resvg turns it into the PNG.
 */
export function shareImageSvg({
  title,
  source,
  site,
  chart,
  font,
}: {
  title: string;
  source: string;
  site: string;
  /** An `<svg …>` document, drawn at any size; scaled into the image. */
  chart: string | null;
  font: string;
}): string {
  const W = 1200;
  const H = 630;
  const pad = 56;
  const titleLines = fitLines(title, 44, 2);
  const titleSize = 44;
  const top = pad + titleLines.length * (titleSize + 12);
  const foot = H - pad;
  // The source line at 24 px (a half-em unit is about 12 px) left of the site's name at 22 px (11
  // px a unit): wrapped to the room between them, at most two lines, the second cut with "…", so
  // the two never overlap and nothing runs off the image.
  const room = Math.floor((W - 2 * pad - textUnits(site) * 11 - 32) / 12);
  const sourceLines = fitLines(source, room, 2);
  const sourceLead = (sourceLines.length - 1) * 30;
  let chartSvg = '';
  if (chart) {
    const vb = /viewBox="([\d.\s-]+)"/.exec(chart)?.[1]?.split(/\s+/).map(Number);
    const w = vb?.[2] ?? Number(/width="([\d.]+)"/.exec(chart)?.[1] ?? 560);
    const h = vb?.[3] ?? Number(/height="([\d.]+)"/.exec(chart)?.[1] ?? 300);
    const boxW = W - 2 * pad;
    const boxH = foot - 48 - sourceLead - (top + 16);
    const scale = Math.min(boxW / w, boxH / h);
    const inner = chart.replace(/^[\s\S]*?<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '');
    const x = pad + (boxW - w * scale) / 2;
    chartSvg = `<g transform="translate(${x.toFixed(1)} ${top + 16}) scale(${scale.toFixed(4)})">${inner}</g>`;
  }
  const text = (s: string, y: number, size: number, weight: number, fill: string) =>
    `<text x="${pad}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" font-family="${font}">${escapeXml(s)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<rect width="${W}" height="8" fill="#b3261e"/>`,
    ...titleLines.map((l, i) =>
      text(l, pad + titleSize + i * (titleSize + 12), titleSize, 700, '#1b1b1f'),
    ),
    chartSvg,
    ...sourceLines.map((l, i) => text(l, foot - 8 - sourceLead + i * 30, 24, 400, '#44474e')),
    `<text x="${W - pad}" y="${foot - 8}" text-anchor="end" font-size="22" fill="#44474e" font-family="${font}">${escapeXml(site)}</text>`,
    `</svg>`,
  ].join('');
}

export function sitemapXml(
  siteUrl: string,
  pages: readonly { path: string; alternates: Record<string, string> }[],
): string {
  const url = (p: string) => escapeXml(`${siteUrl}${p}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...pages.map(
      (p) =>
        `  <url><loc>${url(p.path)}</loc>${Object.entries(p.alternates)
          .map(
            ([lang, path]) =>
              `<xhtml:link rel="alternate" hreflang="${lang}" href="${url(path)}"/>`,
          )
          .join('')}</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(siteUrl: string): string {
  return [
    'User-agent: *',
    // Embeds are for frames; their dashboards are the pages to find.
    'Disallow: /embed/',
    'Disallow: /*/embed/',
    'Allow: /',
    ...(siteUrl ? [`Sitemap: ${siteUrl}/sitemap.xml`] : []),
    '',
  ].join('\n');
}
