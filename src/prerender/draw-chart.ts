/**
 * Charts drawn at build time as inline SVG, for pre-rendered pages: a page shows (and prints) its
 * charts with JavaScript off. Each chart is drawn with ECharts' server-side SVG mode from the same
 * option builders as the live chart, at a phone's width and at a panel's width, in the light
 * scheme and in the dark one.
 *
 * The site's CSP is `style-src 'self'`: no `style` attribute and no `<style>` element survives, so
 * `cleanSvg` turns ECharts' inline styles into presentation attributes. The dark scheme is, where
 * it can be, not a second copy of the drawing but CSS (`darkSchemeCss`) that recolours the light
 * one; a drawing whose dark form is more than a recolouring carries its dark copies instead.
 *
 * Pure Node: nothing here touches a DOM or `window` (ECharts' SSR mode draws without one).
 */
import type { ChartKind } from '../model/schema';
import type { FigureRow } from '../selectors/rows';
import { CHART_REGISTRY } from '../charts/registry';
import { escapeHtml } from '../model/escape-html';
import type { Scheme } from '../charts/style';
import { loadECharts } from '../charts/echarts';
import { color as zrColor } from 'echarts/core';
import { GraphicComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { drawnChartKey, type DrawnChartOptions } from '../charts/drawn-key';
import type { DrawSpec as PageDrawSpec } from '../components/page/page-env';

// drawChart draws synchronously (inside the page's render): the runtime is had first.
const echarts = await loadECharts();
echarts.use([GraphicComponent, SVGRenderer]);

export { drawnChartKey, type DrawnChartOptions } from '../charts/drawn-key';

/** The widths a chart is drawn at: a phone's panel and a desktop panel (CSS pixels). */
export const DRAW_WIDTHS: readonly [narrow: number, wide: number] = [320, 560];

/** A light colour and the dark colour the dark scheme draws in its place (normalised, see below). */
export type ColourPair = readonly [light: string, dark: string];

/** What the page asks to draw (page-env.tsx), and how. */
export interface DrawSpec extends PageDrawSpec {
  /** Narrow and wide width, in CSS pixels (default DRAW_WIDTHS). */
  widths?: readonly [narrow: number, wide: number];
  /**
   * Prefix of the ids inside the drawings (patterns, clip paths), unique on the page. Default
   * `dc<key>`: give one when the same chart can appear twice on a page.
   */
  idPrefix?: string;
}

export interface DrawnChart {
  /** drawnChartKey of the kind, rows and options drawn: the wrapper's `data-drawn-chart`. */
  key: string;
  /** The wrapper element with every drawing in it. */
  html: string;
  /**
   * The colour pairs that turn the light drawings into the dark ones (identity pairs included),
   * for darkSchemeCss; null when the dark drawings are not a recolouring and `html` carries them.
   */
  colours: ColourPair[] | null;
}

/** Class names of the wrapper and its parts (styles/panel.css shows and hides them). */
export const DRAWN_CLASSES = {
  wrapper: 'drawn',
  narrow: 'drawn-narrow',
  wide: 'drawn-wide',
  dark: 'drawn-dark',
  /** On a wrapper that carries dark copies: the dark scheme hides its light ones. */
  hasDark: 'drawn-has-dark',
} as const;

/** Draws one chart in both widths and both schemes. Throws for a kind drawn as HTML (cards). */
export function drawChart(spec: DrawSpec): DrawnChart {
  const { kind, rows, options, ariaLabel } = spec;
  if (!CHART_REGISTRY[kind].onScreen)
    throw new Error(`drawChart: ${kind} panels are HTML on screen, not drawn charts`);
  const key = drawnChartKey(kind, rows, options);
  const prefix = spec.idPrefix ?? `dc${key}`;
  const [narrow, wide] = spec.widths ?? DRAW_WIDTHS;
  const drawings = (
    [
      [DRAWN_CLASSES.narrow, narrow, 'n'],
      [DRAWN_CLASSES.wide, wide, 'w'],
    ] as const
  ).map(([className, width, tag]) => ({
    className,
    tag,
    // Both schemes get the same ids, so that ids do not count as a difference between them.
    light: cleanTree(renderSvg(kind, rows, options, 'light', width), `${prefix}-${tag}-`),
    dark: cleanTree(renderSvg(kind, rows, options, 'dark', width), `${prefix}-${tag}-`),
  }));

  const found = new Map<string, string>();
  // Both widths share one mapping: the rules darkSchemeCss writes do not tell them apart.
  const pairs = drawings.every((d) => collectPairs(d.light, d.dark, found)) ? found : null;

  const parts = (which: 'light' | 'dark') =>
    drawings.map((d) => `<div class="${d.className}">${serialise(d[which])}</div>`).join('');
  const open = (classes: string) =>
    `<div class="${classes}" data-drawn-chart="${key}" role="img" aria-label="${escapeHtml(ariaLabel)}">`;
  if (pairs)
    return {
      key,
      html: `${open(DRAWN_CLASSES.wrapper)}${parts('light')}</div>`,
      colours: [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    };
  // The dark copies share the page with the light ones: ids of their own.
  for (const d of drawings) renameIds(d.dark, `${prefix}-${d.tag}d-`);
  return {
    key,
    html:
      `${open(`${DRAWN_CLASSES.wrapper} ${DRAWN_CLASSES.hasDark}`)}${parts('light')}` +
      `<div class="${DRAWN_CLASSES.dark}">${parts('dark')}</div></div>`,
    colours: null,
  };
}

/** ECharts' server-side SVG of one chart (no DOM, no animation), as print-chart.ts draws it. */
function renderSvg(
  kind: ChartKind,
  rows: readonly FigureRow[],
  options: DrawnChartOptions,
  scheme: Scheme,
  width: number,
): string {
  const spec = CHART_REGISTRY[kind];
  const height = spec.height(rows, width);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(spec.build(rows, { ...options, scheme, width, animation: false }));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Attributes that carry a colour, each with the opacity attribute that goes with it. */
const COLOUR_ATTRS: Record<string, string | undefined> = {
  fill: 'fill-opacity',
  stroke: 'stroke-opacity',
  'stop-color': 'stop-opacity',
  'flood-color': 'flood-opacity',
  'lighting-color': undefined,
  color: undefined,
};

/**
 * The attributes darkSchemeCss recolours. Charts draw no gradients or shadows: a drawing whose
 * schemes differ in another colour attribute (stop-color, flood-color) carries its dark copy.
 */
const RECOLOURED = ['fill', 'stroke'] as const;
const MAPPABLE = new Set<string>(RECOLOURED);

/**
 * CSS properties with an SVG presentation attribute of the same name, which a `style` attribute
 * becomes. Left out on purpose: `pointer-events` and `cursor` (a drawing takes no pointer), and
 * `transform` (its CSS and attribute syntaxes differ).
 */
const PRESENTATION = new Set([
  'alignment-baseline',
  'baseline-shift',
  'clip',
  'clip-path',
  'clip-rule',
  'color',
  'color-interpolation',
  'color-interpolation-filters',
  'color-rendering',
  'direction',
  'display',
  'dominant-baseline',
  'fill',
  'fill-opacity',
  'fill-rule',
  'filter',
  'flood-color',
  'flood-opacity',
  'font-family',
  'font-size',
  'font-size-adjust',
  'font-stretch',
  'font-style',
  'font-variant',
  'font-weight',
  'image-rendering',
  'letter-spacing',
  'lighting-color',
  'marker-end',
  'marker-mid',
  'marker-start',
  'mask',
  'opacity',
  'overflow',
  'paint-order',
  'shape-rendering',
  'stop-color',
  'stop-opacity',
  'stroke',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-opacity',
  'stroke-width',
  'text-anchor',
  'text-decoration',
  'text-rendering',
  'unicode-bidi',
  'vector-effect',
  'visibility',
  'word-spacing',
  'writing-mode',
]);

/** Attributes of no use in a static drawing: ECharts' hover classes and SSR metadata. */
const dropped = (name: string) =>
  name === 'class' || name === 'pointer-events' || name === 'cursor' || name.startsWith('ecmeta_');

/** Elements dropped whole: CSS (blocked by the CSP, and only ECharts' hover rules) and scripts. */
const DROPPED_ELEMENTS = new Set(['style', 'script']);

/** Elements whose whitespace is text. */
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath', 'title', 'desc']);

interface XmlElement {
  name: string;
  attrs: Map<string, string>;
  children: XmlNode[];
}
/** An element, or text (decoded: `<`, not `&lt;`). */
type XmlNode = XmlElement | string;

/**
 * An ECharts SVG made fit for a page under `style-src 'self'`, as well-formed XML: every `style`
 * attribute becomes presentation attributes (properties without one are dropped), `<style>`
 * elements, `class` and `ecmeta_*` attributes go, colours are normalised (see normaliseColour;
 * an opacity attribute is folded into its colour), and the `<svg>` scales to its box (its viewBox
 * kept or made from its size, `width="100%"`, no height) and is hidden from screen readers.
 * With `idPrefix`, ids (and the `url(#…)` / `href` that point at them) are renamed
 * `<idPrefix>0`, `<idPrefix>1` … in document order. Text is kept as drawn: labels arrive wrapped.
 * Throws when the input is not well-formed (a double quote in a font name ends ECharts' `style`
 * attribute early: fonts must be named in single quotes).
 */
export function cleanSvg(svg: string, options: { idPrefix?: string } = {}): string {
  return serialise(cleanTree(svg, options.idPrefix));
}

function cleanTree(svg: string, idPrefix?: string): XmlElement {
  const roots = parseXml(svg).children.filter((n): n is XmlElement => typeof n !== 'string');
  const root = roots[0];
  if (roots.length !== 1 || root?.name !== 'svg')
    throw new Error('cleanSvg: expected one <svg> element');
  cleanElement(root);
  if (idPrefix !== undefined) renameIds(root, idPrefix);
  const { attrs } = root;
  const size = (name: string) => parseFloat(attrs.get(name) ?? '');
  const viewBox =
    attrs.get('viewBox') ??
    (Number.isFinite(size('width')) && Number.isFinite(size('height'))
      ? `0 0 ${size('width')} ${size('height')}`
      : undefined);
  if (viewBox === undefined) throw new Error('cleanSvg: the <svg> has neither viewBox nor size');
  attrs.delete('width');
  attrs.delete('height');
  attrs.delete('viewBox');
  root.attrs = new Map([
    ['width', '100%'],
    ...attrs,
    ['viewBox', viewBox],
    ['aria-hidden', 'true'],
    ['focusable', 'false'],
  ]);
  return root;
}

function cleanElement(el: XmlElement): void {
  const style = el.attrs.get('style');
  el.attrs.delete('style');
  for (const name of [...el.attrs.keys()]) if (dropped(name)) el.attrs.delete(name);
  // Inline style wins over presentation attributes, as it did in CSS.
  if (style !== undefined)
    for (const [prop, value] of styleDeclarations(style))
      if (PRESENTATION.has(prop)) el.attrs.set(prop, value);
  el.children = el.children.filter((child) =>
    typeof child === 'string'
      ? TEXT_ELEMENTS.has(el.name) || child.trim() !== ''
      : !DROPPED_ELEMENTS.has(child.name),
  );
  const leaf = el.children.every((c) => typeof c === 'string');
  for (const [attr, opacityAttr] of Object.entries(COLOUR_ATTRS)) {
    const value = el.attrs.get(attr);
    if (value === undefined) continue;
    const rgba = parseColour(value);
    if (!rgba) continue;
    // Only on a leaf: a group's opacity attribute is also inherited by children with fills of
    // their own, which folding it into the group's colour would make opaque.
    const opacity = opacityAttr && leaf ? parseOpacity(el.attrs.get(opacityAttr)) : undefined;
    if (opacity !== undefined) {
      rgba[3] *= opacity;
      el.attrs.delete(opacityAttr!);
    }
    el.attrs.set(attr, formatColour(rgba));
  }
  for (const child of el.children) if (typeof child !== 'string') cleanElement(child);
}

/** `a:b; c:d` as [property, value] pairs (`;` and `:` inside quotes or brackets are values). */
function styleDeclarations(style: string): [string, string][] {
  const out: [string, string][] = [];
  let quote = '';
  let depth = 0;
  let start = 0;
  const take = (end: number) => {
    const decl = style.slice(start, end);
    const colon = decl.indexOf(':');
    if (colon > 0) {
      const prop = decl.slice(0, colon).trim().toLowerCase();
      const value = decl
        .slice(colon + 1)
        .replace(/!\s*important\s*$/iu, '')
        .trim();
      if (value !== '')
        out.push(...(prop === 'font' ? fontShorthand(value) : [[prop, value] as [string, string]]));
    }
    start = end + 1;
  };
  for (let i = 0; i < style.length; i++) {
    const ch = style[i]!;
    if (quote) quote = ch === quote ? '' : quote;
    else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) take(i);
  }
  take(style.length);
  return out;
}

const FONT_SIZE_KEYWORD =
  /^(?:xx-small|x-small|small|medium|large|x-large|xx-large|xxx-large|larger|smaller)$/u;
const FONT_SIZE = /^[+]?(?:\d*\.)?\d+(?:px|pt|pc|em|rem|ex|ch|%|vw|vh|mm|cm|in|q)$/iu;

/**
 * The CSS `font` shorthand (`[style] [variant] [weight] size[/line-height] family`), which ECharts
 * writes for text without a separate size and family, as its longhands. Line height has no SVG
 * attribute (lines are separate `<text>` elements): it is dropped.
 */
function fontShorthand(value: string): [string, string][] {
  const out: [string, string][] = [];
  const token = /\S+/gu;
  let m: RegExpExecArray | null;
  while ((m = token.exec(value))) {
    const slash = m[0].indexOf('/');
    const size = slash < 0 ? m[0] : m[0].slice(0, slash);
    if (FONT_SIZE.test(size) || FONT_SIZE_KEYWORD.test(size)) {
      out.push(['font-size', size]);
      let family = value.slice(m.index + m[0].length).trim();
      // The line height (`12px/1.5`, `12px/ 1.5`, `12px / 1.5`) has no SVG attribute: lines of
      // text are elements of their own.
      if (slash === m[0].length - 1) family = family.replace(/^\S+\s*/u, '');
      else if (slash < 0 && family.startsWith('/'))
        family = family
          .slice(1)
          .trim()
          .replace(/^\S+\s*/u, '');
      if (family) out.push(['font-family', family]);
      return out;
    }
    const word = m[0].toLowerCase();
    if (word === 'italic' || word === 'oblique') out.push(['font-style', word]);
    else if (word === 'small-caps') out.push(['font-variant', word]);
    else if (/^(?:bold|bolder|lighter|[1-9]00)$/u.test(word)) out.push(['font-weight', word]);
    // `normal` and stretch keywords: the default, nothing to write.
  }
  // No size: not a font shorthand a browser would accept either.
  return [];
}

/** [r, g, b, a] of a CSS colour, or undefined for none, url(#…), currentColor and the like. */
function parseColour(value: string): [number, number, number, number] | undefined {
  const v = value.trim();
  if (/^(?:none|currentcolor|inherit|initial|unset|context-fill|context-stroke)$/iu.test(v))
    return undefined;
  if (/^url\(/iu.test(v)) return undefined;
  const rgba = zrColor.parse(v);
  if (!rgba || rgba.length < 4 || rgba.some((n) => !Number.isFinite(n))) return undefined;
  return [rgba[0]!, rgba[1]!, rgba[2]!, rgba[3]!];
}

function parseOpacity(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = value.trim().endsWith('%') ? parseFloat(value) / 100 : parseFloat(value);
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : undefined;
}

/**
 * The one form every colour is written in, so that a CSS attribute selector written from one
 * drawing matches the attribute in another: `#rrggbb` (lower case) when opaque, else
 * `rgba(r,g,b,a)` without spaces, alpha to four decimals.
 */
function formatColour([r, g, b, a]: readonly number[]): string {
  const alpha = Number(a!.toFixed(4));
  if (alpha >= 1) return `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${r},${g},${b},${alpha})`;
}

/** A colour in the form cleanSvg writes it (`#rrggbb` or `rgba(r,g,b,a)`), or the value as is. */
export function normaliseColour(value: string): string {
  const rgba = parseColour(value);
  return rgba ? formatColour(rgba) : value;
}

const isWrittenColour = (value: string) => /^(?:#[0-9a-f]{6}|rgba\()/u.test(value);

/** Renames every id `<prefix>0`, `<prefix>1` … in document order, and what points at them. */
function renameIds(root: XmlElement, prefix: string): void {
  const names = new Map<string, string>();
  const collect = (el: XmlElement) => {
    const id = el.attrs.get('id');
    if (id !== undefined && !names.has(id)) names.set(id, `${prefix}${names.size}`);
    for (const c of el.children) if (typeof c !== 'string') collect(c);
  };
  collect(root);
  if (names.size === 0) return;
  const rename = (el: XmlElement) => {
    for (const [attr, value] of el.attrs) {
      if (attr === 'id') el.attrs.set(attr, names.get(value) ?? value);
      else if ((attr === 'href' || attr === 'xlink:href') && value.startsWith('#'))
        el.attrs.set(attr, `#${names.get(value.slice(1)) ?? value.slice(1)}`);
      else if (value.includes('url('))
        el.attrs.set(
          attr,
          value.replace(/url\(\s*(['"]?)#([^'")\s]+)\1\s*\)/gu, (whole, _q, id: string) =>
            names.has(id) ? `url(#${names.get(id)})` : whole,
          ),
        );
    }
    for (const c of el.children) if (typeof c !== 'string') rename(c);
  };
  rename(root);
}

/**
 * Adds to `pairs` the light → dark colours of two cleaned drawings; false when they are not one
 * drawing in two colourings: another element structure, another value of anything but a colour,
 * or one light colour drawn in two dark ones.
 */
function collectPairs(light: XmlNode, dark: XmlNode, pairs: Map<string, string>): boolean {
  if (typeof light === 'string' || typeof dark === 'string') return light === dark;
  if (light.name !== dark.name || light.children.length !== dark.children.length) return false;
  const lightAttrs = [...light.attrs];
  const darkAttrs = [...dark.attrs];
  if (lightAttrs.length !== darkAttrs.length) return false;
  for (let i = 0; i < lightAttrs.length; i++) {
    const [name, l] = lightAttrs[i]!;
    const [darkName, d] = darkAttrs[i]!;
    if (name !== darkName) return false;
    if (name in COLOUR_ATTRS && isWrittenColour(l) && isWrittenColour(d)) {
      if (l !== d && !MAPPABLE.has(name)) return false;
      const known = pairs.get(l);
      if (known !== undefined && known !== d) return false;
      pairs.set(l, d);
    } else if (l !== d) return false;
  }
  return light.children.every((child, i) => collectPairs(child, dark.children[i]!, pairs));
}

/**
 * The light → dark colour pairs of two cleaned SVGs (cleanSvg's output) of one chart, sorted by
 * light colour, identity pairs included; null when the dark one is not a recolouring of the light.
 */
export function pairColours(lightSvg: string, darkSvg: string): ColourPair[] | null {
  const pairs = new Map<string, string>();
  const [light, dark] = [lightSvg, darkSvg].map((svg) => parseXml(svg).children);
  if (light!.length !== dark!.length) return null;
  if (!light!.every((n, i) => collectPairs(n, dark![i]!, pairs))) return null;
  return [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Where the dark scheme applies, as a media query and a selector for the page's root: chosen
 * (`data-scheme="dark"`, set by public/theme-boot.js), or the system's on a page whose scripts do
 * not run (no `data-scheme`: the same pair as in src/styles/base.css). Screen only: print is
 * always light.
 */
export const DARK_SCOPES: readonly { media: string; prefix: string }[] = [
  { media: 'screen', prefix: ':root[data-scheme="dark"]' },
  { media: 'screen and (prefers-color-scheme:dark)', prefix: ':root:not([data-scheme])' },
];

/**
 * The stylesheet that draws the page's mappable drawings in the dark scheme: for each light
 * colour, rules like `<prefix> .drawn:not(.drawn-has-dark) [fill="#b3261e"]{fill:#ff8a7a}` (and
 * the same for stroke), once per scope of DARK_SCOPES, each in its media query. A light
 * colour that drawings map to different dark colours gets rules scoped to each drawing
 * (`.drawn[data-drawn-chart="<key>"]`) instead. Drawings without colours (they carry their dark
 * copies) add nothing; no pairs, an empty string.
 */
export function darkSchemeCss(
  drawings: Iterable<Pick<DrawnChart, 'key' | 'colours'>>,
  scopes: readonly { media: string; prefix: string }[] = DARK_SCOPES,
): string {
  const mapped = [...drawings].filter(
    (d): d is { key: string; colours: ColourPair[] } => d.colours !== null,
  );
  /** A light colour's dark colour in every drawing, or null when drawings disagree. */
  const agreed = new Map<string, string | null>();
  for (const { colours } of mapped)
    for (const [light, dark] of colours) {
      const known = agreed.get(light);
      agreed.set(light, known === undefined || known === dark ? dark : null);
    }
  const rules: string[] = [];
  const recolour = (scope: string, light: string, dark: string) => {
    for (const attr of RECOLOURED) rules.push(`${scope} [${attr}="${light}"]{${attr}:${dark}}`);
  };
  const sorted = [...agreed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [light, dark] of sorted)
    if (dark !== null && dark !== light)
      recolour(`.${DRAWN_CLASSES.wrapper}:not(.${DRAWN_CLASSES.hasDark})`, light, dark);
  const scoped = new Set<string>();
  for (const { key, colours } of mapped)
    for (const [light, dark] of colours) {
      const rule = `${key} ${light}`;
      if (agreed.get(light) !== null || dark === light || scoped.has(rule)) continue;
      scoped.add(rule);
      recolour(`.${DRAWN_CLASSES.wrapper}[data-drawn-chart="${key}"]`, light, dark);
    }
  if (rules.length === 0) return '';
  return scopes
    .map(
      ({ media, prefix }) =>
        `@media ${media}{\n${rules.map((r) => `${prefix} ${r}`).join('\n')}\n}\n`,
    )
    .join('');
}

const escapeText = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const escapeAttr = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');

function serialise(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = [...node.attrs].map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  return node.children.length
    ? `<${node.name}${attrs}>${node.children.map(serialise).join('')}</${node.name}>`
    : `<${node.name}${attrs}/>`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Entity references decoded; an `&` that starts none is taken as itself. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : +ref.slice(1);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

const NAME = /[A-Za-z_:][\w:.-]*/uy;
const ATTR_NAME = /[^\s=/>"']+/uy;

/**
 * A small XML reader for the SVG ECharts writes: elements, attributes in either quotes, text,
 * CDATA; comments, declarations and processing instructions skipped. Attribute values are taken
 * up to their closing quote (ECharts does not escape them) and entity references decoded.
 * Throws on anything not well-formed, e.g. attributes not separated by white space, which is
 * what a double quote inside a double-quoted value leaves behind.
 */
function parseXml(src: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: new Map(), children: [] };
  const stack = [root];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`cleanSvg: ${why} at ${i}: ${JSON.stringify(src.slice(i, i + 60))}`);
  };
  const skipSpace = () => {
    const start = i;
    while (i < src.length && /\s/u.test(src[i]!)) i++;
    return i > start;
  };
  const name = (re: RegExp) => {
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) return fail('expected a name');
    i = re.lastIndex;
    return m[0];
  };
  const skipPast = (end: string) => {
    const at = src.indexOf(end, i);
    if (at < 0) fail(`no ${end}`);
    const from = i;
    i = at + end.length;
    return src.slice(from, at);
  };
  while (i < src.length) {
    const top = stack.at(-1)!;
    if (src[i] !== '<') {
      const end = src.indexOf('<', i) < 0 ? src.length : src.indexOf('<', i);
      top.children.push(decode(src.slice(i, end)));
      i = end;
    } else if (src.startsWith('<!--', i)) {
      i += 4;
      skipPast('-->');
    } else if (src.startsWith('<![CDATA[', i)) {
      i += 9;
      top.children.push(skipPast(']]>'));
    } else if (src.startsWith('<?', i) || src.startsWith('<!', i)) {
      skipPast('>');
    } else if (src.startsWith('</', i)) {
      i += 2;
      const closing = name(NAME);
      skipSpace();
      if (src[i] !== '>') fail('expected >');
      i++;
      if (stack.length === 1 || top.name !== closing) fail(`</${closing}> closes <${top.name}>`);
      stack.pop();
    } else {
      i += 1;
      const el: XmlElement = { name: name(NAME), attrs: new Map(), children: [] };
      for (;;) {
        const spaced = skipSpace();
        if (src[i] === '>') {
          i++;
          top.children.push(el);
          stack.push(el);
          break;
        }
        if (src.startsWith('/>', i)) {
          i += 2;
          top.children.push(el);
          break;
        }
        if (i >= src.length) fail(`unclosed <${el.name}`);
        if (!spaced) fail('expected white space between attributes');
        const attr = name(ATTR_NAME);
        let value = '';
        if (src[i] === '=') {
          i++;
          const quote = src[i];
          if (quote !== '"' && quote !== "'") fail('expected a quoted attribute value');
          i++;
          value = decode(skipPast(quote!));
        }
        if (el.attrs.has(attr)) fail(`duplicate attribute ${attr}`);
        el.attrs.set(attr, value);
      }
    }
  }
  if (stack.length !== 1) fail(`unclosed <${stack.at(-1)!.name}>`);
  return root;
}
