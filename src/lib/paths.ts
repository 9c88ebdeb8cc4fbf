/**
 * Every address in the app, said once. `routes` (routes.ts) holds the patterns the router
 * matches (src/app/app.tsx makes one <Route> per entry, and its page table is
 * keyed by `RouteName`, so a route cannot be declared here and left out
 * there); `paths` makes the links to them. A new screen is one pattern, one
 * function, one page in app.tsx and one entry in the accessibility sweep
 * (tests/e2e/a11y.spec.ts fails until it has one).
 */
import { generatePath } from 'react-router';
import { routes, type RouteName } from './routes';

export { routes, type RouteName };

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
