/**
 * The results read as evidence for the school's own self-evaluation summary:
 * for each area of the inspection framework the toolkit names, the sections
 * that inform it. A section can inform several areas, so it may appear under
 * more than one; an area no section informs is left out.
 */
import type { InspectionArea, Toolkit } from './toolkit-schema';

export interface InspectionAreaEvidence<T> {
  area: InspectionArea;
  /** What the caller gave for each section that informs the area, in toolkit order. */
  sections: T[];
}

/** `sections` holds one entry per domain of the toolkit, in its order (such as each domain's score). */
export function groupByInspectionArea<T>(toolkit: Toolkit, sections: readonly T[]): InspectionAreaEvidence<T>[] {
  return (toolkit.inspectionAreas ?? [])
    .map((area) => ({
      area,
      sections: toolkit.domains.flatMap((domain, index) => (domain.inspectionAreaIds?.includes(area.id) ? [sections[index]!] : [])),
    }))
    .filter((evidence) => evidence.sections.length > 0);
}
