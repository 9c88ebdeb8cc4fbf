import { describe, expect, it } from 'vitest';
import { checkInvitationOpen } from '../../src/core/team-invitation-check';
import { AUDIT_ID, makeColleagueCopy, makeInvitation, makeLeadAudit, priya, sam } from '../fixtures/team-files';

describe('checkInvitationOpen', () => {
  const forSam = makeInvitation([sam]);
  const forEveryone = makeInvitation([sam, priya]);

  it('opens an invitation for a self-evaluation this device does not hold', () => {
    expect(checkInvitationOpen(forSam, undefined)).toEqual({ ok: true });
  });

  it.each([
    ['the lead’s own self-evaluation', forSam, makeLeadAudit(), 'lead-copy', /^This device holds the self-evaluation this invitation is for: the lead’s own copy\. Open the invitation on your own laptop\.$/],
    ['the same person’s copy', forSam, makeColleagueCopy(forSam, sam.id), 'already-open', /^You have already opened this invitation, as Sam Jones: your answers are in “Attendance” on this device\.$/],
    ['a copy for someone on an invitation to everyone', forEveryone, makeColleagueCopy(forEveryone, priya.id), 'already-open', /as Priya Shah/],
    ['another person’s copy', forSam, makeColleagueCopy(forEveryone, priya.id), 'other-respondent', /already holds Priya Shah’s copy of this self-evaluation, and can hold only one person’s\. Open the invitation on your own laptop/],
  ] as const)('refuses when this device holds %s, giving its id', (_label, invitation, existing, reason, message) => {
    const result = checkInvitationOpen(invitation, existing);
    expect(result).toMatchObject({ ok: false, reason, auditId: AUDIT_ID, isDeleted: false });
    expect(!result.ok && result.message).toMatch(message);
  });

  it('says where a deleted copy is, so it is restored rather than opened again', () => {
    const result = checkInvitationOpen(forSam, makeColleagueCopy(forSam, sam.id, { deletedAt: 5_000 }));
    expect(result).toMatchObject({ ok: false, reason: 'already-open', isDeleted: true, message: expect.stringContaining('It is in Recently deleted, in Settings, where it can be restored.') });
  });
});
