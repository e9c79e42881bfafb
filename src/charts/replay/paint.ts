/**
 * The replay's canvas over the lanes the build drew: requests done and in flight painted in their
 * kind's colour (slow or not) over the build's schedule, which rests faint beneath them; the
 * moment as a line; requests falling towards their bucket; and the lane a reader chose, outlined.
 */
import { resolvedColour } from '../runtime/colour.ts';
import type { ReplayRequest } from '../../lib/replay.ts';
import { laneGeometry, type LanesLayout } from './lanes.ts';

/** How long, in wall-clock seconds, a finished request takes to fall into its bucket. */
const fallSeconds = 0.45;
/** Falling requests drawn at once, at most: the newest ones. */
const maxFalling = 400;

export interface PaintState {
  t: number;
  done: number;
  /** Requests finished falling by wall-clock time, when falls are drawn (playing, motion allowed). */
  falling?: { wallNow: number; endedAtWall: Float64Array; bucketCentres: number[] };
  /** The worker a reader is reading, if any. */
  selected?: number;
}

export interface LanesPainter {
  paint(state: PaintState): void;
  /** Sizes the canvas to its box (on its own when the box resizes; the enhancer calls it once at the start). */
  resize(): void;
}

type Colours = Record<'other' | 'slow' | 'line' | 'muted', string>;

/** The canvas and what it has drawn: the lanes' geometry, the requests, and the layer of those finished. */
interface Lanes {
  stage: HTMLElement;
  canvas: HTMLCanvasElement;
  context: CanvasRenderingContext2D;
  box: LanesLayout;
  lanes: ReturnType<typeof laneGeometry>;
  requests: readonly ReplayRequest[];
  /** Whether each request is one of the slow ones, by index. */
  slow: boolean[];
  colour: Colours;
  // Finished requests never change: they are drawn once into a layer kept off screen, and each
  // frame copies that layer instead of redrawing up to 10,000 rectangles.
  doneLayer: HTMLCanvasElement;
  doneContext: CanvasRenderingContext2D;
  doneDrawn: number;
  /** The last state painted, to paint again after a resize or a change of theme. */
  last: PaintState;
}

const coloursOf = (figure: HTMLElement): Colours => ({
  other: resolvedColour(figure, 'var(--chart-color, #888)'),
  slow: resolvedColour(figure, 'var(--replay-slow, #888)'),
  line: resolvedColour(figure, 'var(--color-text, #000)'),
  muted: resolvedColour(figure, 'var(--color-muted, #888)'),
});

export function lanesPainter(figure: HTMLElement, requests: readonly ReplayRequest[], workers: number, box: LanesLayout, slowFrom: number | undefined): LanesPainter {
  const canvas = figure.querySelector<HTMLCanvasElement>('.replay-canvas')!;
  const doneLayer = document.createElement('canvas');
  const lanes: Lanes = {
    stage: figure.querySelector<HTMLElement>('.replay-lanes-box')!,
    canvas,
    context: canvas.getContext('2d')!,
    box,
    lanes: laneGeometry(box, workers),
    requests,
    slow: requests.map((r) => slowFrom !== undefined && r.bucket >= slowFrom),
    colour: coloursOf(figure),
    doneLayer,
    doneContext: doneLayer.getContext('2d')!,
    doneDrawn: 0,
    last: { t: 0, done: 0 },
  };
  // The deck's projector switch flips light and dark without a reload: the canvas repaints in the new colours.
  document.addEventListener('themechange', () => {
    lanes.colour = coloursOf(figure);
    lanes.doneDrawn = 0;
    paint(lanes, lanes.last);
  });
  new ResizeObserver(() => resize(lanes)).observe(lanes.stage);
  return { paint: (state) => paint(lanes, state), resize: () => resize(lanes) };
}

