/** The development plan's part titles, one list for every format, so that the PDF and the Word document name their parts alike. */
export const PLAN_SECTION_TITLES = {
  summary: 'Summary',
  legal: 'Legal requirements',
  actionPlan: 'Action plan',
  findings: 'Findings by section',
  inspectionAreas: 'Evidence for Ofsted’s evaluation areas',
  progressChecks: 'Progress checks',
} as const;

/** The lead of each statement's evidence note. */
export const EVIDENCE_LEAD = 'How do we know?';
