/**
 * The accessibility sweep: every screen in `screens`, in each colour scheme,
 * checked with axe, by keyboard (every control reachable, focus always
 * visible) and at 400% zoom (320 CSS pixels wide, no sideways scrolling).
 * Every route in src/lib/paths.ts must have at least one entry: the first
 * test fails when a route is added to the router and not here.
 */
import { customToolkit } from './support/custom-toolkit';
import { checkToolkitFile, jsonFile } from './support/toolkit-install';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { todayIsoDate } from '../../src/core/format-date';
import { paths, routes, type RouteName } from '../../src/lib/paths';
import { routeFor } from '../fixtures/routes';
import { indicatorGroup, levelFor, startAudit } from './support/audit-flow';
import { chooseBackupFile, fixtureBackup } from './support/backup-files';
import { checkKeyboardFocus } from './support/keyboard';
import { fillAction } from './support/plan-flow';
import { saveScreenshot } from './support/screenshots';
import { restoreTeamAudit, teamAuditTitle } from './support/team-audit';
import { restoreTeamAudits } from './support/team-results-audit';
import { TEAM_AUDIT_ID, longActions, restoreTeamPlan } from './support/team-plan-backup';
import { GOVERNORS_AUDIT_ID, restoreGovernorsPlan } from './support/governors-summary-backup';
import { readToolkit } from './support/toolkits';
import { importCouncilSummaries, summaryIdOf } from './support/council-summaries';

const toolkit = readToolkit('attendance');
const firstDomain = toolkit.domains[0]!;
const registers = toolkit.domains.find((domain) => domain.id === 'registers-and-data')!;
const auditTitle = 'Autumn 2026 review';
/** The one action in the seeded plan. */
const planAction = 'Call home on the first morning of any absence';

/** From the date page of reviewing the plan: today's review of the first action, with something recorded. */
async function startPlanReview(page: Page) {
  await page.getByRole('button', { name: 'Start reviewing' }).click();
  const form = page.getByRole('form', { name: 'This review' });
  await form.getByRole('radio', { name: 'On track' }).check();
  await form.getByLabel('Progress note').fill('Calls logged most mornings.');
  await expect(form.getByRole('status')).toHaveText('All changes saved.');
}

/**
 * What a screen needs made through the app first: nothing; an audit with one
 * indicator rated and noted (or the same as a quick review); that audit
 * with a plan (an action and a progress check); a team's audit, rated by
 * four people, restored from a backup (see support/team-audit.ts), or
 * another in open mode (support/team-results-audit.ts); or the
 * plain audit with a team, one of whom (Sam Jones) rates on this device and
 * has rated a statement; or a team's whole self-evaluation with a long plan
 * (support/team-plan-backup.ts: every section reflected on, sixteen
 * actions, some of long text), for the printable plan at full length;
 * a plan of thirty actions looked at twice (support/governors-summary-backup.ts),
 * for the governors' summary with its list of changes full; or, on a
 * council's device, six schools' summaries imported (one offering a
 * showcase passage), or three, too few for any figure.
 */
type Seed = 'nothing' | 'audit' | 'quick' | 'plan' | 'team' | 'team-open' | 'this-device' | 'team-plan' | 'governors-plan' | 'council' | 'council-few';

/** The seeded audit's id, and the id of the person who rates on this device ('none' unless seeded). */
interface Seeded {
  auditId: string;
  respondentId: string;
}

type Screen = ScreenBase &
  (
    | {
        /** Where it is, given the seeded audit's id. */
        path: (auditId: string) => string;
      }
    | {
        seed: 'this-device';
        /** Where it is, given the seeded audit's id and the person rating on this device. */
        personPath: (auditId: string, respondentId: string) => string;
      }
  );

const screenPath = (screen: Screen, { auditId, respondentId }: Seeded) => ('personPath' in screen ? screen.personPath(auditId, respondentId) : screen.path(auditId));

interface ScreenBase {
  name: string;
  seed: Seed;
  /** Anything to do there first, e.g. submit a form to show its errors. */
  prepare?: (page: Page) => Promise<void>;
  /** The main heading of the page checked, to know it has loaded. */
  heading: string;
}

