/** JSON and schema parsing that reports every problem by record instead of stopping at the first. */
import type { z } from 'zod';
import type { Problem } from '../types.ts';
import { parseStrictJson, ReadProblem } from '../strict-read.ts';

type Where = Pick<Problem, 'report' | 'file'>;

export function parseJson(text: string | undefined, where: Where, problems: Problem[]): unknown {
  if (text === undefined) {
    problems.push({ ...where, message: 'is missing' });
    return undefined;
  }
  try {
    // Strict: a duplicate key, a BOM, a bidi or control character or an oversized string is refused.
    return parseStrictJson(text, where.file);
  } catch (error) {
    if (!(error instanceof ReadProblem)) throw error;
    problems.push({ ...where, message: error.message });
    return undefined;
  }
}

export function parseSingle<T>(
  text: string | undefined,
  where: Where,
  schema: z.ZodType<T>,
  problems: Problem[],
): T | undefined {
  const json = parseJson(text, where, problems);
  if (json === undefined) return undefined;
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
    problems.push({
      ...where,
      field: issue.path.join('.') || undefined,
      message: `${issue.message}${keys}`,
    });
  }
  return undefined;
}

/**
 * Parses an array file record by record, so one bad record does not hide the others and each
 * problem can name the record by its id. Returns undefined when any record is invalid.
 */
export function parseRecords<T>(
  text: string | undefined,
  where: Where,
  kind: string,
  schema: z.ZodType<T>,
  problems: Problem[],
): T[] | undefined {
  const json = parseJson(text, where, problems);
  if (json === undefined) return undefined;
  if (!Array.isArray(json)) {
    problems.push({ ...where, message: `must be a JSON array of ${kind} records` });
    return undefined;
  }
  const out: T[] = [];
  let ok = true;
  json.forEach((item: unknown, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      out.push(result.data);
      return;
    }
    ok = false;
    const record = describeRecord(kind, item, index);
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      problems.push({
        ...where,
        record,
        field: issue.path.join('.') || undefined,
        message: `${issue.message}${keys}`,
      });
    }
  });
  return ok ? out : undefined;
}

export function describeRecord(kind: string, item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const rec = item as Record<string, unknown>;
    if (typeof rec.id === 'string' && rec.id) return `${kind} "${rec.id}"`;
    if (typeof rec.text === 'string') return `${kind} #${index} ("${rec.text}")`;
  }
  return `${kind} #${index}`;
}

/** A problem for every repeated key. */
export function duplicates<T>(
  items: readonly T[],
  key: (item: T) => string,
  where: Where,
  kind: string,
  field: string,
): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k))
      problems.push({
        ...where,
        record: `${kind} "${k}"`,
        field,
        message: `duplicate ${field} "${k}"`,
      });
    seen.add(k);
  }
  return problems;
}
