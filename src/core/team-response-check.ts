/**
 * Whether a parsed response file belongs in the lead's self-evaluation, and
 * if so the respondent's answers as they will be stored. A response is one
 * person's whole answer set: importing it replaces what was stored for them,
 * and importing the same file again changes nothing. A refusal names the
 * problem so the lead can tell the colleague what to send instead; other
 * files of the same import are unaffected.
 */
import { NOT_APPLICABLE, type Audit } from './audit';
import { formatDate, todayIsoDate } from './format-date';
import { formatPath, type ValidationProblem } from './parse-toolkit';
import type { Respondent, TeamAnswer } from './team';
import { hasRatingOrNote, type ResponseFile } from './team-files';
import type { Toolkit } from './toolkit-schema';

export interface ResponseContext {
  /** The lead's audit the file is imported into. */
  audit: Audit;
  /** The toolkit as the audit sees it (scoped), so a quick review's statements are the ones checked. */
  toolkit: Toolkit;
  /** The audit's respondents, removed ones included. */
  respondents: readonly Respondent[];
  /** What is stored for the file's respondent; empty when they have not been imported before. */
  stored: readonly TeamAnswer[];
}

/** 'unchanged': the file holds what is stored already, so there is nothing to write. */
export type ResponseChange = 'new' | 'replaced' | 'unchanged';

export type ResponseCheck =
  | { ok: true; respondent: Respondent; rows: TeamAnswer[]; change: ResponseChange }
  | { ok: false; message: string; problems: ValidationProblem[] };

const refuse = (message: string, problems: ValidationProblem[] = []): ResponseCheck => ({ ok: false, message, problems });

const describeScale = (toolkit: Toolkit) => {
  const values = toolkit.scale.levels.map((level) => level.value);
  return `${Math.min(...values)} to ${Math.max(...values)}`;
};

/** Every answer fits the toolkit, and no statement is answered twice. */
function checkAnswers(response: ResponseFile, toolkit: Toolkit): ValidationProblem[] {
  const indicatorIds = new Set(toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => indicator.id)));
  const levels = new Set(toolkit.scale.levels.map((level) => level.value));
  const firstAt = new Map<string, number>();
  const problems: ValidationProblem[] = [];
  response.answers.forEach(({ indicatorId, rating }, index) => {
    const at = (field: string) => formatPath(['answers', index, field]);
    const earlier = firstAt.get(indicatorId);
    if (earlier !== undefined) {
      problems.push({ path: at('indicatorId'), message: `"${indicatorId}" is answered twice (first at ${formatPath(['answers', earlier])})` });
      return;
    }
    firstAt.set(indicatorId, index);
    if (!indicatorIds.has(indicatorId)) {
      problems.push({ path: at('indicatorId'), message: `"${indicatorId}" is not a statement of this self-evaluation's toolkit (${toolkit.title} ${toolkit.version})` });
    } else if (rating === NOT_APPLICABLE && !toolkit.scale.allowNotApplicable) {
      problems.push({ path: at('rating'), message: `"${NOT_APPLICABLE}" is not allowed: this toolkit has no "not applicable" option` });
    } else if (typeof rating === 'number' && !levels.has(rating)) {
      problems.push({ path: at('rating'), message: `${rating} is not a level: this toolkit rates from ${describeScale(toolkit)}` });
    }
  });
  return problems;
}

/** Whether two answer sets say the same, whatever their order or times. */
function sameAnswers(a: readonly TeamAnswer[], b: readonly TeamAnswer[]): boolean {
  const byIndicator = (rows: readonly TeamAnswer[]) => new Map(rows.map((row) => [row.indicatorId, row]));
  const first = byIndicator(a);
  const second = byIndicator(b);
  if (first.size !== a.length || first.size !== second.size) return false;
  return [...first].every(([indicatorId, row]) => {
    const other = second.get(indicatorId);
    return other !== undefined && other.rating === row.rating && other.note === row.note;
  });
}

function inToolkitOrder(rows: readonly TeamAnswer[], toolkit: Toolkit): TeamAnswer[] {
  const position = new Map(toolkit.domains.flatMap((domain) => domain.indicators).map((indicator, index) => [indicator.id, index]));
  return [...rows].sort((a, b) => (position.get(a.indicatorId) ?? Infinity) - (position.get(b.indicatorId) ?? Infinity));
}

/** `now` stamps the rows of a new or replaced answer set. */
export function checkResponse(response: ResponseFile, { audit, toolkit, respondents, stored }: ResponseContext, now: number): ResponseCheck {
  const person = response.respondent.name || 'this colleague';
  if (audit.invitation) {
    return refuse('This self-evaluation is your own copy, opened from an invitation: responses are imported by the lead, into the self-evaluation they started.');
  }
  if (response.auditId !== audit.id) {
    return refuse(
      `This response is for another self-evaluation: “${response.title || 'Untitled'}” at ${response.school || 'a school not named'}. Open that self-evaluation and import it there.`,
    );
  }
  if (response.toolkitId !== audit.toolkitId || response.toolkitVersion !== audit.toolkitVersion) {
    return refuse(
      `${person}’s response was given on the toolkit ${response.toolkitId} ${response.toolkitVersion}, but this self-evaluation now uses ${audit.toolkitId} ${audit.toolkitVersion}. Send ${person} a new invitation and import the response they send back.`,
    );
  }
  const respondent = respondents.find((candidate) => candidate.id === response.respondent.id && candidate.auditId === audit.id);
  if (!respondent) {
    return refuse(`${person} is not on this self-evaluation’s list of people taking part, so their response cannot be counted. Check it is the response to your invitation, or invite them first.`);
  }
  if (respondent.removedAt !== null) {
    const removedOn = formatDate(todayIsoDate(new Date(respondent.removedAt)));
    return refuse(`${respondent.name} was removed from this self-evaluation on ${removedOn}. Put them back on the Team page to count their answers.`);
  }
  const problems = checkAnswers(response, toolkit);
  if (problems.length > 0) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    return refuse(`${respondent.name}’s response has ${count}, so none of it was imported. Ask them to check their answers and send it again.`, problems);
  }
  const rows = inToolkitOrder(
    response.answers.filter(hasRatingOrNote).map(({ indicatorId, rating, note }) => ({ auditId: audit.id, respondentId: respondent.id, indicatorId, rating, note, updatedAt: now })),
    toolkit,
  );
  if (rows.length === 0) {
    return refuse(`${respondent.name}’s response has no answers in it yet. Ask them to rate the statements and send their response again.`);
  }
  const kept = inToolkitOrder(stored.filter(hasRatingOrNote), toolkit);
  // The same file imported twice keeps the rows (and their times) it gave the first time.
  if (sameAnswers(rows, kept)) return { ok: true, respondent, rows: kept, change: 'unchanged' };
  return { ok: true, respondent, rows, change: kept.length === 0 ? 'new' : 'replaced' };
}