const screens: Screen[] = [
  { name: 'audits list, empty', seed: 'nothing', path: paths.home, heading: 'Your self-evaluations' },
  { name: 'audits list', seed: 'audit', path: paths.home, heading: 'Your self-evaluations' },
  {
    name: 'audits list, after a delete (success banner with undo)',
    seed: 'audit',
    path: paths.delete,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Yes, delete it' }).click();
      await expect(page.getByRole('alert', { name: 'Success' })).toBeFocused();
    },
    heading: 'Your self-evaluations',
  },
  { name: 'new audit', seed: 'nothing', path: paths.newAudit, heading: 'Start a new self-evaluation' },
  {
    name: 'new audit, with errors',
    seed: 'nothing',
    path: paths.newAudit,
    prepare: async (page) => {
      await page.getByLabel('School name').fill('');
      await page.getByRole('button', { name: 'Start self-evaluation' }).click();
      await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    },
    heading: 'Start a new self-evaluation',
  },
  {
    name: 'new audit, a toolkit with a quick review chosen',
    seed: 'nothing',
    path: paths.newAudit,
    prepare: async (page) => {
      await page.getByRole('radio', { name: toolkit.title }).check();
      await page.getByRole('radio', { name: 'Quick review' }).check();
    },
    heading: 'Start a new self-evaluation',
  },
  { name: 'audits list, a quick review', seed: 'quick', path: paths.home, heading: 'Your self-evaluations' },
  { name: 'opening an audit (goes on to where it was left)', seed: 'audit', path: paths.audit, heading: firstDomain.title },
  { name: 'domain page', seed: 'audit', path: (auditId) => paths.domain(auditId, firstDomain.id), heading: firstDomain.title },
  {
    name: 'domain page, legal requirements, a glossary term and the glossary open',
    seed: 'audit',
    path: (auditId) => paths.domain(auditId, registers.id),
    prepare: async (page) => {
      await page.getByRole('button', { name: 'persistently absent' }).click();
      await page.getByText('Words used in this toolkit').click();
    },
    heading: registers.title,
  },
  { name: 'domain page, a quick review', seed: 'quick', path: (auditId) => paths.domain(auditId, firstDomain.id), heading: firstDomain.title },
  { name: 'check your answers', seed: 'audit', path: paths.checkAnswers, heading: 'Check your answers' },
  { name: 'check your answers, a quick review', seed: 'quick', path: paths.checkAnswers, heading: 'Check your answers' },
  { name: 'rename', seed: 'audit', path: paths.rename, heading: 'Rename or change details' },
  { name: 'delete', seed: 'audit', path: paths.delete, heading: `Are you sure you want to delete ‘${auditTitle}’?` },
  { name: 'start the next self-evaluation', seed: 'audit', path: paths.nextReview, heading: `Start the next self-evaluation from ‘${auditTitle}’` },
  { name: 'results', seed: 'audit', path: paths.results, heading: 'Results' },
  {
    name: 'results, the sections by Ofsted evaluation area open',
    seed: 'audit',
    path: paths.results,
    prepare: async (page) => {
      await page.getByText('Evidence for Ofsted’s evaluation areas').click();
      await expect(page.getByRole('table', { name: 'Sections by Ofsted evaluation area' })).toBeVisible();
    },
    heading: 'Results',
  },
  {
    name: 'results, a team’s self-evaluation in open mode with every statement shown',
    seed: 'team-open',
    path: paths.results,
    prepare: async (page) => {
      await page.getByText(/^How the team rated each of the \d+ statements$/).click();
      await expect(page.getByRole('region', { name: firstDomain.title })).toBeVisible();
    },
    heading: 'Results',
  },
  { name: 'meeting mode', seed: 'audit', path: paths.meeting, heading: auditTitle },
  { name: 'meeting mode, a domain', seed: 'audit', path: (auditId) => paths.meeting(auditId, { slide: 1 }), heading: firstDomain.title },
  { name: 'meeting mode, a team (how much is agreed)', seed: 'team', path: paths.meeting, heading: teamAuditTitle },
  {
    name: 'meeting mode, agreeing the ratings (a team)',
    seed: 'team',
    path: paths.meetingAgree,
    heading: toolkit.domains.flatMap((domain) => domain.indicators).find((indicator) => indicator.id === 'first-day-follow-up')!.statement,
  },
  {
    name: 'meeting mode, agreeing the ratings (one person: nothing to agree)',
    seed: 'audit',
    path: paths.meetingAgree,
    heading: 'Agree the ratings',
  },
  {
    name: 'development plan, an action open for editing',
    seed: 'plan',
    path: paths.plan,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Edit action 1' }).click();
      await expect(page.getByRole('form', { name: 'Edit action 1' })).toBeVisible();
    },
    heading: 'Development plan',
  },
  {
    name: 'development plan, an action reviewed (its history, and its status from the review)',
    seed: 'plan',
    path: paths.planReview,
    prepare: async (page) => {
      await startPlanReview(page);
      await page.getByRole('link', { name: 'Back to the development plan' }).click();
      await page.getByRole('button', { name: 'Edit action 1' }).click();
      await expect(page.getByRole('form', { name: 'Edit action 1' })).toContainText('from the review on');
    },
    heading: 'Development plan',
  },
  { name: 'review the plan: the date', seed: 'plan', path: paths.planReview, heading: 'Review the plan' },
  {
    name: 'review the plan: a date in the future (error)',
    seed: 'plan',
    path: paths.planReview,
    prepare: async (page) => {
      await page.getByLabel('Year').fill('2999');
      await page.getByRole('button', { name: 'Start reviewing' }).click();
      await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    },
    heading: 'Review the plan',
  },
  { name: 'review the plan: an action', seed: 'plan', path: paths.planReview, prepare: startPlanReview, heading: 'Action 1 of 1' },
  {
    name: 'review the plan: an action no longer in the plan',
    seed: 'plan',
    path: (auditId) => paths.planReviewAction(auditId, todayIsoDate(), 'a-deleted-action'),
    heading: 'Review the plan',
  },
  {
    name: 'review the plan: the summary',
    seed: 'plan',
    path: (auditId) => paths.planReviewSummary(auditId, todayIsoDate()),
    prepare: async (page) => {
      await page.goto(paths.planReview(routeFor(page.url()).params.auditId!));
      await startPlanReview(page);
      await page.getByRole('link', { name: 'Finish' }).click();
    },
    heading: 'The review on',
  },
  { name: 'meeting mode, reviewing the plan', seed: 'plan', path: paths.meetingReview, heading: planAction },
  { name: 'suggested actions', seed: 'audit', path: paths.planSuggestions, heading: 'Actions suggested by your ratings' },
  { name: 'printable plan', seed: 'plan', path: paths.printPlan, heading: 'Oakwood Primary School' },
  { name: 'printable plan of a team, sixteen actions', seed: 'team-plan', path: paths.printPlan, heading: 'Northfield Primary School' },
  { name: 'governors’ summary, a plan with nothing reviewed yet', seed: 'plan', path: paths.governorsSummary, heading: 'Oakwood Primary School' },
  { name: 'governors’ summary, thirty actions looked at twice', seed: 'governors-plan', path: paths.governorsSummary, heading: 'Northfield Primary School' },
  {
    name: 'families’ questionnaire (printable)',
    seed: 'audit',
    path: (auditId) => paths.questionnaire(auditId, toolkit.questionnaires![0]!.id),
    heading: toolkit.questionnaires![0]!.title,
  },
  { name: 'ask your team, first time', seed: 'audit', path: paths.team, heading: 'Ask your team' },
  {
    name: 'ask your team, a person added',
    seed: 'audit',
    path: paths.team,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByLabel('Name or role').fill('Year 4 teacher');
      await page.getByRole('button', { name: 'Add person' }).click();
      await expect(page.getByRole('button', { name: 'Download invitation for Year 4 teacher' })).toBeVisible();
    },
    heading: 'Ask your team',
  },
  {
    name: 'ask your team, ratings given on this device hidden until revealed',
    seed: 'this-device',
    path: paths.team,
    prepare: async (page) => {
      await expect(page.getByRole('button', { name: 'Reveal the ratings' })).toBeVisible();
    },
    heading: 'Ask your team',
  },
  { name: 'rating on this device: pass the laptop', seed: 'this-device', personPath: paths.respondent, heading: 'Pass the laptop to Sam Jones' },
  {
    name: 'rating on this device: a section',
    seed: 'this-device',
    personPath: (auditId, respondentId) => paths.respondentDomain(auditId, respondentId, firstDomain.id),
    heading: firstDomain.title,
  },
  { name: 'rating on this device: finish', seed: 'this-device', personPath: paths.respondentFinish, heading: 'Finish rating' },
  {
    name: 'rating on this device: finished (thank you)',
    seed: 'this-device',
    personPath: paths.respondentFinish,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'I have finished' }).click();
    },
    heading: 'Thank you, Sam Jones',
  },
  {
    name: 'rating on this device: a section after finishing',
    seed: 'this-device',
    personPath: (auditId, respondentId) => paths.respondentDomain(auditId, respondentId, firstDomain.id),
    prepare: async (page) => {
      await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Finish rating' }).click();
      await page.getByRole('button', { name: 'I have finished' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Thank you, Sam Jones' })).toBeVisible();
      // The section that showed Sam's ratings a moment ago now shows none.
      const { auditId, respondentId } = routeFor(page.url()).params;
      await page.goto(paths.respondentDomain(auditId!, respondentId!, firstDomain.id));
    },
    heading: 'Sam Jones has finished rating',
  },
  { name: 'open an invitation', seed: 'nothing', path: paths.openInvitation, heading: 'Open an invitation' },
  { name: 'send your ratings back (not an invited copy)', seed: 'audit', path: paths.response, heading: 'Send your ratings back' },
  {
    name: 'kiosk, the families’ questionnaire after one person’s answers (thank-you shown)',
    seed: 'audit',
    path: (auditId) => paths.kiosk(auditId, toolkit.questionnaires![0]!.id),
    prepare: async (page) => {
      const statement = toolkit.questionnaires![0]!.statements[0]!;
      await page.getByRole('group', { name: statement.text }).getByRole('radio', { name: 'Agree', exact: true }).check();
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await expect(page.getByRole('alert')).toContainText('Thank you');
    },
    heading: toolkit.questionnaires![0]!.title,
  },
  {
    name: 'kiosk, collecting finished',
    seed: 'audit',
    path: (auditId) => paths.kiosk(auditId, toolkit.questionnaires![0]!.id),
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Finish collecting' }).click();
      await page.getByRole('button', { name: 'Yes, finish collecting' }).click();
    },
    heading: 'Collecting finished',
  },
  { name: 'toolkits', seed: 'audit', path: () => paths.toolkits(), heading: 'Toolkits' },
  {
    name: 'toolkits, a file with problems',
    seed: 'nothing',
    path: () => paths.toolkits(),
    prepare: async (page) => {
      await checkToolkitFile(page, jsonFile('broken.json', { ...customToolkit, id: 'Not kebab', version: '1' }));
      await expect(page.getByRole('alert')).toContainText('cannot be installed');
    },
    heading: 'Toolkits',
  },
  {
    name: 'toolkits, a toolkit checked and shown before it is installed',
    seed: 'nothing',
    path: () => paths.toolkits(),
    prepare: async (page) => {
      await checkToolkitFile(page, jsonFile('arrivals.json', customToolkit));
      await expect(page.getByRole('button', { name: 'Install this toolkit' })).toBeVisible();
    },
    heading: 'Toolkits',
  },
  { name: 'a toolkit’s overview (shipped)', seed: 'nothing', path: () => paths.toolkit(toolkit.id, toolkit.version), heading: toolkit.title },
  { name: 'a toolkit’s blank copy to print (shipped)', seed: 'nothing', path: () => paths.toolkitPrint(toolkit.id, toolkit.version), heading: toolkit.title },
  { name: 'a toolkit not on this device', seed: 'nothing', path: () => paths.toolkit(toolkit.id, '9.9.9'), heading: 'Toolkit not found' },
  { name: 'settings and backup', seed: 'nothing', path: () => paths.settings(), heading: 'Settings and backup' },
  {
    name: 'settings, a backup file checked',
    seed: 'nothing',
    path: () => paths.settings(),
    prepare: async (page) => {
      await chooseBackupFile(page, { name: 'backup.json', buffer: Buffer.from(fixtureBackup()) });
      await expect(page.getByRole('button', { name: 'Restore from this file' })).toBeVisible();
    },
    heading: 'Settings and backup',
  },
  {
    name: 'settings, restored (success banner)',
    seed: 'nothing',
    path: () => paths.settings(),
    prepare: async (page) => {
      await chooseBackupFile(page, { name: 'backup.json', buffer: Buffer.from(fixtureBackup()) });
      await page.getByRole('button', { name: 'Restore from this file' }).click();
      await expect(page.getByRole('alert', { name: 'Success' })).toBeFocused();
    },
    heading: 'Settings and backup',
  },
  {
    name: 'settings, a deleted audit to restore',
    seed: 'audit',
    path: paths.delete,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Yes, delete it' }).click();
      await expect(page.getByRole('alert', { name: 'Success' })).toBeVisible();
      await page.goto(paths.settings());
      await expect(page.getByRole('button', { name: `Restore ${auditTitle}` })).toBeVisible();
    },
    heading: 'Settings and backup',
  },
  { name: 'share a summary with the local authority', seed: 'audit', path: paths.shareSummary, heading: 'Share a summary with the local authority' },
  {
    name: 'share a summary, a URN that is not one',
    seed: 'audit',
    path: paths.shareSummary,
    prepare: async (page) => {
      await page.getByLabel('School URN (optional)').fill('12-AB');
      await page.getByRole('button', { name: 'Save the summary file' }).click();
      await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
      await page.getByText('The file itself, exactly as it is saved').click();
    },
    heading: 'Share a summary with the local authority',
  },
  { name: 'local authority view, nothing imported', seed: 'nothing', path: () => paths.localAuthority(), heading: 'Local authority view' },
  { name: 'local authority view, six schools’ summaries imported', seed: 'council', path: () => paths.localAuthority(), heading: 'Local authority view' },
  {
    name: 'local authority view, removing a school asks first',
    seed: 'council',
    path: () => paths.localAuthority(),
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Remove Generated School 2’s summaries' }).click();
      await expect(page.getByRole('button', { name: 'Yes, remove 1 summary' })).toBeFocused();
    },
    heading: 'Local authority view',
  },
  { name: 'across the borough, six schools', seed: 'council', path: () => paths.rollup(toolkit.id, toolkit.version), heading: toolkit.title },
  { name: 'across the borough, too few schools to show figures', seed: 'council-few', path: () => paths.rollup(toolkit.id, toolkit.version), heading: toolkit.title },
  { name: 'one school’s shared summary', seed: 'council', path: () => paths.schoolSummary(summaryIdOf(0)), heading: 'Generated School 1' },
  { name: 'the showcase booklet', seed: 'council', path: () => paths.showcase(), heading: 'What is working well: a showcase' },
  { name: 'page not found', seed: 'nothing', path: () => '/no-such-page', heading: 'Page not found' },
];

