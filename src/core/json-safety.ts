/**
 * Checks on untrusted JSON before it is used. JSON.parse itself is safe (a
 * "__proto__" key becomes an ordinary own property), but code that later
 * copies or merges such an object can change prototypes. Our files never
 * contain these keys, so a file that does is refused outright.
 */
import { formatPath } from './parse-toolkit';

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface UnsafeKey {
  key: string;
  /** Where the key was found, e.g. `audits[0]`; empty at the top level. */
  path: string;
}

interface Visit {
  value: unknown;
  key: PropertyKey;
  parent: Visit | null;
}

function pathOf(visit: Visit | null): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at = visit; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Walks the whole value without recursion, so deeply nested input cannot
 * overflow the stack; each step links to its parent rather than copying a
 * path, so the walk stays linear however deep the nesting.
 */
export function findUnsafeKey(value: unknown): UnsafeKey | null {
  const pending: Visit[] = [{ value, key: '', parent: null }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const current = visit.value;
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push({ value: item, key: index, parent: visit }));
      continue;
    }
    for (const key of Object.keys(current)) {
      if (UNSAFE_KEYS.has(key)) return { key, path: formatPath(pathOf(visit)) };
      pending.push({ value: (current as Record<string, unknown>)[key], key, parent: visit });
    }
  }
  return null;
}

/**
 * True when text that failed to parse as JSON looks like the start of a valid
 * document that was cut off: it opens an object or array and ends inside a
 * string or with brackets still open. Engines word their parse errors
 * differently, so we look at the text rather than the error message.
 */
export function looksTruncated(text: string): boolean {
  const body = text.trim();
  if (!body.startsWith('{') && !body.startsWith('[')) return false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of body) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      depth += 1;
    } else if (char === '}' || char === ']') {
      depth -= 1;
      // Closed more than it opened, or closed everything before the end: not a cut-off file.
      if (depth <= 0) return false;
    }
  }
  return inString || depth > 0;
}
