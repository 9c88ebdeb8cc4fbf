import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Toolkit } from '../../../src/core/toolkit-schema';

export function readToolkit(id: string): Toolkit {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../toolkits', `${id}.json`), 'utf8')) as Toolkit;
}
