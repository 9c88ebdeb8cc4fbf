/**
 * The shape of a toolkit file. The zod schema is the single source of truth:
 * it gives the TypeScript types, checks files at build and run time, and is
 * exported as JSON Schema for toolkit authors' editors.
 */
import { z } from 'zod';

export const TOOLKIT_SCHEMA_VERSION = 1;

/** Radar axis labels longer than this wrap badly or overlap at 1280×720. */
export const SHORT_TITLE_MAX = 24;

const text = z.string().trim().min(1, 'must not be empty');
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

export const scaleLevelSchema = z.strictObject({
  value: z.number().int().min(0).max(10),
  label: text,
});

export const scaleSchema = z.strictObject({
  levels: z.array(scaleLevelSchema).min(2, 'needs at least 2 levels').max(7, 'has more than 7 levels'),
  allowNotApplicable: z.boolean(),
});

export const suggestedActionSchema = z.strictObject({
  action: text,
  successMeasure: text,
  /**
   * The rating this action is the next step from (1 for a statement rated
   * "Not yet in place"). Optional: an action without one is offered for any
   * rating below the top level, and shown without saying which it suits.
   */
  whenRated: z
    .number()
    .int()
    .optional()
    .describe('The level on the scale this action is the next step from, e.g. 1 for statements rated 1. Leave out if it suits any rating below the top.'),
});

/** A duty in law (an Act, regulations, or "must" in statutory guidance), reported apart from the scores so it is never averaged away. */
export const legalDutySchema = z.strictObject({
  duty: text.describe('What the law requires, in one plain sentence.'),
  source: text.describe('The Act, regulation or statutory guidance and its section or paragraph.'),
  metFromLevel: z.number().int().describe('The rating from which the duty counts as met, usually the level that says it is done reliably.'),
});

export const indicatorSchema = z.strictObject({
  id,
  statement: text,
  descriptors: z.record(z.string().regex(/^\d+$/, 'keys must be level values'), text),
  evidencePrompts: z.array(text).min(1, 'needs at least one evidence prompt'),
  suggestedActions: z.array(suggestedActionSchema).min(1, 'needs at least one suggested action'),
  reference: text,
  core: z.boolean().optional().describe('In the quick review, which rates core statements only.'),
  legalDuty: legalDutySchema.optional(),
  replaces: z
    .array(id)
    .optional()
    .describe("Ids of an earlier edition's statements whose answers this one takes when the next self-evaluation starts from an audit made with that edition."),
});

export const domainSchema = z.strictObject({
  id,
  title: text,
  shortTitle: text.max(SHORT_TITLE_MAX, `must be at most ${SHORT_TITLE_MAX} characters to fit the chart`),
  description: text,
  indicators: z.array(indicatorSchema).min(1, 'needs at least one indicator'),
  inspectionAreaIds: z.array(id).optional().describe("Ids from the toolkit's inspectionAreas that this domain gives evidence for."),
});

export const inspectionAreaSchema = z.strictObject({ id, title: text });

export const glossaryEntrySchema = z.strictObject({
  term: text,
  definition: text,
  also: z.array(text).optional().describe('Other forms of the term used in the text, such as an abbreviation or a plural.'),
});

export const QUESTIONNAIRE_AUDIENCES = ['families', 'pupils', 'staff'] as const;

export const questionnaireSchema = z.strictObject({
  id,
  title: text,
  audience: z.enum(QUESTIONNAIRE_AUDIENCES),
  introduction: text,
  statements: z
    .array(z.strictObject({ id, text, domainIds: z.array(id).min(1, 'must name at least one domain it informs') }))
    .min(1, 'needs at least one statement'),
});

