/**
 * The development plan's account of how a team rated: who rated (by group,
 * a group too small to stay anonymous counted only in the total), each
 * section's spread of scores, and for each statement how many chose each
 * level and which level stands (agreed, with its reason, or the median,
 * labelled as not yet agreed). Every sentence is said here, once, so that
 * the PDF and the printable page say the same. In anonymous mode no name
 * reaches the plan; in open mode the names of those who rated are listed,
 * but no statement ever says who gave which rating.
 */
import { NOT_APPLICABLE } from './audit';
import { DISAGREEMENT_GAP, MIN_GROUP_SIZE, type IndicatorSpread, type RatingSource, type ScoreBand } from './combine-responses';
import { NOT_ANSWERED, ratingLabel } from './rating-label';
import { formatScore } from './score-display';
import { LEAD_RESPONDENT_ID, groupTitle, type TeamView } from './team-ratings';
import type { Questionnaire, Toolkit } from './toolkit-schema';

export const TEAM_TITLE = 'How the team rated';
/** Beside a statement whose ratings are far apart. */
export const DISAGREEMENT_LABEL = 'Views differ';

/**
 * What one voice questionnaire (families, pupils or staff at the kiosk) said,
 * section by section: the slot the voice summary fills. Its sentences are
 * the summary's own; the plan adds the headings and keeps back whatever too
 * few people answered.
 */
export interface VoiceSource {
  questionnaireTitle: string;
  audience: Questionnaire['audience'];
  /** Answer sets collected for this questionnaire. */
  respondents: number;
  sections: VoiceSectionSource[];
}

export interface VoiceSectionSource {
  domainId: string;
  /** People who answered at least one statement that informs this section. */
  respondents: number;
  /** What they said, in one sentence: "8 of 10 agree or strongly agree". */
  summary: string;
  /** How this differs from the staff's view, in one sentence; empty when it does not. */
  difference: string;
}

export interface PlanVoiceSection {
  title: string;
  summary: string;
  difference: string;
}

export interface PlanVoice {
  /** "What families said". */
  heading: string;
  /** Who answered and how, or why nothing is shown. */
  intro: string;
  /** False when fewer than MIN_GROUP_SIZE answered: `sections` is then empty. */
  isShown: boolean;
  sections: PlanVoiceSection[];
}

export interface PlanTeamGroup {
  title: string;
  respondents: number;
}

export interface PlanTeamSection {
  domainId: string;
  title: string;
  /** People who rated at least one statement of the section. */
  respondents: number;
  /** The team's median section score, "2.6", or "Not rated". */
  median: string;
  /** "2.2 to 3.0", or empty when nobody rated the section. */
  middleHalf: string;
  /** Lowest to highest, "1.8 to 3.4", or empty. */
  range: string;
  /** For the radar's band; null when nobody rated the section. */
  band: Pick<ScoreBand, 'lowest' | 'highest' | 'lowerQuartile' | 'upperQuartile'> | null;
}

/** One statement as the team rated it. */
export interface PlanTeamStatement {
  /** "3 Emerging, 2 Developing, 1 Embedded; 1 not applicable". */
  distribution: string;
  source: RatingSource;
  /** "Agreed: Developing", "Median: Emerging (not yet agreed)" or "Not answered". */
  head: string;
  /** The agreed level's reason; empty otherwise. */
  reason: string;
  /** The head and the reason in one sentence: "Agreed: Developing — Routines are in place." */
  level: string;
  isDisagreement: boolean;
}

export interface PlanTeam {
  title: string;
  /** How many rated, and how the level for each statement is chosen. */
  intro: string;
  respondents: number;
  groupsCaption: string;
  groupColumns: [string, string];
  /** Groups large enough to be shown apart, in the order groups are offered; the rest count only in the total. */
  groups: PlanTeamGroup[];
  totalLabel: string;
  /** Why some people are in the total and in no group's row; empty when every group is shown. */
  groupsNote: string;
  /** Open mode: "Who rated: …". Empty in anonymous mode. */
  names: string;
  /** Who was asked and has not rated, or rated on this device and is not counted yet; empty when nobody. */
  waiting: string;
  sectionsCaption: string;
  sectionsIntro: string;
  sectionColumns: [string, string, string, string, string];
  sections: PlanTeamSection[];
  /** The radar's key. */
  key: { range: string; middle: string; score: string };
  /** The findings' explanation of each statement's team rating. */
  statementsIntro: string;
  ratingColumn: string;
  disagreementLabel: string;
  voiceColumns: [string, string, string];
  voice: PlanVoice[];
}

