/**
 * What a hey report may hold, as a schema: the build checks data/runs/ with it, and the browser
 * checks the run a link brings (run-share.ts). Written with zod's mini API, whose functions a
 * bundler keeps only as used, so an embed carries a few KB of it rather than all of zod.
 */
import * as z from 'zod/mini';
import { reportLimits, type HeyReport } from './hey-report.ts';

export { reportLimits };

const seconds = z.number().check(z.nonnegative());

const count = z.int().check(z.nonnegative());
const detail = z.strictObject({ averageSeconds: seconds, fastestSeconds: seconds, slowestSeconds: seconds });

const percentiles = z.array(z.strictObject({ percent: z.number().check(z.gte(0), z.lte(100)), seconds })).check(z.maxLength(reportLimits.percentiles, `at most ${reportLimits.percentiles} percentiles`));

export const heyReportSchema = z.strictObject({
  summary: z.optional(
    z.strictObject({
      totalSeconds: z.optional(z.number().check(z.positive())),
      slowestSeconds: z.optional(seconds),
      fastestSeconds: z.optional(seconds),
      averageSeconds: z.optional(seconds),
      requestsPerSecond: z.optional(seconds),
      totalDataBytes: z.optional(count),
      sizePerRequestBytes: z.optional(count),
      requests: z.optional(count),
    }),
  ),
  histogram: z.optional(
    z.array(z.strictObject({ mark: seconds, count })).check(z.minLength(1, 'at least one histogram bucket'), z.maxLength(reportLimits.buckets, `at most ${reportLimits.buckets} histogram buckets`)),
  ),
  latencyDistribution: z.optional(percentiles),
  details: z.optional(z.strictObject({ dnsDialup: detail, dnsLookup: detail, requestWrite: detail, responseWait: detail, responseRead: detail })),
  statusCodes: z.optional(
    z.array(z.strictObject({ code: z.int().check(z.gte(100), z.lte(599)), responses: count })).check(z.maxLength(reportLimits.statusCodes, `at most ${reportLimits.statusCodes} status codes`)),
  ),
  errors: z.optional(
    z
      .array(z.strictObject({ count: z.int().check(z.positive()), message: z.string().check(z.minLength(1), z.maxLength(reportLimits.errorCharacters, `an error of at most ${reportLimits.errorCharacters} characters`)) }))
      .check(z.maxLength(reportLimits.errors, `at most ${reportLimits.errors} error lines`)),
  ),
  successful: z.optional(z.strictObject({ averageSeconds: z.optional(seconds), fastestSeconds: z.optional(seconds), slowestSeconds: z.optional(seconds), latencyDistribution: z.optional(percentiles) })),
  figures: z.optional(
    z.array(z.strictObject({ label: z.string().check(z.minLength(1), z.maxLength(200)), value: z.string().check(z.maxLength(200)) })).check(z.maxLength(reportLimits.figures, `at most ${reportLimits.figures} figures`)),
  ),
});

// The schema and the parser's types describe the same report.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const reportTypesAgree: Same<z.infer<typeof heyReportSchema>, HeyReport> = true;
void reportTypesAgree;
