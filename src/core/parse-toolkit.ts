import type { z } from 'zod';
import { toolkitSchema, type Toolkit } from './toolkit-schema';

export interface ValidationProblem {
  /** Where the problem is, e.g. `domains[2].indicators[0].descriptors`; empty for the whole file. */
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: ValidationProblem[] };

/** `['domains', 2, 'indicators', 0]` → `domains[2].indicators[0]` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

export function toProblems(error: z.ZodError): ValidationProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

export function formatProblem(problem: ValidationProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

/** Checks a toolkit definition and reports every problem it finds, not just the first. */
export function parseToolkit(input: unknown): ParseResult<Toolkit> {
  const result = toolkitSchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: toProblems(result.error) };
}
