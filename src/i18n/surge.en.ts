/** The surge against the database (commentary of slide 40), in English (same shape as surge.ja.ts). */
import type { SurgeStrings } from './surge.ja.ts';

export const surgeEn: SurgeStrings = {
  title: 'The surge against the database: verification 3 and max_connections',
  badge: 'Model',
  note: "Not a record: this site's model. The concurrency is verification 3's workload run through the model (as on slide 35). Assumed: one database connection per concurrent execution (each execution environment opens its own; no pooling). max_connections is RDS for MySQL's default formula on the class's nominal memory, an upper bound: RDS reserves some memory first, so real limits are lower (about 60 on db.t3.micro).",
  name: '{title} (model)',
  description: "Model: verification 3's concurrency climbs from the start of the load and reaches {peak} at {peakAt} s. Assuming one database connection per concurrent execution, it passes {crossings}{untouched}. The since-2019 layer is AWS's test: with RDS Proxy, {clients} client connections against a database capped at {database}.",
  crossing: "{name}'s {max} at {seconds} s",
  untouched: "; it stays under {name}'s {max}",
  elapsed: 'Elapsed (s)',
  connections: 'Connections (log scale)',
  classLabel: '{name} {max}',
  crossingLabel: '{seconds} s',
  legend: {
    surge: 'Concurrent executions (model): one DB connection each, assumed',
    limit: "A class's max_connections (default formula)",
    crossing: 'First exceeded (no proxy)',
    proxy: "RDS Proxy: AWS's test figures",
  },
  proxy: {
    toggle: 'Since 2019: RDS Proxy',
    clients: 'Client connections to RDS Proxy {n}',
    database: 'Database capped at {n}',
    note: 'Since 2019: RDS Proxy (preview {preview}). AWS reports that "a test application using an RDS Proxy endpoint was able to scale to {clients} client connections even when the database instance was capped at {database} concurrent connections" (connection pooling). AWS\'s figure, not this model\'s result.',
    source: 'AWS Prescriptive Guidance, "Amazon RDS Proxy: targeted business outcomes"',
  },
  table: {
    summary: 'Data (table)',
    caption: "Each class's max_connections (default formula) and when the modelled concurrency first exceeds it (one DB connection per concurrent execution, assumed); RDS Proxy's numbers are AWS's",
    columns: ['Instance class', 'Connections', 'First exceeded (s)'],
    never: 'Not within the first minute',
    proxyClients: "RDS Proxy: client connections (AWS's test)",
    proxyDatabase: "RDS Proxy: the database's cap on concurrent connections (AWS's test)",
  },
};
