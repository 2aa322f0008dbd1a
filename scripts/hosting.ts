/**
 * How the built dashboard is served, in one place: the Content-Security-Policy and the other
 * response headers, which page may be framed (embed.html only), the 404 page for every unknown
 * path, and the third-party licence notices shipped with the build. The Vite plugin below applies
 * it to `vite preview`, writes `dist/_headers` (Netlify / Cloudflare Pages) and
 * `dist/THIRD-PARTY-NOTICES.txt`, and puts the same CSP in every page's <meta>. README
 * ("Hosting") gives the nginx equivalent.
 */
import type { ServerResponse } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { LANGS } from '../src/state/constants';
import { DEFAULT_STATE } from '../src/state/url-state';
import { parseRoute } from '../src/state/routes';

/**
 * No 'unsafe-inline' anywhere: there is no inline script (public/theme-boot.js is a file of its own), and the print
 * charts take their styles through CSSOM (src/components/panel/print-chart.ts), not style attributes.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // 'self': the Embed dialog measures the panel in a hidden frame of embed.html, the page's own.
  "frame-src 'self'",
].join('; ');

/** The pages that may be framed by any site: the embed view. Everything else: no framing. */
export const FRAMEABLE = ['/embed.html', '/embed'];

/** Whether `path` is an embed page: embed.html, or an embed route (`[<lang>/][reports/<id>/]embed/<panel>/`). */
function isFrameable(path: string): boolean {
  if (FRAMEABLE.includes(path)) return true;
  const route = parseRoute(path);
  return route?.base === '/' && route.page.kind === 'embed';
}

/**
 * The page paths of the route shape (src/state/routes.ts) as `_headers` patterns: every language
 * prefix, with and without a report, each page kind (`:name` matches one segment on Netlify and
 * Cloudflare Pages). `embed`: the embed pages, else every other page.
 */
export function routePatterns(embed: boolean): string[] {
  const langs = ['', ...LANGS.filter((l) => l !== DEFAULT_STATE.lang).map((l) => `/${l}`)];
  const pages = embed
    ? ['/embed/:panel/']
    : ['/', '/source/', '/indicators/', '/indicators/:indicator/'];
  return langs.flatMap((lang) =>
    ['', '/reports/:report'].flatMap((report) =>
      pages.map((page) => `${lang}${report}${page}`).filter((p) => p !== '/'),
    ),
  );
}

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The headers of a response for `path` (frame-ancestors and reporting only work as headers). */
export function headersFor(path: string): Record<string, string> {
  const frameable = isFrameable(path);
  return {
    ...COMMON,
    'Content-Security-Policy': `${CSP}; frame-ancestors ${frameable ? '*' : "'none'"}`,
    ...(frameable ? {} : { 'X-Frame-Options': 'DENY' }),
  };
}

/**
 * `_headers` for Netlify and Cloudflare Pages. Both merge every rule that matches a path, so the
 * framing headers are given per page (never under `/*`, which would reach embed.html too).
 */
export function headersFile(): string {
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`;
  const framing = (path: string) => {
    const headers = headersFor(path);
    for (const key of Object.keys(COMMON)) delete headers[key];
    return headers;
  };
  const page = framing('/');
  const embed = framing('/embed.html');
  return [
    '# Written by the build (scripts/hosting.ts); see README, Hosting.',
    block('/*', COMMON),
    // Hashed file names never change their content: cached for a year.
    block('/assets/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    ...['/', '/index.html', '/404.html', ...routePatterns(false)].map((p) => block(p, page)),
    ...[...FRAMEABLE, ...routePatterns(true)].map((p) => block(p, embed)),
  ].join('\n');
}

/** The file under `dir` that `urlPath` names, or undefined (no folder, no escape from `dir`). */
export function servedFile(dir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const rel = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = normalize(join(dir, rel));
  if (file !== dir && !file.startsWith(dir + sep)) return undefined;
  // A trailing slash after a file (`/index.html/`) names no file.
  if (decoded.endsWith('/') && decoded !== '/') return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * What to send for `urlPath`: a built file; a folder's own `index.html` (`/en/` once the
 * pre-renderer writes `en/index.html`); else, for a path that names a route under `/`
 * (`/en/`, `/reports/<id>/`, `/embed/<panel>/`), the app's page, embed.html for an embed and
 * index.html otherwise, whose relative addresses (`./assets/…`) must be made absolute (`rebase`:
 * the page is not in the folder its path names). Undefined: nothing (a 404).
 */
export function servedPage(
  dir: string,
  urlPath: string,
): { file: string; rebase?: string } | undefined {
  const file = servedFile(dir, urlPath);
  if (file) return { file };
  if (urlPath.endsWith('/')) {
    const index = servedFile(dir, `${urlPath}index.html`);
    if (index) return { file: index };
  }
  const route = parseRoute(urlPath);
  if (!route || route.base !== '/' || route.file) return undefined;
  const page = servedFile(dir, route.page.kind === 'embed' ? '/embed.html' : '/index.html');
  return page ? { file: page, rebase: route.base } : undefined;
}

/** An app page's relative addresses (`src="./assets/…"`, `href="./favicon.svg"`) made absolute under `base`. */
export function rebaseHtml(html: string, base: string): string {
  // The page pre-rendered for `/` is not this route's: the app draws it anew instead of hydrating.
  return html
    .replace(/ data-prerendered=""/, '')
    .replace(/\b(src|href)="\.\//g, (_, attr: string) => `${attr}="${base}`);
}

