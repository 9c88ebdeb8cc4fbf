/**
 * The patterns the router matches, one per screen (see paths.ts, which makes
 * the links to them). Apart from the link makers so that the first load, which
 * needs only the patterns, does not carry them.
 */
export const routes = {
  home: '/',
  newAudit: '/audits/new',
  /** Sends the reader on to where they left off: the first domain with gaps, or check answers. */
  audit: '/audits/:auditId',
  domain: '/audits/:auditId/domains/:domainId',
  checkAnswers: '/audits/:auditId/check',
  rename: '/audits/:auditId/rename',
  delete: '/audits/:auditId/delete',
  nextReview: '/audits/:auditId/next-review',
  results: '/audits/:auditId/results',
  meeting: '/audits/:auditId/meeting',
  /** Meeting mode for a team: one statement at a time, to agree its level. */
  meetingAgree: '/audits/:auditId/meeting/agree',
  /** Meeting mode: the plan's actions one per slide, each reviewed for today. */
  meetingReview: '/audits/:auditId/meeting/review',
  plan: '/audits/:auditId/plan',
  planSuggestions: '/audits/:auditId/plan/suggestions',
  printPlan: '/audits/:auditId/plan/print',
  /** The plan on one page for governors: actions by status, what changed, what is overdue, legal requirements not met. */
  governorsSummary: '/audits/:auditId/plan/governors',
  /** Reviewing the plan: the date of the review, then each action in turn. */
  planReview: '/audits/:auditId/plan/review',
  /** One action's review on a day (yyyy-mm-dd): in the address, so that a reload keeps the place. */
  planReviewAction: '/audits/:auditId/plan/review/:reviewedOn/actions/:actionId',
  /** What the review on a day recorded and changed. */
  planReviewSummary: '/audits/:auditId/plan/review/:reviewedOn/summary',
  /** A voice questionnaire from the audit's toolkit, laid out to print and hand out. */
  questionnaire: '/audits/:auditId/questionnaires/:questionnaireId',
  /** The lead asks others to rate: who, invitation files out, response files in. */
  team: '/audits/:auditId/team',
  /** On the lead's device: "pass the laptop to" one person who rates here, in turn. */
  respondent: '/audits/:auditId/team/:respondentId',
  /** That person's own ratings of one section. */
  respondentDomain: '/audits/:auditId/team/:respondentId/domains/:domainId',
  /** That person says they have finished, and passes the laptop back. */
  respondentFinish: '/audits/:auditId/team/:respondentId/finish',
  /** On a colleague's laptop: their ratings, as the file they send back. */
  response: '/audits/:auditId/response',
  /** On a colleague's laptop: open the invitation file the lead sent. */
  openInvitation: '/invitations/open',
  /** The same questionnaire answered on this device, one person after another, anonymously. */
  kiosk: '/audits/:auditId/kiosk/:questionnaireId',
  /** Every toolkit on this device, shipped or installed; install one from a file; the workbook template. */
  toolkits: '/toolkits',
  /** One toolkit version, whole, to read before starting. */
  toolkit: '/toolkits/:toolkitId/:version',
  /** The same, as a blank paper copy to fill in by hand. */
  toolkitPrint: '/toolkits/:toolkitId/:version/print',
  settings: '/settings',
  /** What a school shares with its local authority: the summary file, shown whole before it is made. */
  shareSummary: '/audits/:auditId/share',
  /** A council's side, apart from the school's own self-evaluations: schools' summaries imported, rolled up and showcased. */
  localAuthority: '/local-authority',
  /** Across the borough, for one toolkit version; names no school. */
  rollup: '/local-authority/toolkits/:toolkitId/:version',
  /** One school's summary, on its own. */
  schoolSummary: '/local-authority/summaries/:summaryId',
  /** The showcase booklet, as a page to print (and as a PDF). */
  showcase: '/local-authority/showcase',
  /** Anything else. */
  notFound: '*',
} as const;

export type RouteName = keyof typeof routes;
