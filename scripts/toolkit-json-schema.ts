import { z } from 'zod';
import { toolkitSchema } from '../src/core/toolkit-schema';

export const TOOLKIT_JSON_SCHEMA_FILE = 'toolkit.schema.json';

/** The JSON Schema editors use to help toolkit authors; generated, never edited by hand. */
export function buildToolkitJsonSchema(): string {
  const schema = z.toJSONSchema(toolkitSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Reflect toolkit definition' }, null, 2)}\n`;
}
