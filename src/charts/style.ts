/**
 * Colours, fonts and patterns shared by every chart, per colour scheme. Options carry their own
 * colours instead of a registered ECharts theme, so switching scheme is a plain option update.
 */
import { localeOf, type Lang } from '../i18n/locales';
import type { UnitsTable } from '../model/units';
import type { SourceKind } from '../model/schema';

export type Scheme = 'light' | 'dark';

/**
 * The font stack for a language, the locale's: CJK first for Chinese; Latin first for English, so
 * quotes and apostrophes take Latin (half-width) shapes, with CJK fonts as the fallback for
 * Chinese words. Font names are in single quotes: ECharts' SVG renderer writes this into a
 * double-quoted `style` attribute without escaping, and a double quote there makes the SVG
 * unreadable.
 */
export function fontStack(lang: Lang): string {
  return localeOf(lang).fontStack;
}

export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  bar: string;
  barAlt: string;
  track: string;
  decal: string;
  cardBg: string;
  cardBorder: string;
}

// Contrast: text on background ≥ 7:1, bar colours ≥ 3:1 against the background (WCAG 1.4.11).
export const PALETTES: Record<Scheme, Palette> = {
  light: {
    background: '#ffffff',
    text: '#1f2328',
    muted: '#57606a',
    grid: '#d8dee4',
    bar: '#b3261e',
    barAlt: '#0b6e99',
    track: '#eaeef2',
    decal: 'rgba(255, 255, 255, 0.55)',
    cardBg: '#fbf7f4',
    cardBorder: '#e3d5cb',
  },
  dark: {
    background: '#16191d',
    text: '#e6edf3',
    muted: '#a3adb8',
    grid: '#30363d',
    bar: '#ff8a7a',
    barAlt: '#6cc4ef',
    track: '#2a3038',
    decal: 'rgba(22, 25, 29, 0.6)',
    cardBg: '#1e2227',
    cardBorder: '#3a3f46',
  },
};

/**
 * The stripes that mark a "more than" (余/多) bar, and only such bars: stripes always mean 余/多.
 * Patterns mode (for colour-blind readers) makes them denser and stronger.
 */
export function moreThanDecal(scheme: Scheme, strong = false) {
  return {
    symbol: 'rect',
    symbolSize: 1,
    dashArrayX: [1, 0],
    dashArrayY: strong ? [3, 3] : [3, 4],
    rotation: -Math.PI / 4,
    color: strong
      ? scheme === 'dark'
        ? 'rgba(22, 25, 29, 0.85)'
        : 'rgba(255, 255, 255, 0.85)'
      : PALETTES[scheme].decal,
  };
}

/**
 * The dots that mark an approximate bar (近 nearly, 约/左右 about, 不足 less than): never on an
 * exact one, and never stripes, which mean "more than".
 */
export function approximateDecal(scheme: Scheme, strong = false) {
  return {
    symbol: 'circle',
    symbolSize: strong ? 0.7 : 0.55,
    dashArrayX: [4, 2],
    dashArrayY: [4, 2],
    color: strong
      ? scheme === 'dark'
        ? 'rgba(22, 25, 29, 0.85)'
        : 'rgba(255, 255, 255, 0.85)'
      : PALETTES[scheme].decal,
  };
}

/** Shared options every builder accepts. */
export interface ChartOptions {
  lang: Lang;
  scheme: Scheme;
  /** Patterns mode: stronger stripes on "more than" bars (never on exact ones), and a legend. */
  patterns: boolean;
  /** A short description read by screen readers (ECharts aria). */
  description: string;
  /** Extra space reserved above and below the plot, e.g. for an export's title and source lines. */
  insets?: { top: number; bottom: number };
  /** Turn animation off: exports must never catch a half-drawn frame. */
  animation?: boolean;
  /** The chart's CSS width when known; builders that lay out by hand (cards) use it. */
  width?: number;
  /** Words used in tooltips. */
  words: TooltipWords;
  /** The report's kind, for the tooltip's words (a cited report's never say 原文). */
  kind?: SourceKind;
  /** How base units print (the dataset's units.json). */
  units: UnitsTable;
}

/**
 * A panel's chart options without what the place it is drawn in decides (its width, insets for
 * an export's frame, animation): what a panel model hands to the screen, print and exports.
 */
export type ChartStyle = Omit<ChartOptions, 'insets' | 'animation' | 'width'>;

/** Words of the tooltip that are not a figure's field (those come from figure-columns.ts). */
export interface TooltipWords {
  viewInArticle: string;
}
