/**
 * Our Content-Security-Policy forbids eval. Zod would otherwise probe
 * `new Function` before its first object parse, which the browser reports as
 * a CSP violation; jitless parsing is plenty fast for toolkit and backup files.
 *
 * This is z.config({ jitless: true }) without pulling zod into the first load:
 * zod keeps its settings on this global (see zod/v4/core/core.js) and reads
 * them on every parse. Imported first by main.tsx, so it runs before any zod
 * code. tests/e2e/privacy.spec.ts fails on any CSP violation.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig ??= {};
holder.__zod_globalConfig.jitless = true;

export {};
