/**
 * `npm run build`, last step: writes every page a shared link lands on into dist/ as HTML with its
 * charts drawn (src/prerender/entry-server.tsx renders them), each page's share image, the
 * charts' dark-scheme stylesheet, sitemap.xml, robots.txt and `_headers` for every page.
 *
 * SITE_URL (e.g. `https://example.org/dashboard`) makes canonical, share and sitemap addresses
 * absolute; without it they are relative to the site's root (set it for a real deployment).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import {
  NOSCRIPT,
  fillPage,
  robotsTxt,
  routeSlug,
  shareChartOf,
  shareImageSvg,
  sitemapXml,
} from './prerender-html.ts';
import { headersFile } from './hosting.ts';
import { cutFonts } from './font-subset.ts';
import type * as EntryServer from '../src/prerender/entry-server.tsx';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--outDir <dir>`: the client build to fill (default dist/; scripts/bench.mjs builds others).
const outArg = process.argv.indexOf('--outDir');
const dist = resolve(root, outArg >= 0 ? process.argv[outArg + 1]! : 'dist');
const rendererFile = join(root, 'node_modules/.cache/prerender/entry-server.js');

type Entry = typeof EntryServer;

// The regular collection only (no bold): the images are drawn from its SC face, cut down to the
// characters they use (cutFonts, font-subset.ts).
const CJK_FONTS = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'];
/** The face the share images are drawn in (one face of the collection). */
const SHARE_FAMILY = 'Noto Sans CJK SC';

/** Share images already made, by their SVG's hash: a rebuild makes only the changed ones. */
const imageCache = join(root, 'node_modules/.cache/og');

/**
 * The page as `vite build` wrote it: kept aside the first time, since the pre-rendered page
 * takes its place (so the pre-renderer can run again without a new client build).
 */
function template(name: string): string {
  const built = readFileSync(join(dist, name), 'utf8');
  const kept = join(dirname(rendererFile), `template-${basename(dist)}-${name}`);
  if (!built.includes('data-prerendered')) writeFileSync(kept, built);
  else if (!existsSync(kept))
    throw new Error(`dist/${name} is already pre-rendered: run vite build`);
  return readFileSync(kept, 'utf8');
}

async function main() {
  const started = Date.now();
  const siteUrl = (process.env.SITE_URL ?? '').replace(/\/+$/, '');
  const entry = (await import(pathToFileURL(rendererFile).href)) as Entry;
  const templates = { page: template('index.html'), embed: template('embed.html') };
  const pages = await entry.pageList();
  const paths = new Map(pages.map((p) => [p, entry.pagePath(p)]));
  // The same view in each language (hreflang), by the view's path without its language.
  const byView = new Map<string, Record<string, string>>();
  const viewKey = (p: (typeof pages)[number]) => JSON.stringify([p.report, p.kind, p.id]);
  const tagOf = (lang: string) => (lang === 'zh' ? 'zh-CN' : lang);
  for (const p of pages) {
    const alt = byView.get(viewKey(p)) ?? {};
    alt[tagOf(p.lang)] = paths.get(p)!;
    byView.set(viewKey(p), alt);
  }

  const rendered = [];
  for (const page of pages) {
    const path = paths.get(page)!;
    const result = await entry.renderPage(page, siteUrl);
    rendered.push({ page, path, result });
  }

  const renderedAt = Date.now();
  // The drawn charts' dark scheme: one stylesheet mapping each light colour to its dark one.
  const darkCss = entry.darkSchemeCss(rendered.flatMap((r) => r.result.charts));
  const cssName = `assets/drawn-${createHash('sha256').update(darkCss).digest('hex').slice(0, 10)}.css`;
  writeFileSync(join(dist, cssName), darkCss);

  mkdirSync(join(dist, 'og'), { recursive: true });
  mkdirSync(imageCache, { recursive: true });
  // Every page's share image (embeds have none), drawn only where the cache lacks it.
  const shares = rendered.map(({ page, path, result }) => {
    if (page.kind === 'embed') return null;
    const svg = shareImageSvg({
      title: result.head.title,
      source: result.head.source,
      site: result.head.site,
      chart: shareChartOf(result.html, result.charts),
      font: `'${SHARE_FAMILY}', 'Noto Sans', sans-serif`,
    });
    const cached = join(imageCache, `${createHash('sha256').update(svg).digest('hex')}.png`);
    return { image: `/og/${routeSlug(path)}.png`, svg, cached };
  });
  const missing = shares.filter(
    (s): s is NonNullable<typeof s> => s !== null && !existsSync(s.cached),
  );
  if (missing.length > 0) {
    const fonts = await cutFonts({
      files: CJK_FONTS.filter((f) => existsSync(f)),
      family: SHARE_FAMILY,
      text: missing.map((s) => s.svg).join(''),
      dir: imageCache,
    });
    for (const share of missing) {
      const png = new Resvg(share.svg, {
        fitTo: { mode: 'width', value: 1200 },
        font: {
          fontFiles: fonts,
          loadSystemFonts: fonts.length === 0,
          defaultFontFamily: SHARE_FAMILY,
        },
      })
        .render()
        .asPng();
      writeFileSync(share.cached, png);
    }
  }
  let images = 0;
  for (const [i, { page, path, result }] of rendered.entries()) {
    const embed = page.kind === 'embed';
    const share = shares[i];
    const image = share ? share.image : null;
    if (share) {
      copyFileSync(share.cached, join(dist, share.image));
      images++;
    }
    const html = fillPage(embed ? templates.embed : templates.page, {
      path,
      html: result.html,
      ...result.head,
      alternates: byView.get(viewKey(page))!,
      siteUrl,
      image,
      styles: [`/${cssName}`],
      noscript: page.lang === 'zh' ? NOSCRIPT['zh-CN'] : NOSCRIPT.en,
    });
    const file = join(dist, path, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }

  const listed = rendered
    .filter((r) => r.page.kind !== 'embed')
    .map((r) => ({ path: r.path, alternates: byView.get(viewKey(r.page))! }));
  writeFileSync(join(dist, 'robots.txt'), robotsTxt(siteUrl));
  writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(siteUrl, listed));
  if (!siteUrl)
    console.warn(
      'prerender: SITE_URL is not set: canonical, share and sitemap addresses are relative to the site root',
    );
  writeFileSync(join(dist, '_headers'), headersFile());
  console.log(
    `prerender: ${rendered.length} pages, ${images} share images, ` +
      `${rendered.reduce((n, r) => n + r.result.charts.length, 0)} drawn charts in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(rendering ${((renderedAt - started) / 1000).toFixed(1)} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
