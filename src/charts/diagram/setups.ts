/** The test setups of slides 24 (verification 1) and 32 (verification 3), as diagrams.ts describes them. */
import type { DiagramStrings } from '../../i18n/diagrams.ja.ts';
import type { DiagramArrow, DiagramBox, DiagramSpec } from './spec.ts';

/**
 * The talk's test rigs: load generators in a public subnet of a VPC, sending through API Gateway
 * to the VPC Lambda. `loadFrom` names the box the requests leave from.
 */
function testRig(t: DiagramStrings['setupVerification1'], subnet: DiagramBox, loadFrom: string, extra: DiagramArrow[] = []): DiagramSpec {
  return {
    root: {
      label: t.cloud,
      direction: 'row',
      flip: true,
      gap: 3,
      children: [
        { label: t.vpc, children: [{ label: t.publicSubnet, tone: 'after', ...subnet }] },
        { id: 'api', label: t.apiGateway },
        { id: 'lambda', label: t.lambda, tone: 'after' },
      ],
    },
    arrows: [...extra, { from: loadFrom, to: 'api' }, { from: 'api', to: 'lambda' }],
  };
}

export function setupVerification1(t: DiagramStrings['setupVerification1']): DiagramSpec {
  return testRig(t, { children: [{ id: 'client', label: t.ec2, note: t.ec2Note }] }, 'client');
}

export function setupVerification3(t: DiagramStrings['setupVerification1'], u: DiagramStrings['setupVerification3']): DiagramSpec {
  const slaves: DiagramBox = {
    id: 'slaves',
    label: u.slaves,
    note: u.fargate,
    direction: 'wrap',
    gap: 0.5,
    children: [...Array.from({ length: 3 }, () => ({ label: u.slave })), { label: '…', tone: 'none' }],
  };
  return testRig(t, { direction: 'column', gap: 3, children: [{ id: 'master', label: u.master, note: u.fargate }, slaves] }, 'slaves', [
    { from: 'master', to: 'slaves', label: u.coordinates },
  ]);
}
