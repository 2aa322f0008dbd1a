export const SYNTHETIC_SOURCE: string;
export function addSyntheticReport(dataDir: string, id: string, date: string): string;
export function addSyntheticReports(dataDir: string, count: number, firstDate?: string): string[];
