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
    requests: '{n} requests: {data} bytes ÷ {size} bytes a request.',
    slowCluster: '{n} slow responses, {from}–{to} s ({counts}), after {empty} empty buckets.',
    ruledOut: 'Not -c {c}: {share} requests a worker at {fastest} s or more take at least {least} s; the run took {total} s.',
    range: 'At most {maxShare} requests a worker: beside the slowest, ({total} − {slowest}) ÷ {fastest} + 1 = {shareBound}. So at least {byShare} workers (Little’s law: {inFlight}). Of the counts that divide {n}, the record allows {feasible}.',
    oneSlowEach: 'No worker sent two slow responses: two over {from} s and {others} more at {fastest} s or more take {least} s, past {total} s. So one each for the {workers} workers.',
    moreSlowThanWorkers: '{slow} slow responses for {workers} workers: at least {extra} were not a worker’s first.',
    tail: 'The worker that sent the slowest had {total} − {slowest} = {left} s for its other {others}: {each} s each at most, all fast.',
    overhead: 'The fastest, {fastest} s, is {overhead} ms over the {sleep} s sleep: the whole round trip.',
    coldStartEni: 'Each slow response was its worker’s first: a new execution environment waiting for its ENI (the record keeps no order).',
    coldStartFirst: 'Each slow response was its worker’s first: {workers} cold starts, {from}–{to} s against {fast} s or less, with no ENI to wait for (the record keeps no order).',
    coldStartSome: 'The slow responses include each worker’s first, a cold start with no ENI to wait for; what held up the other {extra} the record does not say.',
    concurrencyDefault: '-c {c}, hey’s default: the talk does not give -c.',
    concurrencyFromRecord: '{c} workers: the smallest count the record allows ({feasible}), not the slide’s {stated}.',
    memory: 'The memory, which the talk never gives: the old architecture needs ⌈{c} × memory ÷ 3,072 MB⌉ ENIs, {at1024} at 1,024 MB, {at128} at 128 MB.',
    usersUp: '{users} users started {perSecond} a second: all are running after {seconds} s.',
    overLimit: 'A user has one request in flight at a time, so at most {users} are in flight: {over} more than the concurrency limit of {limit}.',
    reachedLimit: 'Concurrency reached the limit of {limit}: throttling was frequent (slide 34), and Lambda throttles only at the limit. The day’s graph kept no numbers.',
    noWait: 'No wait between a user’s requests. With Locust’s default wait of that era, {wait} s, each user would have a request in flight {busy} ÷ ({busy} + {wait}) of the time: about {inFlight} in flight, under the limit of {limit}, and throttling would hardly happen. The frequent throttling argues for a short wait or none.',
    errorReturn: 'A throttled request comes back in {errorSeconds} s: the {over} users over the limit send again at once, about {throttles} throttles a second (slide 36’s scale follows from this).',
  },
};
