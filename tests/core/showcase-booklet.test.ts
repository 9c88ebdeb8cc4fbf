import { describe, expect, it } from 'vitest';
import { UNNAMED_SCHOOL, buildShowcase } from '../../src/core/showcase-booklet';
import { attendance, makeImported } from '../fixtures/school-summaries';

const [leadership, registers] = attendance.domains.map((domain) => domain.id) as [string, string];

describe('buildShowcase', () => {
  it('gathers the ticked passages by toolkit and section, crediting each school as it agreed', () => {
    const booklet = buildShowcase([
      makeImported({ school: 'Oak Primary', workingWell: { [registers]: 'First-day calls.', [leadership]: 'Not ticked.' }, choices: { showcaseSectionIds: [registers] } }),
      makeImported({ school: 'Elm Academy', workingWell: { [registers]: 'Registers by 9:05.' }, choices: { showcaseSectionIds: [registers], credit: 'unnamed' } }),
      makeImported({ school: 'Ash Infants', workingWell: { [leadership]: '<script>alert(1)</script> Governors visit termly.' }, choices: { showcaseSectionIds: [leadership] } }),
      makeImported({ school: 'Birch', workingWell: { [leadership]: 'Never offered.' } }),
    ]);
    expect(booklet.toolkits).toEqual([
      {
        title: attendance.title,
        version: attendance.version,
        sections: [
          { title: attendance.domains[0]!.title, passages: [{ text: '<script>alert(1)</script> Governors visit termly.', credit: 'Ash Infants' }] },
          {
            title: attendance.domains[1]!.title,
            passages: [
              { text: 'First-day calls.', credit: 'Oak Primary' },
              { text: 'Registers by 9:05.', credit: UNNAMED_SCHOOL },
            ],
          },
        ],
      },
    ]);
    expect(booklet.intro).toMatch(/^3 passages from 3 schools/);
    expect(JSON.stringify(booklet)).not.toMatch(/Not ticked|Never offered|Elm Academy/);
  });

  it('uses each school’s latest round only', () => {
    const booklet = buildShowcase([
      makeImported({ auditId: 'old', date: '2026-01-01', workingWell: { [leadership]: 'Last year.' }, choices: { showcaseSectionIds: [leadership] } }),
      makeImported({ auditId: 'new', date: '2026-11-01', workingWell: { [leadership]: 'This year.' }, choices: { showcaseSectionIds: [leadership] } }),
    ]);
    expect(booklet.toolkits[0]!.sections[0]!.passages.map((passage) => passage.text)).toEqual(['This year.']);
  });

  it('says when there is nothing to show yet', () => {
    expect(buildShowcase([makeImported()])).toMatchObject({ toolkits: [], passages: 0, intro: expect.stringMatching(/^No school has offered a passage/) });
  });
});
