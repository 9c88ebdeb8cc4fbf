/**
 * Which groups of the team (senior leaders, teaching staff, …) can be set
 * side by side, and why the others are not. A group is shown apart only when
 * at least MIN_GROUP_SIZE of its people answered, and a section's median for
 * it only when that many rated the section: fewer, and a colleague could work
 * out one person's ratings. Groups are compared only when two or more can be
 * shown: one group beside the whole team would show the rest by difference.
 */
import { MIN_GROUP_SIZE } from './combine-responses';
import { formatScore } from './score-display';
import { countOf } from './team-spread';
import { groupTitle, type TeamView } from './team-ratings';

export interface GroupCount {
  groupId: string;
  title: string;
  /** People in the group who still count, whether or not they have answered. */
  asked: number;
  answered: number;
  isShown: boolean;
}

export interface GroupMedians extends GroupCount {
  /** In the order of the sections given: "2.5", "Not rated", or null where fewer than MIN_GROUP_SIZE of the group rated the section. */
  medians: Array<{ domainId: string; text: string | null }>;
}

export interface GroupComparison {
  /** Every group someone was asked in, in the groups' own order. */
  counts: GroupCount[];
  /** The groups set side by side; empty unless two or more can be shown. */
  compared: GroupMedians[];
  /** Groups with people in them that are not shown apart. */
  notShown: GroupCount[];
  /** Why some groups are not shown apart, or null when every group is. */
  notShownText: string | null;
  /** Why there is no comparison at all, or null when there is one. */
  noComparisonText: string | null;
}

export const SMALL_GROUP_TEXT = `Groups with fewer than ${MIN_GROUP_SIZE} people who answered are not shown apart, so that nobody’s ratings can be picked out. Their answers still count in the whole team’s.`;
export const SMALL_SECTION_TEXT = `“Not shown”: fewer than ${MIN_GROUP_SIZE} people in the group rated anything in that section.`;

function countGroups(team: TeamView): GroupCount[] {
  const ids = [...new Set([...team.groups.map((group) => group.id), ...team.respondents.map((person) => person.groupId)])];
  return ids.flatMap((groupId) => {
    const members = team.respondents.filter((person) => person.groupId === groupId);
    if (members.length === 0) return [];
    const view = team.combined.groups.find((group) => group.groupId === groupId);
    const answered = members.filter((person) => person.hasAnswered).length;
    return [{ groupId, title: groupTitle(team.groups, groupId), asked: members.length, answered, isShown: (view?.isShown ?? false) && answered >= MIN_GROUP_SIZE }];
  });
}

function whyNoComparison(counts: readonly GroupCount[]): string | null {
  const shown = counts.filter((group) => group.isShown);
  const answering = counts.filter((group) => group.answered > 0);
  if (shown.length >= 2) return null;
  if (answering.length <= 1) return 'Everyone who has answered so far is in one group, so there are no groups to compare.';
  if (shown.length === 0) return `No group has ${MIN_GROUP_SIZE} or more people who answered yet, so groups cannot be compared.`;
  return `Only ${shown[0]!.title} has ${MIN_GROUP_SIZE} or more people who answered. Its scores are not shown apart either: set beside the whole team’s, they would show what the others rated.`;
}

export function compareGroups(domains: readonly { id: string }[], team: TeamView): GroupComparison {
  const counts = countGroups(team);
  const noComparisonText = whyNoComparison(counts);
  const compared = noComparisonText
    ? []
    : counts
        .filter((group) => group.isShown)
        .map((group): GroupMedians => {
          const view = team.combined.groups.find((candidate) => candidate.groupId === group.groupId);
          return {
            ...group,
            medians: domains.map((domain) => {
              const band = view?.domains.find((spread) => spread.domainId === domain.id)?.band ?? null;
              // Nobody in the group rated the section: "Not rated", as for the whole team; too few: not shown.
              return { domainId: domain.id, text: !band ? formatScore(null) : band.respondents >= MIN_GROUP_SIZE ? formatScore(band.median) : null };
            }),
          };
        });
  const notShown = counts.filter((group) => !group.isShown);
  return { counts, compared, notShown, notShownText: notShown.length > 0 ? SMALL_GROUP_TEXT : null, noComparisonText };
}

/** "5 of the 7 people asked have rated so far", or "7 people rated" once everyone has. */
export function describeTakingPart(team: TeamView): string {
  const asked = team.respondents.length;
  const answered = team.respondents.filter((person) => person.hasAnswered).length;
  const waiting =
    team.hiddenRespondents > 0
      ? ` ${countOf(team.hiddenRespondents, 'more person', 'more people')} rated on this device; their ratings count once they are revealed.`
      : '';
  const main =
    answered === 0
      ? 'Nobody has rated yet.'
      : answered === asked
        ? `${countOf(answered, 'person', 'people')} rated.`
        : `${answered} of the ${countOf(asked, 'person', 'people')} asked ${answered === 1 ? 'has' : 'have'} rated so far.`;
  return main + waiting;
}