const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;

/** "A, B and C". */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const levelsGiven = (spread: IndicatorSpread) => Object.values(spread.counts).reduce((sum, count) => sum + count, 0);

function distributionOf(toolkit: Toolkit, spread: IndicatorSpread, notStarted: number): string {
  if (levelsGiven(spread) === 0 && spread.notApplicable === 0) return 'Nobody has rated it yet';
  const levels = [...toolkit.scale.levels].sort((a, b) => a.value - b.value);
  const given = levels.filter((level) => (spread.counts[level.value] ?? 0) > 0).map((level) => `${spread.counts[level.value]} ${level.label}`);
  // People who have not rated anything yet are said once, in the section's intro, not on every statement.
  const notRated = spread.notRated - notStarted;
  const besides = [...(spread.notApplicable > 0 ? [`${spread.notApplicable} not applicable`] : []), ...(notRated > 0 ? [`${notRated} not rated`] : [])];
  return [given.join(', '), besides.join(', ')].filter(Boolean).join('; ');
}

function statementOf(toolkit: Toolkit, spread: IndicatorSpread, notStarted: number): PlanTeamStatement {
  const label = ratingLabel(toolkit.scale.levels, spread.rating);
  const reason = spread.source === 'agreed' ? spread.reason.trim() : '';
  const head =
    spread.source === 'agreed'
      ? `Agreed: ${label}`
      : spread.source === 'none'
        ? NOT_ANSWERED
        : spread.rating === NOT_APPLICABLE
          ? 'Not applicable, as everyone who rated said (not yet agreed)'
          : `Median: ${label} (not yet agreed)`;
  return {
    distribution: distributionOf(toolkit, spread, notStarted),
    source: spread.source,
    head,
    reason,
    level: reason ? `${head} — ${reason}` : head,
    isDisagreement: spread.isDisagreement,
  };
}

function voiceOf(toolkit: Toolkit, source: VoiceSource): PlanVoice {
  const who = source.audience;
  const heading = `What ${who} said`;
  if (source.respondents < MIN_GROUP_SIZE) {
    return {
      heading,
      intro: `Fewer than ${MIN_GROUP_SIZE} ${who} have answered “${source.questionnaireTitle}”, so their answers are not shown: with so few, one person’s answers could be picked out.`,
      isShown: false,
      sections: [],
    };
  }
  return {
    heading,
    intro: `${source.respondents} ${who} answered “${source.questionnaireTitle}”, without giving their names. Where they see a section differently from staff, it says how.`,
    isShown: true,
    sections: toolkit.domains.flatMap((domain) => {
      const section = source.sections.find((candidate) => candidate.domainId === domain.id);
      if (!section) return [];
      return section.respondents < MIN_GROUP_SIZE
        ? [{ title: domain.title, summary: `Fewer than ${MIN_GROUP_SIZE} answered about this section, so it is not shown.`, difference: '' }]
        : [{ title: domain.title, summary: section.summary.trim(), difference: section.difference.trim() }];
    }),
  };
}

export interface PlanTeamParts {
  team: PlanTeam;
  /** Each statement as the team rated it, by indicator id. */
  statements: ReadonlyMap<string, PlanTeamStatement>;
  /** Each statement's evidence notes from the team, one a line, with the writer's name only in open mode. */
  evidence: ReadonlyMap<string, string>;
}

