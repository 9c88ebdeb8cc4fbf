/**
 * Whether an invitation can be opened on this device. The colleague's copy
 * takes the lead's audit id, so that their response can be matched to it;
 * a device that already holds an audit of that id must not open another
 * copy over it, least of all over the lead's own self-evaluation.
 */
import type { Audit } from './audit';
import type { Invitation } from './team-files';

export type InvitationOpenRefusal = 'lead-copy' | 'already-open' | 'other-respondent';

export type InvitationOpenCheck =
  | { ok: true }
  | {
      ok: false;
      reason: InvitationOpenRefusal;
      message: string;
      /** The audit already here, so the page can link to it. */
      auditId: string;
      /** Whether that audit is in "Recently deleted", to be restored rather than opened. */
      isDeleted: boolean;
    };

/** `existing`: the audit this device holds with the invitation's audit id, if any (deleted ones included). */
export function checkInvitationOpen(invitation: Invitation, existing: Audit | undefined): InvitationOpenCheck {
  if (!existing) return { ok: true };
  const refusal = (reason: InvitationOpenRefusal, message: string): InvitationOpenCheck => ({
    ok: false,
    reason,
    message,
    auditId: existing.id,
    isDeleted: existing.deletedAt !== null,
  });
  const deleted = existing.deletedAt !== null ? ' It is in Recently deleted, in Settings, where it can be restored.' : '';
  const { invitation: copy } = existing;
  if (!copy) {
    return refusal(
      'lead-copy',
      `This device holds the self-evaluation this invitation is for: the lead’s own copy.${deleted} Open the invitation on your own laptop.`,
    );
  }
  if (invitation.respondents.some((respondent) => respondent.id === copy.respondentId)) {
    return refusal('already-open', `You have already opened this invitation, as ${copy.respondentName}: your answers are in “${existing.title || 'Untitled'}” on this device.${deleted}`);
  }
  return refusal(
    'other-respondent',
    `This device already holds ${copy.respondentName}’s copy of this self-evaluation, and can hold only one person’s.${deleted} Open the invitation on your own laptop.`,
  );
}
