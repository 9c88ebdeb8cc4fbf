/**
 * The shape of a school's summary file, checked with zod. Strict: a field we
 * do not know is an error, never silently dropped, so a file can carry
 * nothing its preview did not show. Beyond the shape, the figures must agree
 * with each other (a section's score with its ratings, a legal requirement's
 * state with its statement's rating), so that an edited file cannot put one
 * thing in the tables and another in the chart.
 */
import { z } from 'zod';
import { NOT_APPLICABLE } from './audit';
import { REVIEW_SCOPES } from './review-scope';
import { SHOWCASE_CREDITS, SUMMARY_FORMAT, SUMMARY_RATING_SOURCES, SUMMARY_SCHEMA_VERSION, URN_PATTERN, type SchoolSummary } from './school-summary';
import { roundScore } from './score-display';

const id = z.string().min(1, 'must not be empty').max(200, 'is longer than 200 characters');
const text = (max: number) => z.string().max(max, `is longer than ${max} characters`);
const named = (max: number) => text(max).refine((value) => value.trim() !== '', 'must not be empty');
const LEGAL_STATES = ['met', 'not-met', 'not-rated', 'not-applicable'] as const;

const statement = z.strictObject({
  id,
  statement: named(2000),
  rating: z.union([z.number().int(), z.literal(NOT_APPLICABLE), z.null()], { error: 'must be a level number, "n/a" or null' }),
  source: z.enum(SUMMARY_RATING_SOURCES),
});

const section = z.strictObject({
  id,
  title: named(300),
  shortTitle: named(100),
  score: z.number().nullable(),
  rated: z.number().int().min(0),
  total: z.number().int().min(1),
  statements: z.array(statement).min(1, 'needs at least one statement'),
});

const shape = z.strictObject({
  format: z.literal(SUMMARY_FORMAT),
  schemaVersion: z.literal(SUMMARY_SCHEMA_VERSION),
  appVersion: z.string().regex(/^\d+\.\d+\.\d+/, 'must be a version like 1.0.0'),
  createdAt: z.iso.datetime({ message: 'must be a date and time like 2026-11-25T10:00:00.000Z' }),
  about: text(1000),
  school: z.strictObject({ name: named(200), urn: z.string().regex(URN_PATTERN, 'must be a URN of six or seven digits').nullable() }),
  selfEvaluation: z.strictObject({
    id,
    date: z.iso.date({ message: 'must be a date like 2026-11-25' }),
    scope: z.enum(REVIEW_SCOPES),
    ratedBy: z.enum(['one-person', 'team']),
  }),
  toolkit: z.strictObject({
    id,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
    title: named(300),
    levels: z
      .array(z.strictObject({ value: z.number().int().min(0).max(10), label: named(100) }))
      .min(2, 'needs at least 2 levels')
      .max(7, 'has more than 7 levels'),
  }),
  sections: z.array(section).min(1, 'needs at least one section').max(50, 'has more than 50 sections'),
  legalRequirements: z.array(z.strictObject({ statementId: id, duty: named(2000), source: named(1000), state: z.enum(LEGAL_STATES) })),
  showcase: z.strictObject({
    credit: z.enum(SHOWCASE_CREDITS),
    passages: z.array(z.strictObject({ sectionId: id, text: named(10_000) })),
  }),
});

type Problem = (path: PropertyKey[], message: string) => void;

function checkSections(summary: z.infer<typeof shape>, problem: Problem): Map<string, z.infer<typeof statement>> {
  const levels = new Set(summary.toolkit.levels.map((level) => level.value));
  const team = summary.selfEvaluation.ratedBy === 'team';
  const sectionIds = new Set<string>();
  const statements = new Map<string, z.infer<typeof statement>>();
  summary.sections.forEach((item, s) => {
    if (sectionIds.has(item.id)) problem(['sections', s, 'id'], `duplicate section id "${item.id}"`);
    sectionIds.add(item.id);
    const given: number[] = [];
    item.statements.forEach((one, i) => {
      const at = ['sections', s, 'statements', i];
      if (statements.has(one.id)) problem([...at, 'id'], `duplicate statement id "${one.id}"`);
      statements.set(one.id, one);
      if (typeof one.rating === 'number') {
        if (!levels.has(one.rating)) problem([...at, 'rating'], `level ${one.rating} is not on the scale`);
        given.push(one.rating);
      }
      const allowed = one.rating === null ? ['none'] : team ? ['agreed', 'median'] : ['own'];
      if (!allowed.includes(one.source)) problem([...at, 'source'], `"${one.source}" does not fit a ${one.rating === null ? 'statement not rated' : team ? 'team’s rating' : 'one person’s rating'}`);
    });
    if (item.total !== item.statements.length) problem(['sections', s, 'total'], `is ${item.total}, but the section lists ${item.statements.length} statements`);
    if (item.rated !== given.length) problem(['sections', s, 'rated'], `is ${item.rated}, but ${given.length} of its statements have a level`);
    const expected = given.length === 0 ? null : roundScore(given.reduce((sum, value) => sum + value, 0) / given.length);
    if (item.score !== expected) problem(['sections', s, 'score'], `is ${item.score ?? 'null'}, but its ratings give ${expected ?? 'no score'}`);
  });
  return statements;
}

export const summarySchema: z.ZodType<SchoolSummary> = shape.superRefine((summary, ctx) => {
  const problem: Problem = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  const values = summary.toolkit.levels.map((level) => level.value);
  values.forEach((value, index) => {
    if (values.indexOf(value) !== index) problem(['toolkit', 'levels', index, 'value'], `duplicate level ${value}`);
  });
  const statements = checkSections(summary, problem);
  const dutyIds = new Set<string>();
  summary.legalRequirements.forEach((requirement, index) => {
    const at = ['legalRequirements', index];
    if (dutyIds.has(requirement.statementId)) problem([...at, 'statementId'], `"${requirement.statementId}" is listed twice`);
    dutyIds.add(requirement.statementId);
    const rated = statements.get(requirement.statementId);
    if (!rated) return problem([...at, 'statementId'], `"${requirement.statementId}" is not one of the summary's statements`);
    const expected = rated.rating === null ? ['not-rated'] : rated.rating === NOT_APPLICABLE ? ['not-applicable'] : ['met', 'not-met'];
    if (!expected.includes(requirement.state)) problem([...at, 'state'], `"${requirement.state}" does not fit the statement's rating`);
  });
  const sectionIds = new Set(summary.sections.map((item) => item.id));
  const passageIds = new Set<string>();
  summary.showcase.passages.forEach((passage, index) => {
    const at = ['showcase', 'passages', index, 'sectionId'];
    if (!sectionIds.has(passage.sectionId)) problem(at, `"${passage.sectionId}" is not one of the summary's sections`);
    if (passageIds.has(passage.sectionId)) problem(at, `section "${passage.sectionId}" has two passages`);
    passageIds.add(passage.sectionId);
  });
});
