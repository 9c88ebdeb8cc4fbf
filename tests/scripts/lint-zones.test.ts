/**
 * The layering rules in eslint.config.js, checked by linting one import at a
 * time as if it were in a given file. A zone that stopped matching would let
 * the layers leak again without anyone noticing.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function isRefused(filePath: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import * as imported from '${source}';\nexport const used = imported;\n`, { filePath });
  return result!.messages.some((message) => message.ruleId === 'no-restricted-imports');
}

describe('lint zones', () => {
  it.each([
    ['src/core/score-audit.ts', 'react'],
    ['src/core/score-audit.ts', 'dexie'],
    ['src/core/score-audit.ts', '../storage/db'],
    ['src/core/score-audit.ts', '../operations/audits'],
    ['src/core/score-audit.ts', '../lib/save-file'],
    ['src/storage/db.ts', 'react'],
    ['src/storage/db.ts', 'dexie-react-hooks'],
    ['src/storage/db.ts', '../lib/save-file'],
    ['src/storage/db.ts', '../features/plan/plan-page'],
    ['src/operations/plan.ts', 'react'],
    ['src/operations/plan.ts', 'dexie'],
    ['src/operations/plan.ts', '../components/error-summary'],
    ['src/hooks/plan-hooks.ts', '../storage/db'],
    ['src/hooks/plan-hooks.ts', 'dexie'],
    ['src/components/backup-reminder.tsx', '../storage/backup-store'],
    ['src/lib/save-file.ts', '../storage/store'],
    ['src/pdf/render-development-plan.ts', '../storage/plan-data'],
    ['src/features/plan/plan-page.tsx', '../../storage/store'],
    ['src/features/plan/plan-page.tsx', 'dexie'],
    ['src/features/plan/plan-page.tsx', 'dexie-react-hooks'],
    ['src/features/plan/plan-page.tsx', '../results/scores-table'],
    ['src/features/results/results-page.tsx', '../../features/plan/plan-page'],
  ])('%s may not import %s', async (file, source) => {
    expect(await isRefused(file, source)).toBe(true);
  });

  it.each([
    ['src/storage/db.ts', 'dexie'],
    ['src/hooks/plan-hooks.ts', 'dexie-react-hooks'],
    ['src/hooks/plan-hooks.ts', '../operations/plan'],
    ['src/operations/plan.ts', '../storage/plan-data'],
    ['src/features/plan/plan-page.tsx', '../../operations/plan'],
    ['src/features/plan/plan-page.tsx', './plan-editor'],
    ['src/features/plan/plan-page.tsx', '../../components/error-summary'],
    ['src/core/score-audit.ts', './toolkit-schema'],
  ])('%s may import %s', async (file, source) => {
    expect(await isRefused(file, source)).toBe(false);
  });
});
