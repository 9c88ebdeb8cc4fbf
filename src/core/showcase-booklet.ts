/**
 * The showcase booklet: what is working well across the borough, in the
 * schools' own words. Only passages a school ticked when it shared its
 * summary, from each school's latest round of each toolkit, grouped by
 * toolkit and section, and credited as the school agreed: by name, or as
 * "a school in the borough". The printable page and the PDF are both drawn
 * from this one model.
 */
import { groupByToolkit, roundsBySchool, schoolKeyOf, type ImportedSummary } from './imported-summary';

export const UNNAMED_SCHOOL = 'A school in the borough';
export const SHOWCASE_TITLE = 'What is working well: a showcase';

export interface BookletPassage {
  text: string;
  /** The school's name, or UNNAMED_SCHOOL when it asked not to be named. */
  credit: string;
}

export interface BookletSection {
  title: string;
  passages: BookletPassage[];
}

export interface BookletToolkit {
  title: string;
  version: string;
  sections: BookletSection[];
}

export interface ShowcaseBooklet {
  title: string;
  /** "Passages from 4 schools, shared with their summaries." */
  intro: string;
  toolkits: BookletToolkit[];
  passages: number;
}

const byCredit = (a: BookletPassage, b: BookletPassage) => Number(a.credit === UNNAMED_SCHOOL) - Number(b.credit === UNNAMED_SCHOOL) || a.credit.localeCompare(b.credit);

export function buildShowcase(summaries: readonly ImportedSummary[]): ShowcaseBooklet {
  const schools = new Set<string>();
  const toolkits = [...groupByToolkit(summaries).values()].flatMap((group): BookletToolkit[] => {
    const latest = roundsBySchool(group).map((round) => round.latest);
    const order: string[] = [];
    const sections = new Map<string, BookletSection>();
    for (const summary of latest) {
      for (const section of summary.sections) if (!order.includes(section.id)) order.push(section.id);
      for (const passage of summary.showcase.passages) {
        const title = summary.sections.find((section) => section.id === passage.sectionId)?.title ?? '';
        const entry = sections.get(passage.sectionId) ?? { title, passages: [] };
        entry.passages.push({ text: passage.text, credit: summary.showcase.credit === 'named' ? summary.school.name : UNNAMED_SCHOOL });
        sections.set(passage.sectionId, entry);
        schools.add(schoolKeyOf(summary));
      }
    }
    if (sections.size === 0) return [];
    const { title, version } = latest[0]!.toolkit;
    const ordered = order.flatMap((id) => {
      const section = sections.get(id);
      return section ? [{ ...section, passages: section.passages.sort(byCredit) }] : [];
    });
    return [{ title, version, sections: ordered }];
  });
  toolkits.sort((a, b) => a.title.localeCompare(b.title) || b.version.localeCompare(a.version, undefined, { numeric: true }));
  const passages = toolkits.reduce((sum, toolkit) => sum + toolkit.sections.reduce((count, section) => count + section.passages.length, 0), 0);
  return {
    title: SHOWCASE_TITLE,
    intro:
      passages === 0
        ? 'No school has offered a passage for the showcase yet. Schools choose which of their “what is working well” passages to offer when they share their summary.'
        : `${passages} ${passages === 1 ? 'passage' : 'passages'} from ${schools.size} ${schools.size === 1 ? 'school' : 'schools'}, in their own words: what is working well, offered for this booklet when each school shared its summary.`,
    toolkits,
    passages,
  };
}