/** Requests from..to (exclusive), each kind one path and one fill; each ending at `until` when given. */
function rects({ requests, lanes, slow, colour }: Lanes, target: CanvasRenderingContext2D, from: number, to: number, until?: number) {
  const paths = [new Path2D(), new Path2D()];
  for (let i = from; i < to; i++) {
    const r = requests[i]!;
    if (until !== undefined && r.start > until) continue;
    const x = lanes.x(r.start);
    const end = until === undefined ? lanes.x(r.end) : Math.max(lanes.x(until), x + 0.5);
    paths[slow[i] ? 1 : 0]!.rect(x, lanes.y(r.worker), end - x, lanes.barHeight);
  }
  target.fillStyle = colour.other;
  target.fill(paths[0]!);
  target.fillStyle = colour.slow;
  target.fill(paths[1]!);
}

function paint(lanes: Lanes, state: PaintState) {
  lanes.last = state;
  const { t, done } = state;
  const { box, context } = lanes;
  if (done < lanes.doneDrawn) {
    lanes.doneContext.clearRect(0, 0, box.width, box.height);
    lanes.doneDrawn = 0;
  }
  if (done > lanes.doneDrawn) {
    rects(lanes, lanes.doneContext, lanes.doneDrawn, done);
    lanes.doneDrawn = done;
  }
  context.clearRect(0, 0, box.width, box.height);
  context.drawImage(lanes.doneLayer, 0, 0, box.width, box.height);
  rects(lanes, context, done, lanes.requests.length, t);
  context.fillStyle = lanes.colour.muted;
  context.fillRect(lanes.lanes.x(t) - 0.5, box.margin.top, 1, box.height - box.margin.top - box.margin.bottom);
  if (state.selected !== undefined) outline(lanes, state.selected);
  if (state.falling) falls(lanes, done, state.falling);
}

function outline({ lanes, box, context, colour }: Lanes, worker: number) {
  // A lane thinner than the eye can find is outlined three pixels tall, centred on it.
  const height = Math.max(lanes.barHeight, 3);
  const y = lanes.y(worker) + lanes.barHeight / 2 - height / 2;
  context.strokeStyle = colour.line;
  context.lineWidth = 1.5;
  context.strokeRect(box.margin.left - 2, y - 1, box.width - box.margin.left - box.margin.right + 4, height + 2);
}

function falls({ lanes, box, context, colour, requests, slow }: Lanes, done: number, { wallNow, endedAtWall, bucketCentres }: NonNullable<PaintState['falling']>) {
  const toY = box.height - box.margin.bottom;
  for (let i = Math.max(0, done - maxFalling); i < done; i++) {
    const age = wallNow - endedAtWall[i]!;
    if (!(age >= 0 && age < fallSeconds)) continue;
    const r = requests[i]!;
    const progress = age / fallSeconds;
    const fromX = lanes.x(r.end);
    const fromY = lanes.y(r.worker);
    const x = fromX + (bucketCentres[r.bucket]! - fromX) * progress;
    const y = fromY + (toY - fromY) * progress * progress;
    context.fillStyle = slow[i] ? colour.slow : colour.other;
    context.fillRect(x - 1.5, y - 1.5, 3, 3);
  }
}

function resize(lanes: Lanes) {
  const { stage, box, canvas, doneLayer } = lanes;
  const width = stage.clientWidth;
  // A hidden chart (a slide the deck has moved away from) has no width: keep its drawing for
  // when it shows again; a layer of no size cannot even be copied.
  if (width === 0) return;
  // From the viewBox, not getBoundingClientRect: in the deck the slide is scaled by a transform.
  const scale = width / box.width;
  const height = box.height * scale;
  const ratio = window.devicePixelRatio || 1;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  canvas.width = doneLayer.width = Math.round(width * ratio);
  canvas.height = doneLayer.height = Math.round(height * ratio);
  lanes.context.setTransform(ratio * scale, 0, 0, ratio * scale, 0, 0);
  lanes.doneContext.setTransform(ratio * scale, 0, 0, ratio * scale, 0, 0);
  lanes.doneDrawn = 0;
  paint(lanes, lanes.last);
}
