/** One request followed through both architectures (slide 13's commentary), in English (same shape as request-path.ja.ts). */
import type { RequestPathStrings } from './request-path.ja.ts';

export const requestPathEn: RequestPathStrings = {
  title: 'One request, followed through both architectures',
  note: "hey records whole requests only: each stage's seconds say whether they are recorded, sourced or this site's assumption.",
  caption:
    'The request followed is the first a new execution environment serves. The time axis is broken in two: on the left, seconds after the function is created or updated; on the right, seconds after hey sent the request (each with its own scale). The pale part spans what the record allows, from least to most.',
  lanes: { before: 'Before Hyperplane: the run of {date} (slide {slide})', after: 'After Hyperplane: the run of {date} (slide {slide})' },
  laneShort: { before: 'Before', after: 'After' },
  axis: { deploy: 's after create or update', request: 's after hey sent it' },
  stages: {
    deploy: 'The function is created or updated',
    send: 'hey to API Gateway to Lambda',
    placement: 'A worker and an execution environment',
    network: 'The ENI into the VPC',
    answer: 'The answer goes back to hey',
  },
  what: {
    before: {
      deploy: 'no ENI yet: one is made each time an execution environment is added',
      send: "API Gateway hands hey's request to Lambda",
      placement: 'Lambda picks a worker and starts a new execution environment',
      network: 'an ENI is created and attached for that environment, and the request waits for it',
      answer: 'the function answers (it sleeps {sleep} s) and the response goes back through API Gateway to hey',
    },
    after: {
      deploy: 'a Hyperplane ENI is made for each combination of subnet and security group (shared where the combination is the same); meanwhile the function is Pending',
      send: "API Gateway hands hey's request to Lambda",
      placement: 'Lambda picks a worker and starts a new execution environment',
      network: 'the request reaches the VPC through the shared Hyperplane ENI, already made: no ENI to wait for',
      answer: 'the function answers (it sleeps {sleep} s) and the response goes back through API Gateway to hey',
    },
  },
  natures: { recorded: 'recorded', sourced: 'sourced', assumed: 'assumed' },
  basis: {
    halfFastest: 'hey records whole requests only: its fastest ({fastest} s, slide {slide}) is taken as the trip there and back, half each way',
    placementAsAfter: "the only record of a cold start with no ENI to make is slide {slide}'s, so May's is taken to be the same (the old record cannot split its seconds)",
    coldStart: "slide {slide}'s slow responses, {from}–{to} s, less its fastest whole request, {fastest} s (the trip there and back)",
    eniInPath: "what is left of slide {slide}'s slow responses, {from}–{to} s ({n} of them, one for each of hey's workers), after the other stages",
    throughHyperplane: 'the record cannot separate it; with the ENI already made, no wait is assumed here',
    oldModel: 'AWS Compute Blog (September 3, 2019): ENIs were mapped directly to execution environments and made as the function scaled',
    pending: 'Lambda docs (September 10, 2019): "a minute or so"; AWS Compute Blog: "60–90 seconds". Pending and Active are the names of states from late November 2019 on',
  },
  row: '{lane}: {what}. {duration} ({nature}: {basis})',
  seconds: '{value} s',
  range: '{low}–{high} s',
  none: 'No wait',
  bars: {
    network: 'ENI created and attached: {range}',
    networkShort: 'ENI {range}',
    pending: 'Pending {range}',
    pendingShort: 'Pending',
    noEni: 'no ENI yet',
    answered: 'answered at {range}',
  },
  description:
    "Before Hyperplane (slide {beforeSlide}): an ENI created and attached in the request's path, about {eni}; answered at {beforeAnswered} (recorded). After Hyperplane (slide {afterSlide}): the Hyperplane ENI made when the function is created or updated, Pending for {pending} (sourced); the request passes through the shared ENI and is answered at {afterAnswered} (recorded).",
  controls: 'Stage controls',
  previous: 'Previous stage',
  next: 'Next stage',
  stage: 'Stage',
  stepOf: 'Stage {n} of {total}: {name}',
  noscript: 'Stepping through needs JavaScript; every stage is in the list below.',
};
