/**
 * The talk's architecture diagrams as box-and-arrow descriptions, redrawn in our own visual
 * language from what each slide showed (../shared/talk/slides.md); words come from the locale.
 */
import type { DiagramArrow, DiagramBox, DiagramSource, DiagramSpec } from './spec.ts';
import { setupVerification1, setupVerification3 } from './setups.ts';

export type { DiagramSource };
import type { DiagramStrings } from '../../i18n/diagrams.ja.ts';

export const boxDiagramIds = [
  'lambda-isolation',
  'worker-models',
  'vpc-before',
  'vpc-after',
  'hyperplane',
  'setup-verification-1',
  'setup-verification-3',
] as const;
export type BoxDiagramId = (typeof boxDiagramIds)[number];

const sources = {
  securityOverview: {
    title: 'Security Overview of AWS Lambda',
    href: 'https://d1.awsstatic.com/whitepapers/Overview-AWS-Lambda-Security.pdf',
  },
  vpcBlog: {
    title: 'Announcing improved VPC networking for AWS Lambda functions',
    href: 'https://aws.amazon.com/blogs/compute/announcing-improved-vpc-networking-for-aws-lambda-functions/',
  },
} satisfies Record<string, DiagramSource>;

export interface BoxDiagram {
  id: BoxDiagramId;
  title: string;
  description: string;
  spec: DiagramSpec;
  source?: DiagramSource;
  /** Some boxes are drawn dashed: the slide said it, no first-party source confirms it. */
  unverified?: boolean;
}

/** Slides 9 and 10 each dwell on one of the two models; the other is drawn muted. */
export interface DiagramFocus {
  focus?: 'ec2' | 'firecracker';
}

const times = <T>(count: number, make: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => make(i));

function lambdaIsolation(t: DiagramStrings['lambdaIsolation']): DiagramSpec {
  const layer = (label: string, extra: Partial<DiagramBox> = {}): DiagramBox => ({ label, ...extra });
  return {
    root: {
      tone: 'none',
      direction: 'column',
      stretch: true,
      gap: 0.5,
      minWidth: 640,
      children: [
        layer(t.functionCode, { tone: 'after' }),
        layer(t.runtime),
        {
          label: t.sandbox,
          tone: 'accent',
          direction: 'wrap',
          gap: 0.6,
          children: ['cgroups', 'namespaces', 'seccomp', 'iptables', 'chroot'].map((label) => ({ label, tone: 'accent' as const })),
        },
        layer(`${t.guestOs} (${t.worker})`, { tone: 'before' }),
        layer(t.hypervisor, { tone: 'muted' }),
        layer(t.hostOs, { tone: 'muted' }),
        layer(t.hardware, { tone: 'muted' }),
      ],
    },
  };
}

function workerModels(t: DiagramStrings['workerModels'], { focus }: DiagramFocus): DiagramSpec {
  const environment = (account: 'A' | 'B'): DiagramBox => ({ label: t.environment(account), tone: account === 'A' ? 'account-a' : 'account-b' });
  const microVm = (account: 'A' | 'B'): DiagramBox => ({
    label: t.microVm,
    tone: account === 'A' ? 'account-a' : 'account-b',
    children: [environment(account)],
  });
  const ec2: DiagramBox = {
    label: t.ec2Model,
    tone: focus === 'firecracker' ? 'muted' : 'plain',
    direction: 'column',
    stretch: true,
    children: [
      { label: t.ec2Worker, note: t.accountOnly('A'), direction: 'wrap', children: times(3, () => environment('A')) },
      { label: t.ec2Worker, note: t.accountOnly('B'), direction: 'wrap', children: times(2, () => environment('B')) },
    ],
  };
  const firecracker: DiagramBox = {
    label: t.firecrackerModel,
    tone: focus === 'ec2' ? 'muted' : 'plain',
    direction: 'column',
    stretch: true,
    children: [
      {
        label: t.bareMetalWorker,
        note: t.shared,
        direction: 'wrap',
        children: [microVm('A'), microVm('B'), microVm('A'), microVm('B')],
      },
    ],
  };
  // Not stretched: where the row has the width, the Firecracker model's microVMs stand in one line.
  return { root: { tone: 'none', direction: 'row', flip: true, gap: 1.5, children: [ec2, firecracker] } };
}

function lambdaVpc(t: DiagramStrings['vpcBefore'], workers: number): DiagramBox {
  return {
    id: 'lambda-vpc',
    label: t.lambdaVpc,
    tone: 'muted',
    direction: 'column',
    children: times(workers, (i) => ({
      id: `worker-${i}`,
      label: t.worker,
      direction: 'wrap',
      gap: 0.5,
      children: times(3, () => ({ label: t.environment, tone: 'plain' as const })),
    })),
  };
}

