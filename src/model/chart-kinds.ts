/**
 * Chart kinds: the one list of their names, each with the rule its figures must pass to be drawn
 * honestly. The validator (checks/panels.ts) refuses a panel that breaks it, and the builders
 * (src/charts/) throw on rows that break it, with the same words. Plain data, no zod and no
 * ECharts, so the page, the schema and the validator share it.
 *
 * Adding a kind is three files: an entry here; its option builder (a file in src/charts/); and,
 * which the compiler asks for (`Record<ChartKind, …>`), its entry in `CHART_REGISTRY`
 * (src/charts/registry.ts: builder, height, on screen or not, exports, and the ECharts chart
 * modules it draws with, which src/charts/echarts.ts registers from there).
 */

interface ChartRule {
  /** The figures share one value axis, so one base unit (an axis cannot carry yuan and people). */
  oneAxis: boolean;
  /** Every figure must be counted in this base unit (rates on a fixed 0–100 % scale). */
  baseUnit?: string;
  /** What the rule is for, in the problem the validator reports. */
  why?: string;
}

export const CHART_RULES = {
  bar: { oneAxis: true },
  bullet: {
    oneAxis: true,
    baseUnit: 'percent',
    why: 'a bullet chart shows rates on a 0–100% scale',
  },
  /** Cards stand alone: each says its own unit. */
  cards: { oneAxis: false },
} as const satisfies Record<string, ChartRule>;

export type ChartKind = keyof typeof CHART_RULES;
/** The kinds' names, from the rules' keys (the panel schema's enum). */
export const CHART_KINDS = Object.keys(CHART_RULES) as [ChartKind, ...ChartKind[]];

/**
 * Why these figures cannot be drawn as this kind, or null when they can. `unit` is each figure's
 * base unit (a display row's `unit`, a record's `base.unit`).
 */
export function chartKindProblem(
  kind: ChartKind,
  figures: readonly { id: string; unit: string }[],
): string | null {
  const rule: ChartRule = CHART_RULES[kind];
  const units = [...new Set(figures.map((f) => f.unit))];
  if (rule.oneAxis && units.length > 1)
    return `a ${kind} chart shares one axis, but it mixes base units: ${units.join(', ')}`;
  const bad =
    rule.baseUnit === undefined ? undefined : figures.find((f) => f.unit !== rule.baseUnit);
  if (bad)
    return `${rule.why ?? `a ${kind} chart`}; every figure must be in ${rule.baseUnit}, and "${bad.id}" is in ${bad.unit}`;
  return null;
}
