/**
 * The indicator pages (`?indicator=<id>`) and their index, as a pure model over plain arrays:
 * every report's figures with the report's meta, and the entities. It does not care where the
 * data comes from (one module of every report today, per-report modules later).
 *
 * Rules: one series per entity and measure, never one series across two entities; a
 * stock ("as of" a date) is a point and a count over a period is a span, never in one series; a
 * span never runs past its own report's publication date (its end is clamped, and the point says
 * so); inferred dates and years are marked; every point carries its source's address and, for an
 * article, the link to its sentence in the source view.
 */
import type { Entity, FigureRecord, Localized, Period, ReportMeta } from '../model/types';
import type { BaseUnit } from '../model/types';

/** `stock`: as of a date; `flow`: over a day, month, year or span; `undated`: no period given. */
export type CountKind = 'stock' | 'flow' | 'undated';

export const COUNT_KINDS: readonly CountKind[] = ['stock', 'flow', 'undated'];

/** What the model needs of a report: its meta and its figures (no article text). */
export interface IndicatorReport {
  meta: Pick<ReportMeta, 'id' | 'date' | 'title' | 'englishTitle'> &
    Partial<
      Pick<
        ReportMeta,
        | 'fileStem'
        | 'republication'
        | 'outlet'
        | 'byline'
        | 'sourceLine'
        | 'kind'
        | 'address'
        | 'language'
      >
    >;
  figures: readonly FigureRecord[];
}

export interface IndicatorInput {
  /** Every report, in any order. */
  reports: readonly IndicatorReport[];
  entities: readonly Pick<Entity, 'id' | 'name' | 'parent'>[];
}

export interface IndicatorPoint {
  /** `<report id>/<figure id>`: unique across the corpus. */
  key: string;
  report: IndicatorReport['meta'];
  figure: FigureRecord;
  entity: string;
  measure: CountKind;
  /** ISO dates the value covers ([date, date] for a stock), after clamping; null when undated. */
  at: { from: string; to: string } | null;
  /** The end the period states, when it ran past the report's date and was clamped to it. */
  clampedFrom: string | null;
  /** The year(s) come from outside the text. */
  yearsInferred: boolean;
  /** The "as of" date is the publication date standing in for the date of the count. */
  dateInferred: boolean;
  /** The source's own address (the article's republication), or null when it has none. */
  sourceUrl: string | null;
  /**
   * The dashboard link to the figure's sentence: `?report=<id>&view=source&figure=<id>`, or what
   * the builder's `toHref` makes of it (the page gives the path form: src/state/routes.ts).
   */
  sentenceHref: string;
}

export interface IndicatorSeries {
  /** `<entity>:<measure>` */
  key: string;
  entity: string;
  entityName: Localized;
  measure: CountKind;
  /** In time order (end, then start, then report date). */
  points: IndicatorPoint[];
}

export interface IndicatorPageModel {
  id: string;
  /** The newest report's label for it. */
  label: Localized;
  baseUnit: BaseUnit;
  /** Every entity it is stated for, in the order of their first series. */
  entities: { id: string; name: Localized }[];
  /** How many reports state it. */
  sources: number;
  /** Series ordered by entity (the wider body first, then the most values), then measure. */
  series: IndicatorSeries[];
  /** The newest dated value per entity (stocks before flows at the same date). */
  latest: IndicatorPoint[];
  /**
   * Set when the series count different bodies: each entity, and which of them is part of
   * another (its count is inside the other's), so no reader compares them as one trend.
   */
  scope: null | {
    entities: { id: string; name: Localized }[];
    within: { part: Localized; whole: Localized }[];
  };
}

export type IndicatorIndexEntry = Pick<
  IndicatorPageModel,
  'id' | 'label' | 'baseUnit' | 'entities' | 'sources' | 'latest'
>;

export function measureOf(period: Period): CountKind {
  if (period.kind === 'as-of') return 'stock';
  if (period.kind === 'recent' || period.kind === 'unspecified') return 'undated';
  return 'flow';
}

