import { describe, expect, it } from 'vitest';
import { groupByInspectionArea } from '../../src/core/inspection-areas';
import { makeToolkit } from '../fixtures/toolkits';

describe('groupByInspectionArea', () => {
  const toolkit = makeToolkit();
  toolkit.inspectionAreas = [
    { id: 'leadership', title: 'Leadership and governance' },
    { id: 'attendance', title: 'Attendance and behaviour' },
    { id: 'curriculum', title: 'Curriculum and teaching' },
  ];
  toolkit.domains[0]!.inspectionAreaIds = ['attendance', 'leadership'];
  toolkit.domains[1]!.inspectionAreaIds = ['attendance'];

  it('lists, in the framework’s order, the sections informing each area, a section under every area it names', () => {
    expect(groupByInspectionArea(toolkit, ['first score', 'second score']).map(({ area, sections }) => [area.title, sections])).toEqual([
      ['Leadership and governance', ['first score']],
      ['Attendance and behaviour', ['first score', 'second score']],
    ]);
  });

  it('leaves out an area no section informs, and has nothing for a toolkit without areas', () => {
    expect(groupByInspectionArea(toolkit, [1, 2]).map(({ area }) => area.id)).not.toContain('curriculum');
    expect(groupByInspectionArea(makeToolkit(), [1, 2])).toEqual([]);
  });
});