test('the sweep covers every route in the app', () => {
  const covered = new Set(screens.map((screen) => routeFor(screenPath(screen, { auditId: 'an-audit-id', respondentId: 'a-respondent-id' })).name));
  const missing = (Object.keys(routes) as RouteName[]).filter((name) => !covered.has(name));
  expect(missing, 'routes with no screen in the accessibility sweep').toEqual([]);
});

/** Only a light theme exists so far; 'dark' checks that nothing breaks when the system asks for one. */
const colourSchemes = ['light', 'dark'] as const;
const colourRules = ['color-contrast', 'link-in-text-block'];

/** Makes what the screen needs through the app, as a user would, and returns the ids it needs. */
async function seed(page: Page, what: Seed): Promise<Seeded> {
  if (what === 'nothing') return { auditId: 'none', respondentId: 'none' };
  if (what === 'council' || what === 'council-few') {
    await importCouncilSummaries(page, what === 'council' ? [1, 2, 2, 3, 4, 4] : [2, 3, 4]);
    return { auditId: 'none', respondentId: 'none' };
  }
  if (what === 'team') return { auditId: await restoreTeamAudit(page), respondentId: 'none' };
  if (what === 'team-plan') {
    await restoreTeamPlan(page, 'anonymous', longActions());
    return { auditId: TEAM_AUDIT_ID, respondentId: 'none' };
  }
  if (what === 'governors-plan') {
    await restoreGovernorsPlan(page);
    return { auditId: GOVERNORS_AUDIT_ID, respondentId: 'none' };
  }
  if (what === 'team-open') {
    await restoreTeamAudits(page, [{ id: 'team-audit', title: auditTitle, mode: 'open' }]);
    return { auditId: 'team-audit', respondentId: 'none' };
  }
  await startAudit(page, { toolkitTitle: toolkit.title, school: 'Oakwood Primary School', title: auditTitle, ...(what === 'quick' ? { scope: 'quick' as const } : {}) });
  await expect(page.getByRole('heading', { level: 1, name: firstDomain.title })).toBeVisible();
  const indicator = firstDomain.indicators[0]!;
  await indicatorGroup(page, indicator.statement).getByRole('radio', { name: levelFor(toolkit, 0, 0).label }).check();
  await page.getByLabel('How do we know? (evidence note)').first().fill('Attendance is a standing item at every senior leadership meeting.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
  const auditId = routeFor(page.url()).params.auditId!;
  if (what === 'plan') {
    await page.goto(paths.plan(auditId));
    await page.getByRole('button', { name: 'Add an action' }).click();
    await fillAction(page, 1, { Action: planAction, Lead: 'Attendance officer' });
    await page.getByRole('button', { name: 'Add a progress check' }).click();
    const review = page.getByRole('group', { name: 'Progress check 1' });
    await review.getByLabel('When').fill('Summer 2027');
    await expect(review.getByRole('status')).toHaveText('All changes saved.');
  }
  if (what === 'this-device') return { auditId, respondentId: await seedThisDevice(page, auditId) };
  return { auditId, respondentId: 'none' };
}

/** Adds Sam Jones, who rates on this device, and rates one statement as Sam; returns Sam's id. */
async function seedThisDevice(page: Page, auditId: string): Promise<string> {
  await page.goto(paths.team(auditId));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Name or role').fill('Sam Jones');
  await page.getByRole('radio', { name: 'Here on this device, after you' }).check();
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByRole('link', { name: 'Rate now as Sam Jones' }).click();
  await page.getByRole('link', { name: 'Start rating' }).click();
  await indicatorGroup(page, firstDomain.indicators[0]!.statement).getByRole('radio', { name: levelFor(toolkit, 0, 1).label }).check();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
  return routeFor(page.url()).params.respondentId!;
}

async function openScreen(page: Page, screen: Screen): Promise<void> {
  await page.goto(screenPath(screen, await seed(page, screen.seed)));
  await screen.prepare?.(page);
  await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
}

// Each screen is one test, made once and checked three ways, spread over
// both workers: making the screens through the app is most of the time.
test.describe.configure({ mode: 'parallel' });

for (const screen of screens) {
  test(`accessible by axe, by keyboard and at 400% zoom: ${screen.name}`, async ({ page }) => {
    // Long pages (the suggestions list has a form per statement) have hundreds of Tab stops.
    test.setTimeout(300_000);
    await openScreen(page, screen);
    // Every screen at 1280×720, for people to look at before a change lands.
    await saveScreenshot(page, `${screen.name.replace(/[^a-z0-9]+/gi, '-')}.png`);

    // Each check is soft, so that one failing still lets the others report.
    await test.step('axe finds no problems, in light and dark colour schemes', async () => {
      const found: Record<string, unknown[]> = {};
      for (const colourScheme of colourSchemes) {
        await page.emulateMedia({ colorScheme: colourScheme });
        const axe = new AxeBuilder({ page });
        // A colour scheme changes only colours, so in dark only the colour rules run again.
        const results = await (colourScheme === 'light' ? axe : axe.withRules(colourRules)).analyze();
        found[colourScheme] = results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(' ')) }));
      }
      await page.emulateMedia({ colorScheme: 'light' });
      expect.soft(found).toEqual({ light: [], dark: [] });
    });

    await test.step('every control is reachable by keyboard with visible focus', async () => {
      const stops = await checkKeyboardFocus(page);
      expect.soft(stops.length).toBeGreaterThan(1);
    });

    await test.step('works at 400% zoom without sideways scrolling', async () => {
      // 1280 CSS pixels at 400% zoom leave 320.
      await page.setViewportSize({ width: 320, height: 180 });
      await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((element) => element.getBoundingClientRect().right > width + 1 && element.checkVisibility())
          .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`);
        return { scrollWidth: document.documentElement.scrollWidth, width, wide: [...new Set(wide)].slice(0, 10) };
      });
      await page.screenshot({ path: test.info().outputPath('zoom-400.png'), fullPage: true });
      expect.soft(overflow.scrollWidth, `the page scrolls sideways; too wide: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.width);
    });
  });
}
