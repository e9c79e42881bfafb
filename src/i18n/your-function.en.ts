/** Your function on the map (the reading page, slide 12's commentary), in English (same shape as your-function.ja.ts). */
import type { YourFunctionStrings } from './your-function.ja.ts';

export const yourFunctionEn: YourFunctionStrings = {
  title: 'Your function on the map: the limit it met first in 2019',
  badge: 'Calculation',
  note: "Not a record: slide 12's formula (one ENI per 3 GB of memory in use, one subnet address per ENI) against 2019's default limits.",
  hint: "Drag the numbers in the sentence, or change them with the arrow keys.",
  sentence:
    'Take a function with {memory} of memory that peaks at {concurrency} concurrent executions, in one {subnet} subnet, in a Region with an ENI quota of {quota}. Before Hyperplane it needed {formula} = {enis} ENIs, one address each: {addresses} {first} After Hyperplane it needs one ENI (per subnet and security group), and {after}',
  formula: '{concurrency} × {memory} MB ÷ 3,072 MB',
  addressesLeft: 'of the subnet’s {usable} usable addresses, {left} are left.',
  addressesShort: 'the subnet has {usable} usable addresses, {short} too few.',
  fits: 'It fits. Growing on, the first limit it would meet is {limit}, at {at} concurrent executions.',
  exceeds: 'It does not fit: the first limit it meets is {limit}, at {at} concurrent executions.',
  limits: { concurrency: "the account's concurrency limit (1,000 by default in 2019; past it, requests are throttled with 429)", subnet: "the subnet's addresses", quota: 'the ENI quota' },
  after: '{left} addresses are left.',
  sliders: {
    memory: { label: 'Memory', text: '{value} MB' },
    concurrency: { label: 'Peak concurrent executions', text: '{value}' },
    subnet: { label: 'Subnet size', text: '/{prefix} ({usable} usable addresses)' },
    quota: { label: 'ENI quota', text: '{value}' },
  },
  map: {
    before: 'Before: one /{prefix} ({usable} addresses)',
    after: 'After Hyperplane: any subnet',
    yours: '{title}: yours',
    desc: 'Memory from 128 to 3,008 MB across, concurrent executions from 0 to 3,000 up. The limit met first, and the concurrency it allows: {edges}. Your function ({memory} MB, {concurrency} concurrent executions) {yours}.',
    edge: 'at {memory} MB, {limit} ({at})',
    edgeSeparator: '; ',
    yoursFits: 'fits',
    yoursMeets: 'meets {limit}',
    regions: { none: 'fits', concurrency: '1,000 limit', subnet: 'addresses', quota: 'ENI quota' },
  },
  axes: 'Across: memory (128 to 3,008 MB). Up: peak concurrent executions (0 to 3,000). ENI quota {quota}; the account’s 1,000 concurrent executions (2019’s default).',
  legend: { none: 'Fits', concurrency: "The account's 1,000 first (429)", subnet: 'The subnet runs out of addresses first', quota: 'The ENI quota first', marker: 'Your function' },
  table: {
    summary: 'Data (table)',
    caption: 'The first limit met as concurrency grows, and the concurrency at which it is met (ENI quota {quota}; the account’s 1,000 concurrent executions)',
    memory: 'Memory',
    cell: '{limit} {at}',
  },
  caption:
    'The formula is the 2019 Lambda documentation’s (old architecture). Usable addresses exclude the 5 that AWS reserves. The ENI quota of 350 and the account’s 1,000 concurrent executions are 2019’s defaults (the quota became 5,000 in December 2019). After Hyperplane, “each of the unique security group:subnet combination across functions in your account needs a distinct network interface” (AWS blog, 2019).',
};
