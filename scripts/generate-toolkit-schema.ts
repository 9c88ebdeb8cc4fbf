import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TOOLKIT_JSON_SCHEMA_FILE, buildToolkitJsonSchema } from './toolkit-json-schema';

const target = resolve(import.meta.dirname, '..', 'toolkits', TOOLKIT_JSON_SCHEMA_FILE);
writeFileSync(target, buildToolkitJsonSchema());
console.log(`Wrote ${target}`);
