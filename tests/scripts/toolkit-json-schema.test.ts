import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOLKIT_JSON_SCHEMA_FILE, buildToolkitJsonSchema } from '../../scripts/toolkit-json-schema';

describe('toolkit JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run toolkits:schema` if not)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../toolkits', TOOLKIT_JSON_SCHEMA_FILE), 'utf8');
    expect(committed).toBe(buildToolkitJsonSchema());
  });
});
