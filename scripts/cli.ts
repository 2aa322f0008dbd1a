/**
 * What every curator CLI shares: strict argument parsing (an unknown flag, a flag without its
 * value or a missing or extra argument is a one-line usage error, exit 2), the report-id rule, and
 * a runner that turns every failure into one line naming what failed (no stack trace):
 * exit 2 for a bad argument, 1 for input that is refused or a file that cannot be written.
 */
import { statSync } from 'node:fs';
import { isKebabId } from '../src/model/ids.ts';

/** A bad argument: one line, exit 2. */
export class UsageError extends Error {}
/** Input refused or an operation that failed: one line, exit 1. */
export class CliFailure extends Error {}

export interface ArgSpec {
  /** Each flag and how many values follow it. */
  flags: Record<string, number>;
  /** Names of the positional arguments, for the messages; `optional` of them may be left out. */
  positionals: readonly string[];
  optional?: number;
}

export interface ParsedArgs {
  flags: Record<string, string[] | undefined>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const flags: ParsedArgs['flags'] = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const arity = spec.flags[arg];
      if (arity === undefined) throw new UsageError(`unknown option ${arg}`);
      if (flags[arg]) throw new UsageError(`${arg} is given twice`);
      const values = argv.slice(i + 1, i + 1 + arity);
      if (values.length < arity || values.some((v) => v.startsWith('--')))
        throw new UsageError(`${arg} needs ${arity === 1 ? 'a value' : `${arity} values`}`);
      flags[arg] = values;
      i += arity;
      continue;
    }
    positionals.push(arg);
  }
  const required = spec.positionals.length - (spec.optional ?? 0);
  if (positionals.length < required)
    throw new UsageError(
      `missing ${spec.positionals.slice(positionals.length, required).join(', ')}`,
    );
  if (positionals.length > spec.positionals.length)
    throw new UsageError(`unexpected argument "${positionals[spec.positionals.length]}"`);
  return { flags, positionals };
}

/** A report id: kebab-case (a-z, 0-9, single hyphens), at most 80 characters (src/model/ids.ts). */
export function checkReportId(id: string): string {
  if (!isKebabId(id))
    throw new UsageError(
      `"${id.length > 90 ? `${id.slice(0, 80)}…` : id}" is not a report id ` +
        '(kebab-case: a-z, 0-9 and single hyphens, at most 80 characters)',
    );
  return id;
}

/** The path must be an existing file (not a folder), else a usage error naming it. */
export function existingFile(path: string, what: string): string {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${reason(error)}`);
  }
  if (!isFile) throw new UsageError(`${what} ${path} is a folder, not a file`);
  return path;
}

/** An I/O error's reason without the stack: `no such file or directory`, … */
export function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EISDIR: 'is a folder, not a file',
    EACCES: 'permission denied',
    ENAMETOOLONG: 'the name is too long',
    ENOTDIR: 'a part of the path is not a folder',
    EEXIST: 'exists already',
  };
  return (e.code && known[e.code]) ?? e.message ?? String(error);
}

/** Runs a CLI's main: every failure becomes `<name>: <one line>` and its exit code. */
export function runCli(name: string, usage: string, main: () => void): void {
  try {
    main();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${name}: ${error.message} (usage: ${usage})`);
      process.exit(2);
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${name}: ${error instanceof CliFailure ? message : reason(error)}`);
    process.exit(1);
  }
}
