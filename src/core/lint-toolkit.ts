import type { ValidationProblem } from './parse-toolkit';
import type { Toolkit } from './toolkit-schema';

/**
 * Editorial rules the schema cannot express: catches descriptors that say the
 * same thing twice, which would leave a school unable to choose between levels.
 */
export function lintToolkit(toolkit: Toolkit): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  toolkit.domains.forEach((domain, d) => {
    domain.indicators.forEach((indicator, i) => {
      const at = `domains[${d}].indicators[${i}]`;
      const seen = new Map<string, string>();
      for (const [level, descriptor] of Object.entries(indicator.descriptors)) {
        const key = normalise(descriptor);
        const twin = seen.get(key);
        if (twin !== undefined) {
          problems.push({ path: `${at}.descriptors.${level}`, message: `repeats the descriptor for level ${twin}` });
        }
        seen.set(key, level);
        if (key === normalise(indicator.statement)) {
          problems.push({ path: `${at}.descriptors.${level}`, message: 'repeats the statement; say what this level looks like' });
        }
      }
    });
  });
  return problems;
}
