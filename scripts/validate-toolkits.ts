/**
 * Checks every toolkit file (or the files named on the command line) and prints
 * every problem with its file and path. Exits non-zero if any file has a problem.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintToolkit } from '../src/core/lint-toolkit';
import { formatProblem, parseToolkit, type ValidationProblem } from '../src/core/parse-toolkit';
import { TOOLKIT_JSON_SCHEMA_FILE } from './toolkit-json-schema';

const toolkitsDir = resolve(import.meta.dirname, '..', 'toolkits');

function checkFile(file: string): ValidationProblem[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [{ path: '', message: `is not valid JSON: ${(error as Error).message}` }];
  }
  const parsed = parseToolkit(json);
  return parsed.ok ? lintToolkit(parsed.value) : parsed.problems;
}

const files =
  process.argv.length > 2
    ? process.argv.slice(2).map((file) => resolve(file))
    : readdirSync(toolkitsDir)
        .filter((name) => name.endsWith('.json') && name !== TOOLKIT_JSON_SCHEMA_FILE)
        .map((name) => join(toolkitsDir, name));

let failed = 0;
for (const file of files) {
  const problems = checkFile(file);
  if (problems.length === 0) {
    console.log(`✓ ${file}`);
    continue;
  }
  failed += 1;
  console.error(`✗ ${file}: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
}
if (files.length === 0) {
  console.error(`No toolkit files found in ${toolkitsDir}`);
  process.exit(1);
}
process.exit(failed === 0 ? 0 : 1);
