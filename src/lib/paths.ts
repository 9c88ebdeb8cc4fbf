/**
 * Every address in the app, said once. `routes` holds the patterns the router
 * matches (src/app/app.tsx makes one <Route> per entry, and its page table is
 * keyed by `RouteName`, so a route cannot be declared here and left out
 * there); `paths` makes the links to them. A new screen is one pattern, one
 * function, one page in app.tsx and one entry in the accessibility sweep
 * (tests/e2e/a11y.spec.ts fails until it has one).
 */
import { generatePath } from 'react-router';

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

/** Places on the settings page that other screens link straight to (`paths.settings({ hash: settingsAnchors.restore })`). */
export const settingsAnchors = {
  restore: 'restore-from-backup',
  movingComputer: 'moving-to-a-new-computer',
} as const;

/** An element id on the target page to scroll to, as in `#indicator-a1`. */
interface Anchor {
  hash?: string;
}

function withSearch(path: string, search: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) if (value !== undefined) params.set(key, String(value));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

const withHash = (path: string, { hash }: Anchor) => (hash ? `${path}#${hash}` : path);

export const paths = {
  home: () => routes.home,
  newAudit: () => routes.newAudit,
  audit: (auditId: string) => generatePath(routes.audit, { auditId }),
  domain: (auditId: string, domainId: string, anchor: Anchor = {}) => withHash(generatePath(routes.domain, { auditId, domainId }), anchor),
  checkAnswers: (auditId: string) => generatePath(routes.checkAnswers, { auditId }),
  rename: (auditId: string) => generatePath(routes.rename, { auditId }),
  delete: (auditId: string) => generatePath(routes.delete, { auditId }),
  nextReview: (auditId: string) => generatePath(routes.nextReview, { auditId }),
  /** `compare`: the id of the earlier audit to compare with; without it the page chooses one. */
  results: (auditId: string, { compare }: { compare?: string } = {}) => withSearch(generatePath(routes.results, { auditId }), { compare }),
  /** `slide`: 0 is the overview, then one per domain. */
  meeting: (auditId: string, { compare, slide }: { compare?: string; slide?: number } = {}) =>
    withSearch(generatePath(routes.meeting, { auditId }), { compare, slide }),
  /** `statement`: the statement shown (its id), so that a reload keeps it in view; without it, the first to discuss. */
  meetingAgree: (auditId: string, { compare, statement }: { compare?: string; statement?: string } = {}) =>
    withSearch(generatePath(routes.meetingAgree, { auditId }), { compare, statement }),
  /** `action`: the action shown (its id), so that a reload keeps it in view; without it, the plan's first. */
  meetingReview: (auditId: string, { action }: { action?: string } = {}) => withSearch(generatePath(routes.meetingReview, { auditId }), { action }),
  plan: (auditId: string) => generatePath(routes.plan, { auditId }),
  planSuggestions: (auditId: string) => generatePath(routes.planSuggestions, { auditId }),
  /** `evidence: false` leaves the evidence notes out of the printed plan. */
  printPlan: (auditId: string, { evidence = true }: { evidence?: boolean } = {}) =>
    withSearch(generatePath(routes.printPlan, { auditId }), { evidence: evidence ? undefined : 'no' }),
  governorsSummary: (auditId: string) => generatePath(routes.governorsSummary, { auditId }),
  /** `on`: a date (yyyy-mm-dd) to offer instead of today. */
  planReview: (auditId: string, { on }: { on?: string } = {}) => withSearch(generatePath(routes.planReview, { auditId }), { on }),
  planReviewAction: (auditId: string, reviewedOn: string, actionId: string) => generatePath(routes.planReviewAction, { auditId, reviewedOn, actionId }),
  planReviewSummary: (auditId: string, reviewedOn: string) => generatePath(routes.planReviewSummary, { auditId, reviewedOn }),
  questionnaire: (auditId: string, questionnaireId: string) => generatePath(routes.questionnaire, { auditId, questionnaireId }),
  team: (auditId: string) => generatePath(routes.team, { auditId }),
  respondent: (auditId: string, respondentId: string) => generatePath(routes.respondent, { auditId, respondentId }),
  respondentDomain: (auditId: string, respondentId: string, domainId: string) => generatePath(routes.respondentDomain, { auditId, respondentId, domainId }),
  respondentFinish: (auditId: string, respondentId: string) => generatePath(routes.respondentFinish, { auditId, respondentId }),
  response: (auditId: string) => generatePath(routes.response, { auditId }),
  openInvitation: () => routes.openInvitation,
  kiosk: (auditId: string, questionnaireId: string) => generatePath(routes.kiosk, { auditId, questionnaireId }),
  toolkits: () => routes.toolkits,
  toolkit: (toolkitId: string, version: string) => generatePath(routes.toolkit, { toolkitId, version }),
  toolkitPrint: (toolkitId: string, version: string) => generatePath(routes.toolkitPrint, { toolkitId, version }),
  settings: (anchor: Anchor = {}) => withHash(routes.settings, anchor),
  shareSummary: (auditId: string) => generatePath(routes.shareSummary, { auditId }),
  localAuthority: (anchor: Anchor = {}) => withHash(routes.localAuthority, anchor),
  rollup: (toolkitId: string, version: string) => generatePath(routes.rollup, { toolkitId, version }),
  schoolSummary: (summaryId: string) => generatePath(routes.schoolSummary, { summaryId }),
  showcase: () => routes.showcase,
} satisfies Record<Exclude<RouteName, 'notFound'>, (...args: never[]) => string>;
