import { describe, expect, it } from 'vitest';
import { buildInvitation, buildResponse, invitationFileName, responseFileName } from '../../src/core/team-files';
import { scopeToolkit } from '../../src/core/review-scope';
import { APP, NOW, attendance, makeAnswer, makeColleagueCopy, makeInvitation, makeLeadAudit, makeRespondent, priya, sam, statementIds } from '../fixtures/team-files';

describe('buildInvitation', () => {
  it('carries the audit, its whole toolkit, the person invited and their group', () => {
    expect(makeInvitation()).toEqual({
      format: 'reflect-invitation',
      schemaVersion: 1,
      appVersion: APP,
      createdAt: '2026-11-25T10:00:00.000Z',
      audit: { id: makeLeadAudit().id, school: 'Oak Primary', title: 'Attendance', date: '2026-11-25', toolkitId: 'attendance', toolkitVersion: '2.0.0', mode: 'anonymous' },
      toolkit: attendance,
      respondents: [{ id: 'r-sam', name: 'Sam Jones', groupId: 'teaching-staff' }],
      groups: [{ id: 'teaching-staff', title: 'Teaching staff' }],
    });
  });

  it('for everyone, carries each respondent and only the groups they are in', () => {
    const invitation = makeInvitation([sam, priya, makeRespondent('r-ali', 'Ali Khan', 'teaching-staff')]);
    expect(invitation.respondents.map((respondent) => respondent.id)).toEqual(['r-sam', 'r-priya', 'r-ali']);
    expect(invitation.groups.map((group) => group.id)).toEqual(['teaching-staff', 'support-staff']);
  });

  it('keeps a quick review’s scope and an open team’s mode, and still sends the unscoped toolkit', () => {
    const invitation = makeInvitation([sam], makeLeadAudit({ scope: 'quick', team: { mode: 'open', leadGroupId: 'senior-leaders' } }));
    expect(invitation.audit).toMatchObject({ scope: 'quick', mode: 'open' });
    expect(invitation.toolkit.domains.flatMap((domain) => domain.indicators)).toHaveLength(39);
  });

  it('is anonymous when the audit has no team settings saved', () => {
    expect(makeInvitation([sam], makeLeadAudit({ team: undefined })).audit.mode).toBe('anonymous');
  });

  it('is refused for a toolkit other than the audit’s, nobody to invite, or a group it is not given', () => {
    const build = (overrides: Partial<Parameters<typeof buildInvitation>[0]>) =>
      buildInvitation({ audit: makeLeadAudit(), toolkit: attendance, respondents: [sam], appVersion: APP, now: NOW, ...overrides });
    expect(() => build({ toolkit: { ...attendance, version: '9.0.0' } })).toThrow(/not the one audit/);
    expect(() => build({ respondents: [] })).toThrow(/at least one respondent/);
    expect(() => build({ toolkit: { ...attendance, respondentGroups: [{ id: 'pastoral', title: 'Pastoral staff' }] } })).toThrow(/No group is given for teaching-staff/);
  });

  it('names the groups as the toolkit does when it has its own', () => {
    const toolkit = { ...attendance, respondentGroups: [{ id: 'teaching-staff', title: 'Class teachers' }, { id: 'pastoral', title: 'Pastoral staff' }] };
    const invitation = buildInvitation({ audit: makeLeadAudit(), toolkit, respondents: [sam], appVersion: APP, now: NOW });
    expect(invitation.groups).toEqual([{ id: 'teaching-staff', title: 'Class teachers' }]);
  });
});

describe('buildResponse', () => {
  const copy = makeColleagueCopy(makeInvitation(), sam.id);
  const [first, second, third] = statementIds as [string, string, string];

  it('says whose answers they are and which self-evaluation they belong to', () => {
    const response = buildResponse({ audit: copy, toolkit: attendance, answers: [], appVersion: APP, now: NOW });
    expect(response).toEqual({
      format: 'reflect-response',
      schemaVersion: 1,
      appVersion: APP,
      createdAt: '2026-11-25T10:00:00.000Z',
      auditId: copy.id,
      school: 'Oak Primary',
      title: 'Attendance',
      toolkitId: 'attendance',
      toolkitVersion: '2.0.0',
      respondent: { id: 'r-sam', name: 'Sam Jones', groupId: 'teaching-staff' },
      answers: [],
    });
  });

  it('lists answers in toolkit order, leaving out statements with neither a rating nor a note', () => {
    const answers = [makeAnswer(sam.id, third, 'n/a'), makeAnswer(sam.id, second, null, '   '), makeAnswer(sam.id, first, null, 'Ask the office.'), makeAnswer(sam.id, 'not-in-toolkit', 2)];
    expect(buildResponse({ audit: copy, toolkit: attendance, answers, appVersion: APP, now: NOW }).answers).toEqual([
      { indicatorId: first, rating: null, note: 'Ask the office.' },
      { indicatorId: third, rating: 'n/a', note: '' },
    ]);
  });

  it('orders a quick review’s answers by the scoped toolkit', () => {
    const quick = scopeToolkit(attendance, 'quick');
    const core = quick.domains.flatMap((domain) => domain.indicators.map((indicator) => indicator.id));
    const answers = [...core].reverse().map((id) => makeAnswer(sam.id, id, 1));
    expect(buildResponse({ audit: copy, toolkit: quick, answers, appVersion: APP, now: NOW }).answers.map((answer) => answer.indicatorId)).toEqual(core);
  });

  it('is refused for the lead’s own audit, which has no invitation', () => {
    expect(() => buildResponse({ audit: makeLeadAudit(), toolkit: attendance, answers: [], appVersion: APP, now: NOW })).toThrow(/not a copy opened from an invitation/);
  });
});

describe('team file names', () => {
  it.each([
    [invitationFileName({ school: 'Oak Primary', title: 'Attendance' }, 'Sam Jones'), 'oak-primary-attendance-invitation-sam-jones.json'],
    [invitationFileName({ school: 'Oak Primary', title: 'Attendance' }, null), 'oak-primary-attendance-invitation-everyone.json'],
    [responseFileName({ school: 'Oak Primary', title: 'Attendance' }, 'Sam Jones'), 'oak-primary-attendance-response-sam-jones.json'],
    [responseFileName({ school: 'St Mary’s C/E', title: 'Spring: review' }, 'Mrs O’Neil (SENCo)'), 'st-mary’s-c-e-spring-review-response-mrs-o’neil-(senco).json'],
    [invitationFileName({ school: '', title: '' }, '???'), 'reflect-invitation-respondent.json'],
  ])('%s', (name, expected) => {
    expect(name).toBe(expected);
  });

  it('keeps long names to a length every system accepts', () => {
    expect(responseFileName({ school: 'a'.repeat(300), title: '' }, 'b'.repeat(300)).length).toBeLessThanOrEqual(160);
  });
});
