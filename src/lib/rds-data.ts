/**
 * data/rds-mysql.json: RDS for MySQL instance classes (memory, vCPUs, on-demand price), the
 * default max_connections formula, and where each figure comes from. Validated at build.
 */
import { z } from 'zod';

const source = z.object({ title: z.string().min(1), url: z.url() });

export const rdsDataSchema = z.object({
  description: z.string(),
  maxConnectionsFormula: z.object({
    bytesPerConnection: z.number().int().positive(),
    text: z.string(),
    source,
    note: z.string(),
  }),
  memorySource: source,
  prices: z.object({
    region: z.string(),
    currency: z.literal('USD'),
    unit: z.literal('hour'),
    engine: z.string(),
    deployment: z.string(),
    term: z.string(),
    source,
  }),
  classes: z
    .array(
      z.object({
        name: z.string().regex(/^db\.[a-z0-9]+\.[a-z0-9]+$/, 'an RDS class name such as db.t3.micro'),
        family: z.string().min(1),
        memoryGiB: z.number().positive(),
        vcpu: z.number().int().positive(),
        usdPerHour: z.number().positive(),
      }),
    )
    .min(1),
});

export type RdsData = z.infer<typeof rdsDataSchema>;
export type RdsClass = RdsData['classes'][number];

/** Validates the instance-class file; a bad field fails the build naming the file and the field. */
export function parseRdsData(json: unknown, file = 'data/rds-mysql.json'): RdsData {
  const result = rdsDataSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`${file}: ${problems.join('; ')}`);
}

