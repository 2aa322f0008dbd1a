/**
 * How the built dashboard is served, in one place: the Content-Security-Policy and the other
 * response headers, which page may be framed (embed.html only), the 404 page for every unknown
 * path, and the third-party licence notices shipped with the build. The Vite plugin below applies
 * it to `vite preview`, writes `dist/_headers` (Netlify / Cloudflare Pages) and
 * `dist/THIRD-PARTY-NOTICES.txt`, and puts the same CSP in every page's <meta>. README
 * ("Hosting") gives the nginx equivalent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * No 'unsafe-inline' anywhere: there is no inline script (public/theme-boot.js is a file of its own), and the print
 * charts take their styles through CSSOM (src/components/print-chart.ts), not style attributes.
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

/**
 * The pages that may be framed by any site: the embed views (`embed.html`, and the pre-rendered
 * `[en/][reports/<id>/]embed/<panel-id>/`). Everything else: no framing.
 */
export function frameable(path: string): boolean {
  return /^\/(?:[^/]+\/)*embed(?:\.html|\/[^/]+\/(?:index\.html)?)$/.test(path);
}

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The headers of a response for `path` (frame-ancestors and reporting only work as headers). */
export function headersFor(path: string): Record<string, string> {
  const framed = frameable(path);
  return {
    ...COMMON,
    'Content-Security-Policy': `${CSP}; frame-ancestors ${framed ? '*' : "'none'"}`,
    ...(framed ? {} : { 'X-Frame-Options': 'DENY' }),
  };
}

/**
 * `_headers` for Netlify and Cloudflare Pages. Both merge every rule that matches a path, so the
 * framing headers are given per page (never under `/*`, which would reach embed.html too).
 */
export function headersFile(pages: readonly string[] = []): string {
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`;
  const framing = (path: string) => {
    const headers = headersFor(path);
    for (const key of Object.keys(COMMON)) delete headers[key];
    return headers;
  };
  const paths = [...new Set(['/', '/index.html', '/404.html', '/embed.html', ...pages])];
  return [
    '# Written by the build (scripts/hosting.ts, scripts/prerender.ts); see README, Hosting.',
    block('/*', COMMON),
    // Hashed file names never change their content: cached for a year.
    block('/assets/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    ...paths.flatMap((p) =>
      p.endsWith('/') && p !== '/'
        ? [block(p, framing(p)), block(`${p}index.html`, framing(`${p}index.html`))]
        : [block(p, framing(p))],
    ),
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
  // A folder's page is its index.html (`/en/` → en/index.html), as static hosts serve it.
  const rel = `${decoded.replace(/^\/+/, '')}${decoded.endsWith('/') ? 'index.html' : ''}`;
  const file = normalize(join(dir, rel));
  if (file !== dir && !file.startsWith(dir + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
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
    configurePreviewServer(server) {
      // Before Vite's own middleware: no SPA fallback. A path that names no built file gets the
      // 404 page with status 404 (so `/index.html/` or `/foo/` never loads the app at a depth
      // where its relative asset paths break); every response carries the headers.
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split(/[?#]/, 1)[0]!;
        for (const [k, v] of Object.entries(headersFor(path))) res.setHeader(k, v);
        if (servedFile(outDir, path)) return next();
        const page = join(outDir, '404.html');
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(existsSync(page) ? readFileSync(page) : 'Not found');
      });
    },
  };
}
