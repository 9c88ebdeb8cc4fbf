import { describe, expect, it } from 'vitest';
import { paths, routes, settingsAnchors } from '../../src/lib/paths';
import { routeFor } from '../fixtures/routes';

describe('paths', () => {
  const auditId = '6b1e2c1a-3f0e-4a53-9d55-0f6f1c0d2a7e';

  it.each([
    ['home', paths.home(), '/'],
    ['newAudit', paths.newAudit(), '/audits/new'],
    ['audit', paths.audit(auditId), `/audits/${auditId}`],
    ['domain', paths.domain(auditId, 'leadership'), `/audits/${auditId}/domains/leadership`],
    ['checkAnswers', paths.checkAnswers(auditId), `/audits/${auditId}/check`],
    ['rename', paths.rename(auditId), `/audits/${auditId}/rename`],
    ['delete', paths.delete(auditId), `/audits/${auditId}/delete`],
    ['nextReview', paths.nextReview(auditId), `/audits/${auditId}/next-review`],
    ['results', paths.results(auditId), `/audits/${auditId}/results`],
    ['meeting', paths.meeting(auditId), `/audits/${auditId}/meeting`],
    ['meetingAgree', paths.meetingAgree(auditId), `/audits/${auditId}/meeting/agree`],
    ['plan', paths.plan(auditId), `/audits/${auditId}/plan`],
    ['planSuggestions', paths.planSuggestions(auditId), `/audits/${auditId}/plan/suggestions`],
    ['printPlan', paths.printPlan(auditId), `/audits/${auditId}/plan/print`],
    ['governorsSummary', paths.governorsSummary(auditId), `/audits/${auditId}/plan/governors`],
    ['questionnaire', paths.questionnaire(auditId, 'families'), `/audits/${auditId}/questionnaires/families`],
    ['team', paths.team(auditId), `/audits/${auditId}/team`],
    ['respondent', paths.respondent(auditId, 'person-1'), `/audits/${auditId}/team/person-1`],
    ['respondentDomain', paths.respondentDomain(auditId, 'person-1', 'leadership'), `/audits/${auditId}/team/person-1/domains/leadership`],
    ['respondentFinish', paths.respondentFinish(auditId, 'person-1'), `/audits/${auditId}/team/person-1/finish`],
    ['settings', paths.settings(), '/settings'],
  ] as const)('%s is %s, and the router sends it to that route', (name, made, expected) => {
    expect(made).toBe(expected);
    expect(routeFor(made).name).toBe(name);
  });

  it('makes a link for every route but the catch-all', () => {
    expect(Object.keys(paths).sort()).toEqual(Object.keys(routes).filter((name) => name !== 'notFound').sort());
  });

  it('sends any other address to the page-not-found route', () => {
    expect(routeFor('/no-such-page').name).toBe('notFound');
    expect(routeFor(`/audits/${auditId}/no-such-page`).name).toBe('notFound');
  });

  it('carries the params the pages read, even with characters an address must escape', () => {
    const made = paths.domain('id with/slash', 'domain?#');
    expect(made).toBe('/audits/id%20with%2Fslash/domains/domain%3F%23');
    expect(routeFor(made).params).toMatchObject({ auditId: 'id with/slash', domainId: 'domain?#' });
  });

  it('adds the comparison and the slide to the address only when given', () => {
    expect(paths.results(auditId, { compare: 'earlier-id' })).toBe(`/audits/${auditId}/results?compare=earlier-id`);
    expect(paths.results(auditId, { compare: undefined })).toBe(`/audits/${auditId}/results`);
    expect(paths.meeting(auditId, { compare: 'a&b', slide: 0 })).toBe(`/audits/${auditId}/meeting?compare=a%26b&slide=0`);
    expect(new URL(paths.meeting(auditId, { compare: 'a&b' }), 'http://reflect.test').searchParams.get('compare')).toBe('a&b');
    expect(paths.meetingAgree(auditId, { statement: 'named-senior-champion' })).toBe(`/audits/${auditId}/meeting/agree?statement=named-senior-champion`);
  });

  it('adds an anchor on the page when given one', () => {
    expect(paths.domain(auditId, 'leadership', { hash: 'indicator-l1-level-1' })).toBe(`/audits/${auditId}/domains/leadership#indicator-l1-level-1`);
    expect(paths.settings({ hash: settingsAnchors.restore })).toBe('/settings#restore-from-backup');
  });
});
