/**
 * What AWS states RDS Proxy does for connections, as its own figure: numbers and their source
 * only (the words that quote it are each edition's, in src/i18n/surge.*.ts). Not modelled here:
 * the site draws it as AWS reports it, beside its model of verification 3.
 */
export const rdsProxyFigure = {
  /** "…was able to scale to 20,000 client connections…" */
  clientConnections: 20_000,
  /** "…even when the database instance was capped at 187 concurrent connections." */
  databaseConnections: 187,
  /** RDS Proxy's preview, in the Lambda console as "Create a database proxy" (Lambda docs' release history). */
  preview: '2019-12-03',
  source: {
    title: 'AWS Prescriptive Guidance, "Amazon RDS Proxy: targeted business outcomes"',
    url: 'https://docs.aws.amazon.com/prescriptive-guidance/latest/amazon-rds-proxy/targeted-business-outcomes.html',
  },
} as const;
