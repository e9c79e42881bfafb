/** The words of "what the record proves" (lib/record-proofs.ts), in English (a translation of proofs.ja.ts). */
import type { ProofStrings } from './proofs.ja.ts';

export const proofsEn: ProofStrings = {
  caption: 'What the record proves: {title}',
  captionModel: 'Verification 3, whose numbers were not kept: what its setup proves, what is inferred, what the model assumes',
  columns: { kind: 'Kind', claim: 'What, and why', restsOn: 'Rests on' },
  kinds: { proved: 'Proved by the record', inferred: 'Inferred', assumed: 'Assumed' },
  // The model's rows rest on the talk's slides.
  slide: 'slide {n}',
  // Lines of hey's output (a link shows the line in the output).
  lines: { total: 'Total', slowest: 'Slowest', fastest: 'Fastest', average: 'Average', rps: 'Requests/sec', totalData: 'Total data', sizePerRequest: 'Size/request', bucket: 'bucket {mark}' },
  none: '(not in the record)',
  rows: {
    requests: '{n} requests: Total data {data} bytes ÷ Size/request {size} bytes = {n}.',
    slowCluster: '{n} slow responses, {from}–{to} s: {counts} = {n}, after {empty} empty buckets.',
    ruledOut: 'Not -c {c}: {share} requests a worker, one after another at {fastest} s or more each, take at least {least} s; the whole run took {total} s.',
    range:
      'At most {maxShare} requests a worker: the worker that sent the slowest ({slowest} s) took {fastest} s or more for each of its others, all within the total, so ({total} − {slowest}) ÷ {fastest} + 1 = {shareBound}. So at least {byShare} workers; by Little’s law, {n} × {average} ÷ {total} = {inFlight}, at least {atLeast}. Of the counts that divide the {n} requests evenly, the record allows {feasible}.',
    oneSlowEach: 'No worker sent two slow responses: two (over {from} s each) and {others} more (at {fastest} s or more each) take {least} s, past the total of {total} s. Each of the {workers} workers sent exactly one.',
    moreSlowThanWorkers: '{slow} slow responses for {workers} workers: at least {extra} of them were not a worker’s first request.',
    tail: 'The worker that sent the slowest request ({slowest} s) finished within the total: {total} − {slowest} = {left} s for its other {others} requests, {each} s each at most. One slow request, then fast ones.',
    overhead: 'The function sleeps {sleep} s; the fastest request took {fastest} s: {overhead} ms on top of the sleep for the whole round trip.',
    coldStartEni: 'Each worker’s slow response was its first: a new execution environment waiting for the ENI that the old architecture created on a cold start (the record keeps no order).',
    coldStartFirst: 'Each worker’s slow response was its first: the cold starts of {workers} new execution environments, {from}–{to} s with no ENI to wait for (most requests took {fast} s or less). The record keeps no order.',
    coldStartSome: 'The slow responses include each worker’s first (a cold start with no ENI to wait for); what held up the other {extra} the record does not say.',
    concurrencyDefault: '-c {c}, hey’s default: the talk does not give -c (slide 24’s notes keep the default).',
    concurrencyFromRecord: 'A concurrency of {c}: not the slide’s {stated} but the smallest count the record allows (of {feasible}).',
    memory: 'The function’s memory, which the talk never gives: in the old architecture, {c} concurrent executions need ⌈{c} × memory ÷ 3,072 MB⌉ ENIs: {at1024} at 1,024 MB, {at128} at 128 MB.',
    usersUp: '{users} users started {perSecond} a second: all are running after {seconds} s.',
    overLimit: 'A user has one request in flight at a time, so at most {users} are in flight: {over} more than the concurrency limit of {limit}.',
    reachedLimit: 'Concurrency reached the limit of {limit}: throttling was frequent (slide 34), and Lambda throttles only at the limit. The day’s graph kept no numbers.',
    noWait: 'No wait between a user’s requests. With Locust’s default wait of that era, {wait} s, each user would have a request in flight {busy} ÷ ({busy} + {wait}) of the time: about {inFlight} in flight, under the limit of {limit}, and throttling would hardly happen. The frequent throttling argues for a short wait or none.',
    errorReturn: 'A throttled request comes back in {errorSeconds} s: the {over} users over the limit send again at once, about {throttles} throttles a second (slide 36’s scale follows from this).',
  },
};
