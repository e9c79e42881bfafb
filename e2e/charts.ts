import { boxDiagramIds } from '../src/lib/diagrams.ts';

/** The architecture diagrams, each with a page of its own under /embed/. */
export const diagramIds = boxDiagramIds;

/** Every chart with a page of its own under /embed/. */
export const chartIds = [
  'histogram-v1-2019-05-29',
  'histogram-v1-2019-10-20',
  'histogram-v2-2019-10-20',
  'histogram-v1-compare',
  'replay-v1-2019-05-29',
  'replay-v1-2019-10-20',
  'replay-v2-2019-10-20',
  'eni-model',
  'eni-capacity',
  'verification-3-model',
  'rdb-connections',
  'rollout',
  ...diagramIds,
] as const;
