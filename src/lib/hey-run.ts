/**
 * A recorded hey run as `data/runs/<id>.json` holds it: what the talk said about the run
 * (date, slide, model, setup), where the numbers come from, and `report`, which is exactly
 * what `parseHeyText` makes of the hey text beside it (`data/runs/<id>.txt`).
 */
import { z } from 'zod';
import { heyReportSchema } from './hey-report-schema.ts';
import { loadTools } from './load-report/reading.ts';

export { heyReportSchema };

export const heyRunSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
    /** The day the run was measured. */
    date: z.iso.date(),
    /** The talk's slide that showed the run. */
    slide: z.number().int().min(1).max(47).optional(),
    /** Which VPC networking model the function ran under: per-worker ENIs, or Hyperplane ENIs. */
    model: z.enum(['before', 'after']).optional(),
    /** The setup as the talk stated it. */
    setup: z
      .object({
        tool: z.literal('hey'),
        /** hey's -c: the number of workers sending requests at once. */
        concurrency: z.number().int().positive(),
        /** Whether the talk stated the concurrency, or it is hey's default of 50. */
        concurrencyStated: z.boolean(),
        /** How long the function slept before answering. */
        functionSleepSeconds: z.number().nonnegative(),
        path: z.string().min(1),
      })
      .strict()
      .optional(),
    provenance: z
      .object({
        /** Where the numbers come from, in words. */
        source: z.string().min(1),
        url: z.url().optional(),
        /** The hey text the report is parsed from, relative to the repository. */
        text: z.string().min(1),
        format: z.enum(['text', 'csv', 'json']),
        /** The load tester that printed it, where not hey (the talk's runs are hey's), and the layout it was read in. */
        tool: z.enum(loadTools).optional(),
        layout: z.string().max(40).optional(),
        note: z.string().optional(),
      })
      .strict(),
    report: heyReportSchema,
  })
  .strict();

export type HeyRun = z.infer<typeof heyRunSchema>;
