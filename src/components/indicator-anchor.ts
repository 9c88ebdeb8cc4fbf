import type { Toolkit } from '../core/toolkit-schema';

/** The element id of an indicator's first choice: where links to the indicator take the reader. */
export function indicatorAnchor(toolkit: Toolkit, indicatorId: string): string {
  const first = toolkit.scale.levels[0]?.value ?? 'not-applicable';
  return `indicator-${indicatorId}-level-${first}`;
}
