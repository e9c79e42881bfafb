/** "Predict, then see" (the reading page, before slides 25 and 30), in English (same shape as predict.ja.ts). */
import type { PredictStrings } from './predict.ja.ts';

export const predictEn: PredictStrings = {
  badge: 'Predict',
  hint: 'Drag the mark or use the arrow keys, then show the answer.',
  show: 'Show the answer',
  skip: 'Skip, just show me',
  again: 'Guess again',
  guessLabel: 'your guess {value}',
  slowest: {
    name: 'Predict, then see: the slowest request of {date}',
    question: 'Before the result: on {date}, on the old architecture, hey sent {requests} requests through this setup. How long did the slowest one take? Place your guess on the time axis.',
    handle: 'Your guess for the slowest request',
    desc: 'The slowest request took {slowest} s (as recorded). Requests by response time: {buckets}.',
    answer: 'The slowest request took {slowest} s (hey’s record, slide 25); {slow} of the {requests} took more than {from} s.',
    answerLabel: 'slowest {value}',
    exact: 'Your guess, {guess}, was right on it.',
    close: 'Your guess, {guess}, was only {diff} s off.',
    short: 'Your guess, {guess}, was {diff} s short of it.',
    over: 'Your guess, {guess}, was {diff} s past it.',
  },
  enis: {
    name: 'Predict, then see: ENIs for {peak} concurrent executions after Hyperplane',
    question: 'Before slide 30: verification 2 ran about {peak} executions at once on the new architecture. How many ENIs did the function end up with? Pick a number.',
    handle: 'Your guess: ENIs for {peak} concurrent executions',
    axis: 'ENIs (log scale)',
    one: '{n} ENI',
    many: '{n} ENIs',
    desc: 'After Hyperplane, in this site’s model: {enis} for {peak} concurrent executions. Before, with one ENI per worker: {oldEnis} at {memory} MB.',
    answer: 'In this site’s model, after Hyperplane the function keeps {enis} for {peak} concurrent executions, as the ENI list on slide 30 showed. Before, with one ENI per 3 GB worker, the same load at {memory} MB needed {oldEnis}.',
    answerLabel: 'Hyperplane (model) {value}',
    oldLabel: 'before: one per worker {value}',
    exact: 'Your guess, {guess}, was exactly right.',
    over: 'Your guess, {guess}, was {times} times too many.',
    under: 'Your guess, {guess}, was {times} times too few.',
    nearOld: ' That is about what the old architecture needed.',
  },
};
