/**
 * Checks every toolkit file (or the files named on the command line) and prints
 * every problem with its file and path. Exits non-zero if any file has a problem.
 * For a valid file it prints what a reviewer of the content wants to know:
 * its size, its time estimates and how many level-4 descriptors still list
 * three or more conditions (reported, not refused: only a reader can judge).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { countListedConditions, lintToolkit } from '../src/core/lint-toolkit';
import { formatProblem, parseToolkit, type ValidationProblem } from '../src/core/parse-toolkit';
import { estimateReviewTime, offersQuickReview } from '../src/core/review-scope';
import type { Toolkit } from '../src/core/toolkit-schema';
import { TOOLKIT_JSON_SCHEMA_FILE } from './toolkit-json-schema';

const toolkitsDir = resolve(import.meta.dirname, '..', 'toolkits');

function checkFile(file: string): { problems: ValidationProblem[]; toolkit?: Toolkit } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { problems: [{ path: '', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = parseToolkit(json);
  return parsed.ok ? { problems: lintToolkit(parsed.value), toolkit: parsed.value } : { problems: parsed.problems };
}

function describeToolkit(toolkit: Toolkit): string[] {
  const indicators = toolkit.domains.flatMap((domain) => domain.indicators);
  const full = estimateReviewTime(toolkit, 'full');
  const quick = offersQuickReview(toolkit) ? estimateReviewTime(toolkit, 'quick') : undefined;
  const topLevel = String(Math.max(...toolkit.scale.levels.map((level) => level.value)));
  const lists = indicators.filter((indicator) => countListedConditions(indicator.descriptors[topLevel] ?? '') >= 3).length;
  const time = (estimate: typeof full) => `${estimate.statements} statements, ${estimate.words} words: about ${estimate.readingMinutes} min to read, ${estimate.meetingMinutes} min to rate together`;
  return [
    `  ${toolkit.id} ${toolkit.version}: ${toolkit.domains.length} domains, ${indicators.length} statements (${indicators.filter((indicator) => indicator.core).length} core), ${indicators.filter((indicator) => indicator.legalDuty).length} legal duties`,
    `  full review: ${time(full)}`,
    ...(quick ? [`  quick review: ${time(quick)}`] : []),
    `  level-${topLevel} descriptors listing three or more conditions: ${lists}`,
  ];
}

const files =
  process.argv.length > 2
    ? process.argv.slice(2).map((file) => resolve(file))
    : readdirSync(toolkitsDir)
        .filter((name) => name.endsWith('.json') && name !== TOOLKIT_JSON_SCHEMA_FILE)
        .map((name) => join(toolkitsDir, name));

let failed = 0;
for (const file of files) {
  const { problems, toolkit } = checkFile(file);
  if (problems.length === 0) {
    console.log(`✓ ${file}`);
    if (toolkit) for (const line of describeToolkit(toolkit)) console.log(line);
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