/** The dates a period covers as stated, or null when it gives none. */
export function timeOf(period: Period): { from: string; to: string } | null {
  switch (period.kind) {
    case 'date':
      return { from: period.start, to: period.end ?? period.start };
    case 'year':
      return { from: `${period.year}-01-01`, to: `${period.year}-12-31` };
    case 'as-of':
      return { from: period.date, to: period.date };
    case 'span':
      return { from: `${period.from}-01-01`, to: `${period.to}-12-31` };
    default:
      return null;
  }
}

export function yearsInferred(period: Period): boolean {
  if (period.kind === 'date' || period.kind === 'year') return period.yearInferred;
  if (period.kind === 'span') return period.yearsInferred ?? false;
  return false;
}

export function dateInferred(period: Period): boolean {
  return period.kind === 'as-of' && period.dateInferred === true;
}

/**
 * A period's dates, clamped to the report's publication date: a count over a period whose end
 * year is the publication year cannot run past the day it was published (五年来 in an article of
 * 24 July 2023 ends on 24 July 2023, not on 31 December).
 */
export function clampToReport(
  at: { from: string; to: string },
  reportDate: string,
): { at: { from: string; to: string }; clampedFrom: string | null } {
  if (at.to > reportDate && at.to.slice(0, 4) === reportDate.slice(0, 4) && at.from <= reportDate)
    return { at: { from: at.from, to: reportDate }, clampedFrom: at.to };
  return { at, clampedFrom: null };
}

/**
 * `?report=<id>&view=source&figure=<id>` (plus `lang` when given): the figure in its sentence. A
 * cited or table report keeps no text, so its figure is shown in its panel instead
 * (`?report=<id>&figure=<id>`), where its locator or cell says where the source states it.
 */
export function sentenceQuery(
  reportId: string,
  figureId: string,
  lang?: Record<string, string>,
  hasText = true,
) {
  return `?${new URLSearchParams({ report: reportId, ...(hasText ? { view: 'source' } : {}), figure: figureId, ...lang })}`;
}

/** Turns a sentence's query into the link the page shows (the query itself by default). */
export type ToHref = (query: string) => string;
const asQuery: ToHref = (query) => query;

function pointOf(
  report: IndicatorReport['meta'],
  figure: FigureRecord,
  lang: Record<string, string> | undefined,
  toHref: ToHref,
): IndicatorPoint {
  const measure = measureOf(figure.period);
  const stated = timeOf(figure.period);
  const clamped =
    stated && measure === 'flow'
      ? clampToReport(stated, report.date)
      : { at: stated, clampedFrom: null };
  return {
    key: `${report.id}/${figure.id}`,
    report,
    figure,
    entity: figure.entity,
    measure,
    at: clamped.at,
    clampedFrom: clamped.clampedFrom,
    yearsInferred: yearsInferred(figure.period),
    dateInferred: dateInferred(figure.period),
    sourceUrl: report.address?.url ?? report.republication?.url ?? null,
    sentenceHref: toHref(
      sentenceQuery(report.id, figure.id, lang, (report.kind ?? 'article') === 'article'),
    ),
  };
}

const byTime = (a: IndicatorPoint, b: IndicatorPoint) =>
  (a.at?.to ?? '').localeCompare(b.at?.to ?? '') ||
  (a.at?.from ?? '').localeCompare(b.at?.from ?? '') ||
  a.report.date.localeCompare(b.report.date) ||
  a.key.localeCompare(b.key);

function ancestors(id: string, entities: IndicatorInput['entities']): string[] {
  const out: string[] = [];
  let cur = entities.find((e) => e.id === id)?.parent ?? null;
  while (cur && !out.includes(cur)) {
    out.push(cur);
    cur = entities.find((e) => e.id === cur)?.parent ?? null;
  }
  return out;
}

function pointsByIndicator(
  input: IndicatorInput,
  lang: Record<string, string> | undefined,
  toHref: ToHref,
) {
  const by = new Map<string, IndicatorPoint[]>();
  for (const r of input.reports)
    for (const f of r.figures) {
      const list = by.get(f.indicator) ?? [];
      list.push(pointOf(r.meta, f, lang, toHref));
      by.set(f.indicator, list);
    }
  return by;
}

