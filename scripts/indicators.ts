/**
 * `npm run indicators [-- --json] [--data-dir DIR]`: every indicator of the corpus with its base
 * unit, the units it is written in, its entities, period kinds and the reports that state it, so
 * a curator reuses an id instead of grepping figures.json. Reads figures.json loosely: a report
 * still being drafted is listed too (its draft figures are skipped).
 */
import { resolve } from 'node:path';
import { defaultDataDir, readCorpus } from '../src/model/read.ts';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--data-dir');
const dataDir = resolve(dirFlag >= 0 ? args.splice(dirFlag, 2)[1]! : defaultDataDir());
const json = args.includes('--json');

interface Row {
  indicator: string;
  baseUnits: Set<string>;
  units: Set<string>;
  entities: Set<string>;
  periodKinds: Set<string>;
  reports: Map<string, number>;
}
const rows = new Map<string, Row>();
const problems: string[] = [];
const { raw } = readCorpus(dataDir);
for (const report of raw.reports) {
  let figures: unknown;
  try {
    figures = JSON.parse(report.files.figures ?? '[]');
  } catch (e) {
    problems.push(
      `data/reports/${report.id}/figures.json: not valid JSON (${(e as Error).message})`,
    );
    continue;
  }
  if (!Array.isArray(figures)) continue;
  for (const f of figures as Record<string, unknown>[]) {
    const indicator = typeof f?.indicator === 'string' ? f.indicator : undefined;
    if (!indicator || indicator === 'draft') continue;
    let row = rows.get(indicator);
    if (!row) {
      row = {
        indicator,
        baseUnits: new Set(),
        units: new Set(),
        entities: new Set(),
        periodKinds: new Set(),
        reports: new Map(),
      };
      rows.set(indicator, row);
    }
    const base = (f.base as { unit?: unknown } | undefined)?.unit;
    if (typeof base === 'string') row.baseUnits.add(base);
    if (typeof f.unit === 'string') row.units.add(f.unit);
    if (typeof f.entity === 'string') row.entities.add(f.entity);
    const kind = (f.period as { kind?: unknown } | undefined)?.kind;
    if (typeof kind === 'string') row.periodKinds.add(kind);
    row.reports.set(report.id, (row.reports.get(report.id) ?? 0) + 1);
  }
}
const sorted = [...rows.values()].sort((a, b) => a.indicator.localeCompare(b.indicator));
const list = (s: Iterable<string>) => [...s].sort().join(', ');
if (json) {
  console.log(
    JSON.stringify(
      sorted.map((r) => ({
        indicator: r.indicator,
        baseUnits: [...r.baseUnits].sort(),
        units: [...r.units].sort(),
        entities: [...r.entities].sort(),
        periodKinds: [...r.periodKinds].sort(),
        reports: Object.fromEntries(r.reports),
      })),
      null,
      2,
    ),
  );
} else {
  for (const r of sorted) {
    const reports = [...r.reports].map(([id, n]) => (n > 1 ? `${id} (${n})` : id)).join(', ');
    console.log(
      `${r.indicator}\n  base unit: ${list(r.baseUnits)} · written: ${list(r.units)}\n` +
        `  entities: ${list(r.entities)} · periods: ${list(r.periodKinds)}\n  reports: ${reports}`,
    );
    if (r.baseUnits.size > 1)
      console.log(`  warning: counted in more than one base unit (${list(r.baseUnits)})`);
    if (r.entities.size > 1)
      console.log('  note: stated for several entities; the over-time view must not join them');
  }
  console.log(`${sorted.length} indicators in ${raw.reports.length} report(s) under ${dataDir}`);
}
for (const p of problems) console.error(`indicators: ${p}`);
process.exit(problems.length ? 1 : 0);
