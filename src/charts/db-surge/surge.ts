/**
 * What the surge chart is drawn from, all of it the site's own: verification 3's run of the ENI
 * model (the same run its slides draw), slide 16's instance classes with RDS for MySQL's default
 * max_connections formula, and AWS's figure for RDS Proxy.
 */
import rdsJson from '../../../data/rds-mysql.json';
import { fill, formatDate, strings } from '../../i18n/strings.ts';
import type { Locale } from '../../lib/locales.ts';
import { maxConnections } from '../../lib/rdb.ts';
import { rdsProxyFigure } from '../../lib/rds-proxy.ts';
import { parseRdsData } from '../../lib/rds-data.ts';
import { verification3Series } from '../verification-3/layout.ts';
import { duration, verification3Run } from '../verification-3/panels.ts';
import { surgeLayout, type SurgeClass, type SurgeLayout, type SurgePoint } from './layout.ts';

/**
 * The classes drawn: the t3 family from its smallest up, whose limits the surge passes one after
 * another, and the smallest memory-optimised class, db.r5.large, whose limit is above the
 * account's 1,000 (as db.t3.xlarge's, with the same 16 GiB): a class the surge does not pass.
 */
export const surgeClassNames = ['db.t3.micro', 'db.t3.small', 'db.t3.medium', 'db.t3.large', 'db.r5.large'] as const;

export function surgeClasses(): SurgeClass[] {
  const data = parseRdsData(rdsJson);
  return surgeClassNames.map((name) => {
    const instance = data.classes.find((c) => c.name === name);
    if (!instance) throw new Error(`data/rds-mysql.json: no class ${name}, which the surge chart draws`);
    return { name, maxConnections: maxConnections(instance, data.maxConnectionsFormula.bytesPerConnection) };
  });
}

/** Concurrent executions over the first minute, every sample of the model (0.1 s apart). */
export function surgeSeries(): SurgePoint[] {
  return verification3Series(verification3Run().run.samples, 'concurrency', duration);
}

export function surgeDrawing(size: { width?: number; height?: number } = {}): SurgeLayout {
  return surgeLayout({ series: surgeSeries(), classes: surgeClasses(), proxy: rdsProxyFigure, duration, ...size });
}

/** AWS's figure in the edition's words: what the since-2019 layer draws, as a sentence. */
export function proxyNote(locale: Locale): string {
  return fill(strings[locale].surge.proxy.note, {
    preview: formatDate(rdsProxyFigure.preview, locale),
    clients: rdsProxyFigure.clientConnections,
    database: rdsProxyFigure.databaseConnections,
  });
}