/** One package's notice: name, version, licence, then its LICENSE and NOTICE files verbatim. */
function packageNotice(pkgDir: string): string {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: string;
  };
  const files = readdirSync(pkgDir)
    .filter((f) => /^(licen[cs]e|notice|copying)(\.|$)/i.test(f))
    .sort();
  const texts = files.map((f) => `--- ${f} ---\n${readFileSync(join(pkgDir, f), 'utf8').trim()}`);
  return [
    `${pkg.name} ${pkg.version} (${pkg.license ?? 'see below'})`,
    ...(texts.length ? texts : ['(no licence file in the package)']),
  ].join('\n');
}

/** The package folder (under node_modules) that holds a module id, if any. */
function packageDirOf(id: string): string | undefined {
  const m = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id.replace(/^\0/, ''));
  return m?.[1];
}

export function hostingPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'hosting',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml(html) {
      return html.replace(
        /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/,
        (_, open: string, close: string) => `${open}${CSP}${close}`,
      );
    },
    generateBundle(_, bundle) {
      const packages = new Set<string>();
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk')
          for (const id of chunk.moduleIds) {
            const dir = packageDirOf(id);
            if (dir && existsSync(join(dir, 'package.json'))) packages.add(dir);
          }
      const notices = [...packages]
        .sort((a, b) => a.localeCompare(b))
        .map(packageNotice)
        .join('\n\n========================================\n\n');
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-NOTICES.txt',
        source:
          'Third-party software shipped in this build, with its licence and notice files.\n\n' +
          `${notices}\n`,
      });
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
    configureServer(server) {
      // The dev server's own SPA fallback would serve index.html for an embed route too, and
      // leave its relative addresses relative: a route whose folder has no index.html gets the
      // app's page (servedPage), transformed as Vite serves it, rebased.
      server.middlewares.use(async (req, res, next) => {
        const path = pathOf(req);
        if (path === '/' || existsSync(join(server.config.root, path, 'index.html'))) return next();
        const page = servedPage(server.config.root, path);
        if (!page?.rebase) return next();
        try {
          const html = await server.transformIndexHtml(
            req.originalUrl ?? path,
            readFileSync(page.file, 'utf8'),
          );
          sendHtml(res, path, rebaseHtml(html, page.rebase));
        } catch (error) {
          next(error);
        }
      });
    },
    configurePreviewServer(server) {
      // Before Vite's own middleware: no SPA fallback. A path that names no built file, folder
      // index or route gets the 404 page with status 404 (so `/index.html/` or `/foo/` never
      // loads the app); a route is served the app's page, rebased; every response carries the
      // headers.
      server.middlewares.use((req, res, next) => {
        const path = pathOf(req);
        for (const [k, v] of Object.entries(headersFor(path))) res.setHeader(k, v);
        const served = servedPage(outDir, path);
        if (served && served.file === servedFile(outDir, path)) return next();
        if (served) {
          const html = readFileSync(served.file, 'utf8');
          return sendHtml(res, path, served.rebase ? rebaseHtml(html, served.rebase) : html);
        }
        const page = join(outDir, '404.html');
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(existsSync(page) ? readFileSync(page) : 'Not found');
      });
    },
  };
}

const pathOf = (req: Connect.IncomingMessage) => (req.url ?? '/').split(/[?#]/, 1)[0]!;

function sendHtml(res: ServerResponse, path: string, html: string): void {
  for (const [k, v] of Object.entries(headersFor(path))) res.setHeader(k, v);
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(html);
}