function vpcBefore(t: DiagramStrings['vpcBefore']): DiagramSpec {
  const workers = 3;
  return {
    root: {
      tone: 'none',
      direction: 'row',
      flip: true,
      gap: 4,
      children: [
        // On a phone the workers stand in a row above their ENIs, so each arrow runs straight down.
        { ...lambdaVpc(t, workers), flip: true, stretch: true },
        {
          label: t.customerVpc,
          direction: 'row',
          flip: true,
          gap: 2.5,
          children: [
            {
              id: 'subnet',
              label: t.subnet,
              note: t.subnetNote,
              direction: 'column',
              flip: true,
              stretch: true,
              children: times(workers, (i) => ({ id: `eni-${i}`, label: t.eni, note: `10.0.1.${11 + i}`, tone: 'before' as const })),
            },
            { id: 'resource', label: t.resource },
          ],
        },
      ],
    },
    arrows: [
      ...times(workers, (i): DiagramArrow => ({ from: `worker-${i}`, to: `eni-${i}`, tone: 'before' })),
      { from: 'subnet', to: 'resource' },
    ],
  };
}

function vpcAfter(t: DiagramStrings['vpcBefore'], u: DiagramStrings['vpcAfter']): DiagramSpec {
  const workers = 3;
  return {
    root: {
      tone: 'none',
      direction: 'row',
      flip: true,
      gap: 2.5,
      children: [
        lambdaVpc(t, workers),
        { id: 'hyperplane', label: u.hyperplane, note: u.v2n, tone: 'after' },
        {
          label: t.customerVpc,
          direction: 'row',
          flip: true,
          gap: 2.5,
          children: [
            {
              label: t.subnet,
              direction: 'column',
              children: [{ id: 'eni', label: u.hyperplaneEni, note: u.hyperplaneEniNote, tone: 'after' }],
            },
            { id: 'resource', label: t.resource },
          ],
        },
      ],
    },
    arrows: [
      ...times(workers, (i): DiagramArrow => ({ from: `worker-${i}`, to: 'hyperplane', tone: 'after', only: 'wide' })),
      // Stacked on a phone, the workers' own arrows would run through one another.
      { from: 'lambda-vpc', to: 'hyperplane', tone: 'after', only: 'tall' },
      { from: 'hyperplane', to: 'eni', tone: 'after' },
      { from: 'eni', to: 'resource' },
    ],
  };
}

function hyperplane(t: DiagramStrings['hyperplane']): DiagramSpec {
  const user = (label: string, extra: Partial<DiagramBox> = {}): DiagramBox => ({ id: `user-${label}`, label, ...extra });
  return {
    root: {
      tone: 'none',
      direction: 'column',
      gap: 2.2,
      children: [
        {
          label: t.users,
          direction: 'wrap',
          tone: 'muted',
          id: 'users',
          children: [
            user('NLB'),
            user('PrivateLink'),
            user('NAT Gateway'),
            user('EFS', { dashed: true }),
            user(t.lambda, { note: t.lambdaNote, tone: 'after' }),
          ],
        },
        { id: 'core', label: t.core, note: t.coreNote, tone: 'after', minWidth: 420 },
        {
          tone: 'none',
          direction: 'wrap',
          children: [
            { label: t.base, dashed: true },
            { label: t.bandwidth, dashed: true },
            { label: t.latency, dashed: true },
          ],
        },
      ],
    },
    arrows: [{ from: 'users', to: 'core', tone: 'after' }],
  };
}

export function boxDiagram(id: BoxDiagramId, t: DiagramStrings, options: DiagramFocus = {}): BoxDiagram {
  switch (id) {
    case 'lambda-isolation':
      return { id, ...pick(t.lambdaIsolation), spec: lambdaIsolation(t.lambdaIsolation), source: sources.securityOverview };
    case 'worker-models':
      return { id, ...pick(t.workerModels), spec: workerModels(t.workerModels, options), source: sources.securityOverview };
    case 'vpc-before':
      return { id, ...pick(t.vpcBefore), spec: vpcBefore(t.vpcBefore), source: sources.vpcBlog };
    case 'vpc-after':
      return { id, ...pick(t.vpcAfter), spec: vpcAfter(t.vpcBefore, t.vpcAfter), source: sources.vpcBlog };
    case 'hyperplane':
      return { id, ...pick(t.hyperplane), spec: hyperplane(t.hyperplane), source: sources.vpcBlog, unverified: true };
    case 'setup-verification-1':
      return { id, ...pick(t.setupVerification1), spec: setupVerification1(t.setupVerification1) };
    case 'setup-verification-3':
      return { id, ...pick(t.setupVerification3), spec: setupVerification3(t.setupVerification1, t.setupVerification3) };
  }
}

function pick(text: { title: string; description: string }) {
  return { title: text.title, description: text.description };
}