export const toolkitSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(TOOLKIT_SCHEMA_VERSION, {
      error: `must be ${TOOLKIT_SCHEMA_VERSION} (this app reads toolkit schema version ${TOOLKIT_SCHEMA_VERSION})`,
    }),
    id,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
    title: text,
    summary: text,
    audience: text,
    scale: scaleSchema,
    domains: z.array(domainSchema).min(1, 'needs at least one domain'),
    inspectionSource: text.optional().describe('The inspection framework the inspectionAreas come from, with its date.'),
    inspectionAreas: z.array(inspectionAreaSchema).optional(),
    glossary: z.array(glossaryEntrySchema).optional(),
    questionnaires: z.array(questionnaireSchema).optional(),
    respondentGroups: z
      .array(z.strictObject({ id, title: text }))
      .min(1, 'needs at least one group, or leave it out to offer the usual staff groups')
      .optional()
      .describe('The groups a team self-evaluation offers its respondents; without it, senior leaders, teaching staff, support and office staff, and governors.'),
  })
  .superRefine((toolkit, ctx) => {
    const levelValues = toolkit.scale.levels.map((level) => level.value);
    levelValues.forEach((value, index) => {
      if (levelValues.indexOf(value) !== index) {
        ctx.addIssue({ code: 'custom', path: ['scale', 'levels', index, 'value'], message: `duplicate level ${value}` });
      }
    });
    const problem = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const areaIds = new Set<string>();
    toolkit.inspectionAreas?.forEach((area, a) => {
      if (areaIds.has(area.id)) problem(['inspectionAreas', a, 'id'], `duplicate inspection area id "${area.id}"`);
      areaIds.add(area.id);
    });
    const allIndicatorIds = new Set(toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => indicator.id)));
    const replacedBy = new Map<string, string>();
    const domainIds = new Set<string>();
    const indicatorIds = new Set<string>();
    toolkit.domains.forEach((domain, d) => {
      if (domainIds.has(domain.id)) {
        ctx.addIssue({ code: 'custom', path: ['domains', d, 'id'], message: `duplicate domain id "${domain.id}"` });
      }
      domainIds.add(domain.id);
      domain.inspectionAreaIds?.forEach((areaId, a) => {
        if (!areaIds.has(areaId)) problem(['domains', d, 'inspectionAreaIds', a], `"${areaId}" is not one of the toolkit's inspectionAreas`);
      });
      domain.indicators.forEach((indicator, i) => {
        const at = ['domains', d, 'indicators', i];
        if (indicatorIds.has(indicator.id)) {
          ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `duplicate indicator id "${indicator.id}"` });
        }
        indicatorIds.add(indicator.id);
        for (const value of levelValues) {
          if (!(String(value) in indicator.descriptors)) {
            ctx.addIssue({ code: 'custom', path: [...at, 'descriptors'], message: `missing level ${value}` });
          }
        }
        indicator.suggestedActions.forEach((suggested, s) => {
          if (suggested.whenRated !== undefined && !levelValues.includes(suggested.whenRated)) {
            ctx.addIssue({ code: 'custom', path: [...at, 'suggestedActions', s, 'whenRated'], message: `level ${suggested.whenRated} is not on the scale` });
          }
        });
        if (indicator.legalDuty && !levelValues.includes(indicator.legalDuty.metFromLevel)) {
          problem([...at, 'legalDuty', 'metFromLevel'], `level ${indicator.legalDuty.metFromLevel} is not on the scale`);
        }
        indicator.replaces?.forEach((oldId, r) => {
          const where = [...at, 'replaces', r];
          if (allIndicatorIds.has(oldId)) problem(where, `"${oldId}" is still a statement in this edition, so nothing replaces it`);
          const earlier = replacedBy.get(oldId);
          if (earlier !== undefined) problem(where, `"${oldId}" is already replaced by "${earlier}"; its answer can go to one statement only`);
          replacedBy.set(oldId, indicator.id);
        });
        for (const key of Object.keys(indicator.descriptors)) {
          if (!levelValues.includes(Number(key))) {
            ctx.addIssue({ code: 'custom', path: [...at, 'descriptors', key], message: `level ${key} is not on the scale` });
          }
        }
      });
    });
    const terms = new Set<string>();
    toolkit.glossary?.forEach((entry, g) => {
      const key = entry.term.toLowerCase();
      if (terms.has(key)) problem(['glossary', g, 'term'], `"${entry.term}" is defined twice`);
      terms.add(key);
    });
    const groupIds = new Set<string>();
    toolkit.respondentGroups?.forEach((group, g) => {
      if (groupIds.has(group.id)) problem(['respondentGroups', g, 'id'], `duplicate group id "${group.id}"`);
      groupIds.add(group.id);
    });
    const questionnaireIds = new Set<string>();
    toolkit.questionnaires?.forEach((questionnaire, q) => {
      if (questionnaireIds.has(questionnaire.id)) problem(['questionnaires', q, 'id'], `duplicate questionnaire id "${questionnaire.id}"`);
      questionnaireIds.add(questionnaire.id);
      const statementIds = new Set<string>();
      questionnaire.statements.forEach((statement, s) => {
        const at = ['questionnaires', q, 'statements', s];
        if (statementIds.has(statement.id)) problem([...at, 'id'], `duplicate statement id "${statement.id}"`);
        statementIds.add(statement.id);
        statement.domainIds.forEach((domainId, k) => {
          if (!domainIds.has(domainId)) problem([...at, 'domainIds', k], `"${domainId}" is not a domain of this toolkit`);
        });
      });
    });
  });

export type Toolkit = z.infer<typeof toolkitSchema>;
export type ToolkitDomain = Toolkit['domains'][number];
export type ToolkitIndicator = ToolkitDomain['indicators'][number];
export type ScaleLevel = Toolkit['scale']['levels'][number];
export type SuggestedAction = ToolkitIndicator['suggestedActions'][number];
export type LegalDuty = NonNullable<ToolkitIndicator['legalDuty']>;
export type GlossaryEntry = NonNullable<Toolkit['glossary']>[number];
export type Questionnaire = NonNullable<Toolkit['questionnaires']>[number];
export type InspectionArea = NonNullable<Toolkit['inspectionAreas']>[number];