export function buildPlanTeam(toolkit: Toolkit, view: TeamView, voice: readonly VoiceSource[] = []): PlanTeamParts {
  const rated = view.respondents.filter((respondent) => respondent.hasAnswered);
  const notStarted = view.respondents.length - rated.length;
  const total = rated.length;

  // Counted by who has rated, not who was asked: three asked and one answer would show that one person's ratings.
  const groupIds = [...new Set([...view.groups.map((group) => group.id), ...rated.map((respondent) => respondent.groupId)])];
  const counts = groupIds.map((groupId) => ({ groupId, respondents: rated.filter((respondent) => respondent.groupId === groupId).length })).filter((group) => group.respondents > 0);
  const shown = counts.filter((group) => group.respondents >= MIN_GROUP_SIZE);
  const hidden = counts.length - shown.length;

  const spreads = view.combined.indicators;
  const agreed = spreads.filter((spread) => spread.source === 'agreed').length;
  const waiting = [
    ...(notStarted > 0 ? [`${people(notStarted)} asked ${notStarted === 1 ? 'has' : 'have'} not rated yet.`] : []),
    ...(view.hiddenRespondents > 0
      ? [`${people(view.hiddenRespondents)} who rated on the lead’s device ${view.hiddenRespondents === 1 ? 'is' : 'are'} not counted until their ratings are shown to the team.`]
      : []),
  ].join(' ');

  // The lead's "name" is the audit's list of who took part: in the plan the lead is "The lead" (and comes first).
  const leadName = view.respondents.find((respondent) => respondent.id === LEAD_RESPONDENT_ID)?.name;
  const nameOf = (name: string | null) => (name === leadName ? 'The lead' : name?.trim() || 'Someone not named');
  const names = rated.map((respondent) => (respondent.id === LEAD_RESPONDENT_ID ? 'The lead' : respondent.name.trim() || 'Someone not named'));
  const team: PlanTeam = {
    title: TEAM_TITLE,
    intro:
      total === 0
        ? 'Nobody has rated the statements yet.'
        : `${people(total)} rated the statements, each on their own. ${agreed} of ${spreads.length} statements have an agreed level, with the team’s reason; until a statement is agreed, the median of the team’s ratings stands in, labelled “not yet agreed” (when the median falls between two levels, the lower one).`,
    respondents: total,
    groupsCaption: 'Who rated, by group',
    groupColumns: ['Group', 'People who rated'],
    groups: shown.map((group) => ({ title: groupTitle(view.groups, group.groupId), respondents: group.respondents })),
    totalLabel: 'Everyone who rated',
    groupsNote:
      hidden === 0
        ? ''
        : `${hidden === 1 ? 'One group has' : `${hidden} groups have`} fewer than ${MIN_GROUP_SIZE} people who rated: they are counted in the total but not shown apart, so that nobody’s ratings can be picked out.`,
    names: view.mode === 'open' && names.length > 0 ? `Who rated: ${listOf(names)}.` : '',
    waiting,
    sectionsCaption: 'Each section’s scores across the team',
    sectionsIntro:
      'Each person’s score for a section is the mean of their own ratings in it. The table gives the median of those scores, the middle half of them and the lowest to highest; the radar in the summary shows the same band.',
    sectionColumns: ['Section', 'Median', 'Middle half', 'Lowest to highest', 'People'],
    sections: toolkit.domains.map((domain) => {
      const band = view.combined.domains.find((candidate) => candidate.domainId === domain.id)?.band ?? null;
      return {
        domainId: domain.id,
        title: domain.title,
        respondents: band?.respondents ?? 0,
        median: formatScore(band?.median ?? null),
        middleHalf: band ? `${formatScore(band.lowerQuartile)} to ${formatScore(band.upperQuartile)}` : '',
        range: band ? `${formatScore(band.lowest)} to ${formatScore(band.highest)}` : '',
        band: band && { lowest: band.lowest, highest: band.highest, lowerQuartile: band.lowerQuartile, upperQuartile: band.upperQuartile },
      };
    }),
    key: {
      range: 'Lowest to highest of the team’s scores',
      middle: 'Middle half of the team’s scores',
      score: 'The team’s score: agreed levels, or the median until agreed',
    },
    statementsIntro: `Beside each statement: how many people chose each level, then the level that stands — agreed, with the team’s reason, or the median, labelled “not yet agreed”. “${DISAGREEMENT_LABEL}” marks ratings ${DISAGREEMENT_GAP} or more levels apart.`,
    ratingColumn: 'The team’s rating',
    disagreementLabel: DISAGREEMENT_LABEL,
    voiceColumns: ['Section', 'What they said', 'Compared with staff'],
    voice: voice.map((source) => voiceOf(toolkit, source)),
  };

  const evidence = new Map(
    Object.entries(view.notes).map(([indicatorId, notes]) => [
      indicatorId,
      // The mode is checked here as well as in auditRatings: an anonymous plan never names anyone, whatever it is given.
      notes.map((note) => (view.mode === 'open' && note.name !== null ? `${nameOf(note.name)}: ${note.note.trim()}` : note.note.trim())).join('\n'),
    ]),
  );
  return { team, statements: new Map(spreads.map((spread) => [spread.indicatorId, statementOf(toolkit, spread, notStarted)])), evidence };
}
