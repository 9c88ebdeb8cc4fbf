/**
 * The shapes of invitation and response files, checked with zod. Strict: a
 * field we do not know is an error, never silently dropped. The invitation's
 * toolkit is checked with the toolkit schema itself, so its problems read as
 * they do for a toolkit file, under `toolkit.`. Whether a response fits the
 * lead's audit is a separate check (team-response-check.ts): this one needs
 * nothing but the file.
 */
import { z } from 'zod';
import { NOT_APPLICABLE } from './audit';
import { REVIEW_SCOPES } from './review-scope';
import { INVITATION_FORMAT, INVITATION_SCHEMA_VERSION, RESPONSE_FORMAT, RESPONSE_SCHEMA_VERSION } from './team-files';
import { toolkitSchema } from './toolkit-schema';

const id = z.string().min(1, 'must not be empty').max(200, 'is longer than 200 characters');
const appVersion = z.string().regex(/^\d+\.\d+\.\d+/, 'must be a version like 1.0.0');
const createdAt = z.iso.datetime({ message: 'must be a date and time like 2026-11-25T10:00:00.000Z' });
const teamMode = z.enum(['anonymous', 'open']);
const respondent = z.strictObject({ id, name: z.string(), groupId: id });

export const invitationSchema = z
  .strictObject({
    format: z.literal(INVITATION_FORMAT),
    schemaVersion: z.literal(INVITATION_SCHEMA_VERSION),
    appVersion,
    createdAt,
    audit: z.strictObject({
      id,
      school: z.string(),
      title: z.string(),
      date: z.string(),
      toolkitId: id,
      toolkitVersion: id,
      scope: z.enum(REVIEW_SCOPES).optional(),
      mode: teamMode,
    }),
    toolkit: toolkitSchema,
    respondents: z.array(respondent).min(1, 'needs at least one person to invite'),
    groups: z.array(z.strictObject({ id, title: z.string() })),
  })
  .superRefine((invitation, ctx) => {
    // A copy opened with the wrong toolkit, or a respondent in no group, could not be rated or combined.
    const problem = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const { audit, toolkit } = invitation;
    if (toolkit.id !== audit.toolkitId) problem(['toolkit', 'id'], `is "${toolkit.id}", but the self-evaluation was made with the toolkit "${audit.toolkitId}"`);
    if (toolkit.version !== audit.toolkitVersion) {
      problem(['toolkit', 'version'], `is ${toolkit.version}, but the self-evaluation was made with version ${audit.toolkitVersion}`);
    }
    const groupIds = new Set<string>();
    invitation.groups.forEach((group, index) => {
      if (groupIds.has(group.id)) problem(['groups', index, 'id'], `duplicate group id "${group.id}"`);
      groupIds.add(group.id);
    });
    const respondentIds = new Set<string>();
    invitation.respondents.forEach((person, index) => {
      if (respondentIds.has(person.id)) problem(['respondents', index, 'id'], `duplicate respondent id "${person.id}"`);
      respondentIds.add(person.id);
      if (!groupIds.has(person.groupId)) problem(['respondents', index, 'groupId'], `"${person.groupId}" is not one of the file's groups`);
    });
  });

export const responseSchema = z.strictObject({
  format: z.literal(RESPONSE_FORMAT),
  schemaVersion: z.literal(RESPONSE_SCHEMA_VERSION),
  appVersion,
  createdAt,
  auditId: id,
  school: z.string(),
  title: z.string(),
  toolkitId: id,
  toolkitVersion: id,
  respondent,
  answers: z.array(
    z.strictObject({
      indicatorId: id,
      rating: z.union([z.number().int(), z.literal(NOT_APPLICABLE), z.null()], { error: 'must be a level number, "n/a" or null' }),
      note: z.string(),
    }),
  ),
});
