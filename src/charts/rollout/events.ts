/**
 * The rollout of Hyperplane ENIs, from the update header of AWS's announcement post
 * (../shared/talk/facts.md, "Rollout updates"); the talk's own date is marked among them.
 */
import type { RolloutKind } from './layout';
import type { DiagramStrings } from '../../i18n/diagrams.ja.ts';

export const rolloutSource = {
  title: 'Announcing improved VPC networking for AWS Lambda functions (updates)',
  href: 'https://aws.amazon.com/blogs/compute/announcing-improved-vpc-networking-for-aws-lambda-functions/',
};

export const rolloutEvents: { date: string; kind: RolloutKind; key: keyof DiagramStrings['rollout']['events'] }[] = [
  { date: '2019-09-03', kind: 'announce', key: 'announce' },
  { date: '2019-09-27', kind: 'region', key: 'wave1' },
  { date: '2019-10-04', kind: 'note', key: 'knownIssue' },
  { date: '2019-10-26', kind: 'talk', key: 'talk' },
  { date: '2019-11-06', kind: 'region', key: 'wave2' },
  { date: '2019-11-25', kind: 'region', key: 'wave3' },
  { date: '2019-11-28', kind: 'region', key: 'wave4' },
  { date: '2020-03-31', kind: 'region', key: 'govCloud' },
  { date: '2020-08-05', kind: 'region', key: 'china' },
];
