/** The architecture diagrams' words, in English (a translation of diagrams.ja.ts, same shape). */
import type { DiagramStrings } from './diagrams.ja.ts';

export const diagramsEn: DiagramStrings = {
  sourceLabel: 'Source',
  unverifiedLegend: "Dashed: stated on the slide, but not confirmed in AWS's first-party sources",
  lambdaIsolation: {
    title: 'Lambda isolation layers',
    description:
      'From the bottom: hardware, host OS, hypervisor, guest OS (worker), sandbox (cgroups, namespaces, seccomp, iptables, chroot), runtime, function code.',
    functionCode: 'Function code',
    runtime: 'Runtime',
    sandbox: 'Sandbox',
    guestOs: 'Guest OS',
    worker: 'Worker',
    hypervisor: 'Hypervisor',
    hostOs: 'Host OS',
    hardware: 'Hardware',
  },
  workerModels: {
    title: 'Two worker models: the EC2 model and the Firecracker model',
    description:
      'In the EC2 model, one worker (an EC2 instance) holds several execution environments of a single AWS account, and workers are not shared across accounts. In the Firecracker model, a microVM holds just one execution environment, and workers (bare metal) are shared across accounts.',
    ec2Model: 'EC2 model',
    firecrackerModel: 'Firecracker model',
    ec2Worker: 'Worker (EC2 instance)',
    bareMetalWorker: 'Worker (bare metal)',
    accountOnly: (account: string) => `Account ${account} only`,
    shared: 'Shared across accounts',
    // Short, so that the Firecracker model's four microVMs stand in one line on a slide.
    environment: (account: string) => `Env. ${account}`,
    microVm: 'MicroVM',
  },
  vpcBefore: {
    title: 'VPC Lambda architecture (old): ENIs tied to execution environments',
    description:
      "ENIs in a subnet of the customer VPC are mapped directly to the execution environments in the Lambda service VPC (AWS's blog), and each ENI uses one IP address of the subnet. As execution environments increase, so do ENIs and IP addresses. The drawing's one ENI per 3 GB worker is this site's reading of slide 12's formula, not AWS's statement.",
    lambdaVpc: 'Lambda service VPC',
    customerVpc: 'Customer VPC',
    subnet: 'Subnet',
    subnetNote: 'An ENI per 3 GB (our reading)',
    worker: 'Worker',
    environment: 'Environment',
    eni: 'ENI',
    resource: 'RDS, etc.',
  },
  vpcAfter: {
    title: 'VPC Lambda architecture (new): a shared Hyperplane ENI',
    description:
      "All workers in the Lambda service VPC share one Hyperplane ENI in the customer's subnet, through AWS Hyperplane (NAT from the Lambda VPC to the customer VPC). There is one Hyperplane ENI per combination of subnet and security group.",
    hyperplane: 'AWS Hyperplane',
    v2n: 'NAT (Lambda VPC → customer VPC)',
    hyperplaneEni: 'Hyperplane ENI',
    hyperplaneEniNote: 'One per subnet × security group',
  },
  hyperplane: {
    title: 'Hyperplane: what slide 21 says',
    description:
      "Hyperplane is AWS's Network Function Virtualization platform (AWS blog; the slide calls it an SDN technology used inside AWS). NLB, PrivateLink and NAT Gateway use it (AWS blog), and since September 2019 VPC Lambda does too. The slide adds that it is based on the S3 load balancer, that EFS uses it, that it scales from a default of 5Gbit/sec to the Tbit level, and that its latency is at the ms level, but none of these could be confirmed in AWS's first-party sources.",
    core: 'AWS Hyperplane',
    coreNote: 'Network Function Virtualization platform (AWS blog)',
    users: 'Services that use Hyperplane',
    lambda: 'VPC Lambda',
    lambdaNote: 'Since September 2019',
    base: 'Based on the S3 Load Balancer',
    bandwidth: '5Gbit/sec by default, scales to Tbit level',
    latency: 'ms-level latency',
  },
  rollout: {
    title: 'Migration to the new architecture: completion by Region',
    description: (events: string) => `Migration dates from the update history of the AWS blog post: ${events}.`,
    scaleBreak: 'The time axis changes scale at ≈ (December 2019 to February 2020 is compressed).',
    afterTalk: 'In grey with dotted leaders: events after this talk (October 26, 2019), not on the slide that day.',
    dataTable: 'Dates (table)',
    dateColumn: 'Date',
    eventColumn: 'Event',
    formatTick: (date: Date, withYear: boolean) =>
      date.toLocaleDateString('en-US', withYear ? { timeZone: 'UTC', month: 'short', year: 'numeric' } : { timeZone: 'UTC', month: 'short' }),
    events: {
      announce: 'AWS announces the start of a phased migration',
      wave1: 'Ohio, Frankfurt, Tokyo',
      knownIssue: 'Known issue added (ENI deletion with Terraform)',
      talk: 'This talk',
      wave2: 'N. California, Ireland, Paris, Mumbai, Seoul, Singapore, Sydney, São Paulo',
      wave3: 'N. Virginia, Oregon, Canada (Central), London, Stockholm, Hong Kong',
      wave4: 'Bahrain',
      govCloud: 'GovCloud (US-West, US-East)',
      china: 'China (Beijing, Ningxia)',
    },
  },
  setupVerification1: {
    title: 'Verification 1 setup',
    description:
      'An EC2 instance in a public subnet of a VPC in the AWS Cloud sends concurrent requests with hey, invoking VPC Lambda through API Gateway.',
    cloud: 'AWS Cloud',
    vpc: 'VPC',
    publicSubnet: 'Public subnet',
    ec2: 'EC2',
    ec2Note: 'Concurrent requests with hey',
    apiGateway: 'API Gateway',
    lambda: 'VPC Lambda',
  },
  setupVerification3: {
    title: 'Verification 3 setup',
    description:
      'In a public subnet of a VPC in the AWS Cloud, a Locust master on Fargate hands out load generation to several slaves, which flood VPC Lambda with requests through API Gateway.',
    master: 'Locust master',
    slave: 'Locust slave',
    slaves: 'slave × N',
    fargate: 'Fargate',
    coordinates: 'Directs',
  },
};