function pageOf(
  id: string,
  points: IndicatorPoint[],
  entities: IndicatorInput['entities'],
): IndicatorPageModel {
  const nameOf = (entity: string, fallback: Localized): Localized =>
    entities.find((e) => e.id === entity)?.name ?? fallback;
  const perEntity = new Map<string, IndicatorPoint[]>();
  for (const p of points) perEntity.set(p.entity, [...(perEntity.get(p.entity) ?? []), p]);
  const entityOrder = [...perEntity.entries()]
    .map(([entity, ps]) => ({
      id: entity,
      name: nameOf(entity, ps[0]!.figure.organisation),
      depth: ancestors(entity, entities).length,
      ps,
    }))
    // The wider body first (national, then the XPCC, then a division), then the most values.
    .sort(
      (a, b) =>
        a.depth - b.depth ||
        b.ps.length - a.ps.length ||
        a.name.zh.localeCompare(b.name.zh, 'zh') ||
        a.id.localeCompare(b.id),
    );
  const series: IndicatorSeries[] = entityOrder.flatMap(({ id: entity, name, ps }) =>
    COUNT_KINDS.map((measure) => ({
      key: `${entity}:${measure}`,
      entity,
      entityName: name,
      measure,
      points: ps.filter((p) => p.measure === measure).sort(byTime),
    })).filter((s) => s.points.length > 0),
  );
  const newest = [...points].sort(
    (a, b) => b.report.date.localeCompare(a.report.date) || a.key.localeCompare(b.key),
  )[0]!;
  const latest = entityOrder.flatMap(({ ps }) => {
    const dated = ps.filter((p) => p.at).sort(byTime);
    const last = dated[dated.length - 1];
    // A body whose values state no period still has a value to show: the newest source's
    // (its row says the period is not stated), never an empty cell.
    if (!last)
      return [...ps]
        .sort((a, b) => b.report.date.localeCompare(a.report.date) || a.key.localeCompare(b.key))
        .slice(0, 1);
    // At the same end date a stock is the state of things; prefer it to a count over a period.
    const sameEnd = dated.filter((p) => p.at!.to === last.at!.to);
    return [sameEnd.find((p) => p.measure === 'stock') ?? last];
  });
  const ents = entityOrder.map(({ id: e, name }) => ({ id: e, name }));
  const within = ents.flatMap((part) =>
    ancestors(part.id, entities)
      .map((a) => ents.find((w) => w.id === a))
      .filter((w): w is (typeof ents)[number] => Boolean(w))
      .map((whole) => ({ part: part.name, whole: whole.name })),
  );
  return {
    id,
    label: newest.figure.label,
    baseUnit: newest.figure.base.unit,
    entities: ents,
    sources: new Set(points.map((p) => p.report.id)).size,
    series,
    latest,
    scope: ents.length > 1 ? { entities: ents, within } : null,
  };
}

/**
 * The page of one indicator, or null when no report states it. `lang` is added to the sentence
 * links (`langQuery(lang)`), so a link opens in the reader's language; `toHref` makes each link's
 * address from its query.
 */
export function buildIndicatorPageModel(
  input: IndicatorInput,
  indicator: string,
  lang?: Record<string, string>,
  toHref: ToHref = asQuery,
): IndicatorPageModel | null {
  const points = pointsByIndicator(input, lang, toHref).get(indicator);
  return points ? pageOf(indicator, points, input.entities) : null;
}

/**
 * Every indicator, the most sources first, then by label (`labelOf` picks the reader's language),
 * with its entities and latest values.
 */
export function buildIndicatorIndex(
  input: IndicatorInput,
  lang?: Record<string, string>,
  labelOf: (label: Localized) => string = (l) => l.zh,
  toHref: ToHref = asQuery,
): IndicatorIndexEntry[] {
  return [...pointsByIndicator(input, lang, toHref)]
    .map(([id, points]) => {
      const {
        id: key,
        label,
        baseUnit,
        entities,
        sources,
        latest,
      } = pageOf(id, points, input.entities);
      return { id: key, label, baseUnit, entities, sources, latest };
    })
    .sort(
      (a, b) =>
        b.sources - a.sources ||
        labelOf(a.label).localeCompare(labelOf(b.label), 'zh') ||
        a.id.localeCompare(b.id),
    );
}
