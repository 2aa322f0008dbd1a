/** Which report the page shows: `?report=<id>` when it names one, else the newest. */
import type { AppDataset } from '../model/types';

/** `reports` newest first (as `virtual:dataset` serves them). */
export function pickReport(reports: readonly AppDataset[], search: string): AppDataset {
  const wanted = new URLSearchParams(search).get('report');
  return reports.find((r) => r.meta.id === wanted) ?? reports[0]!;
}
