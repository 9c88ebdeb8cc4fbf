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

export const indicatorSchema = z.strictObject({
  id,
  statement: text,
  descriptors: z.record(z.string().regex(/^\d+$/, 'keys must be level values'), text),
  evidencePrompts: z.array(text).min(1, 'needs at least one evidence prompt'),
  suggestedActions: z.array(suggestedActionSchema).min(1, 'needs at least one suggested action'),
  reference: text,
});

export const domainSchema = z.strictObject({
  id,
  title: text,
  shortTitle: text.max(SHORT_TITLE_MAX, `must be at most ${SHORT_TITLE_MAX} characters to fit the chart`),
  description: text,
  indicators: z.array(indicatorSchema).min(1, 'needs at least one indicator'),
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
  })
  .superRefine((toolkit, ctx) => {
    const levelValues = toolkit.scale.levels.map((level) => level.value);
    levelValues.forEach((value, index) => {
      if (levelValues.indexOf(value) !== index) {
        ctx.addIssue({ code: 'custom', path: ['scale', 'levels', index, 'value'], message: `duplicate level ${value}` });
      }
    });
    const domainIds = new Set<string>();
    const indicatorIds = new Set<string>();
    toolkit.domains.forEach((domain, d) => {
      if (domainIds.has(domain.id)) {
        ctx.addIssue({ code: 'custom', path: ['domains', d, 'id'], message: `duplicate domain id "${domain.id}"` });
      }
      domainIds.add(domain.id);
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
        for (const key of Object.keys(indicator.descriptors)) {
          if (!levelValues.includes(Number(key))) {
            ctx.addIssue({ code: 'custom', path: [...at, 'descriptors', key], message: `level ${key} is not on the scale` });
          }
        }
      });
    });
  });

export type Toolkit = z.infer<typeof toolkitSchema>;
export type ToolkitDomain = Toolkit['domains'][number];
export type ToolkitIndicator = ToolkitDomain['indicators'][number];
export type ScaleLevel = Toolkit['scale']['levels'][number];
export type SuggestedAction = ToolkitIndicator['suggestedActions'][number];
