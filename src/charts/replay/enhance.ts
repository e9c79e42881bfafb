/**
 * The replay in the browser: reconstructs the run (the same seeded reconstruction the build
 * used), then animates the server-drawn histogram and draws hey's workers as lanes on a canvas
 * laid over the same box. Nothing here recomputes a layout: geometry comes from the page.
 */
import { count, fill } from '../../i18n/format.ts';
import { timelineKeys } from '../runtime/keys.ts';
import { jsonOf, wordsOf } from '../runtime/json.ts';
import { isPrinting, prefersReducedMotion } from '../runtime/motion.ts';
import { playback, type Playback } from '../runtime/playback.ts';
import type { HeyBucket, HeySummary } from '../../lib/hey-report.ts';
import { momentAt, reconstructRun, replayTimeline, type ReplayMoment, type ReplayRequest, type ReplayTimeline } from '../../lib/replay.ts';
import { barFrame, type BarPlace, type BarScale } from '../histogram/bars.ts';
import { writeFrame } from '../runtime/svg-frame.ts';
import type { LanesLayout } from './lanes.ts';
import { lanesPainter, type LanesPainter } from './paint.ts';
import { workerProbe, type WorkerWords } from './probe.ts';

interface ReplayInput {
  id: string;
  summary: HeySummary;
  histogram: HeyBucket[];
  seed: number;
  concurrency?: number;
  slowFrom?: number;
  lanes: LanesLayout;
  timeMax: number;
}

type Counter = 'elapsed' | 'done' | 'rps' | 'average';
const counters: readonly Counter[] = ['elapsed', 'done', 'rps', 'average'];

/** The controls and counters the build wrote, disabled until the replay takes them over. */
interface ReplayControls {
  playButton: HTMLButtonElement;
  range: HTMLInputElement;
  speedSelect: HTMLSelectElement;
  outputs: Record<Counter, HTMLOutputElement>;
}

/** The histogram as the build drew it: where its bars stand, the scale it wrote on the <svg>, and the groups a frame is written to. */
interface DrawnHistogram {
  places: BarPlace[];
  scale: BarScale;
  bars: SVGGElement;
  labels: SVGGElement;
  bucketCentres: number[];
}

/** A replay at work: the reconstructed run, what it draws on, and where its clock and its reader are. */
interface Replay {
  timeline: ReplayTimeline;
  requests: readonly ReplayRequest[];
  total: number;
  progressText: string;
  reducedMotion: boolean;
  controls: ReplayControls;
  histogram: DrawnHistogram;
  painter: LanesPainter;
  player: Playback;
  /** The run's time on screen, in seconds. */
  t: number;
  speed: number;
  /** The worker a reader is reading, if any. */
  selected: number | undefined;
  /** Wall-clock time of the frame, and when each request finished falling, by index: the falling animation's clock. */
  wallNow: number;
  endedAtWall: Float64Array;
}

export function enhanceReplay(figure: HTMLElement): void {
  const input = jsonOf<ReplayInput>(figure, 'input');
  const { progress: progressText, worker: workerWords } = wordsOf<{ progress: string; worker: WorkerWords }>(figure);
  const run = reconstructRun(input.summary, input.histogram, { seed: input.seed, concurrency: input.concurrency });
  const { requests } = run;
  const total = run.totalSeconds;
  const reducedMotion = prefersReducedMotion();
  const atEnd = reducedMotion || isPrinting() || figure.dataset.start === 'end';
  const controls = replayControls(figure);
  const histogram = drawnHistogram(figure.querySelector<SVGSVGElement>('.histogram-svg')!);
  const painter = lanesPainter(figure, requests, run.workers, input.lanes, input.slowFrom);
  // playback() only keeps these callbacks; none runs before `replay` is made.
  const player = playback({
    button: controls.playButton,
    time: () => replay.t,
    end: () => total,
    setTime: (next) => {
      replay.wallNow = performance.now() / 1000;
      setTime(replay, next);
    },
    speed: () => replay.speed,
    onPause: () => draw(replay),
    measure: 'replay-frame',
  });
  const replay: Replay = {
    timeline: replayTimeline(run),
    requests,
    total,
    progressText,
    reducedMotion,
    controls,
    histogram,
    painter,
    player,
    t: atEnd ? total : 0,
    speed: 1,
    selected: undefined,
    wallNow: 0,
    endedAtWall: new Float64Array(requests.length).fill(-Infinity),
  };
  workerProbe(figure, requests, run.workers, input.slowFrom, workerWords, (worker) => {
    replay.selected = worker;
    draw(replay);
  });
  listen(figure, replay);
  painter.resize();
  draw(replay);
}

function replayControls(figure: HTMLElement): ReplayControls {
  const output = (name: Counter) => figure.querySelector<HTMLOutputElement>(`output[name="${name}"]`)!;
  return {
    playButton: figure.querySelector<HTMLButtonElement>('[data-action="play"]')!,
    range: figure.querySelector<HTMLInputElement>('.replay-timeline input')!,
    speedSelect: figure.querySelector<HTMLSelectElement>('.replay-speed select')!,
    outputs: Object.fromEntries(counters.map((name) => [name, output(name)])) as Record<Counter, HTMLOutputElement>,
  };
}

function drawnHistogram(svg: SVGSVGElement): DrawnHistogram {
  const number = (element: Element, name: string) => Number(element.getAttribute(name));
  const labelX = new Map([...svg.querySelectorAll('text.bar-label')].map((label) => [number(label, 'data-bucket'), number(label, 'x')]));
  const places = [...svg.querySelectorAll('rect.bar')].map((rect): BarPlace => {
    const index = number(rect, 'data-bucket');
    return { index, x: number(rect, 'x'), width: number(rect, 'width'), slow: rect.classList.contains('bar--slow'), labelX: labelX.get(index) };
  });
  return {
    places,
    scale: { baseline: Number(svg.dataset.baseline), pixelsPerRequest: Number(svg.dataset.pixelsPerRequest), minimumBarHeight: Number(svg.dataset.minimumBarHeight) },
    bars: svg.querySelector('g.bars')!,
    labels: svg.querySelector('g.bar-labels')!,
    bucketCentres: places.map((place) => place.x + place.width / 2),
  };
}

function draw(replay: Replay) {
  const { t, histogram } = replay;
  const moment = momentAt(replay.timeline, t);
  writeCounters(replay, moment);
  drawBars(histogram, moment.bucketCounts);
  const falling = !replay.reducedMotion && replay.player.playing ? { wallNow: replay.wallNow, endedAtWall: replay.endedAtWall, bucketCentres: histogram.bucketCentres } : undefined;
  replay.painter.paint({ t, done: moment.done, selected: replay.selected, falling });
}

// Each counter is written only when its text changes: a write, even of the same text, costs the frame a layout.
const write = (output: HTMLOutputElement, value: string) => {
  if (output.value !== value) output.value = value;
};

function writeCounters({ controls: { outputs, range }, t, progressText }: Replay, moment: ReplayMoment) {
  write(outputs.elapsed, t.toFixed(2));
  write(outputs.done, count(moment.done));
  write(outputs.rps, moment.requestsPerSecond.toFixed(1));
  write(outputs.average, moment.averageSeconds === undefined ? '—' : moment.averageSeconds.toFixed(4));
  range.value = String(Math.round(t * 1000));
  range.setAttribute('aria-valuetext', fill(progressText, { seconds: t.toFixed(2), done: moment.done }));
}

/** The bars the build drew, at the counts so far, by the function the build drew them with. */
function drawBars({ places, scale, bars, labels }: DrawnHistogram, bucketCounts: readonly number[]) {
  const frames = places.map((place) => barFrame(place, scale, bucketCounts[place.index]!));
  writeFrame(bars, frames.map((frame) => frame.bar));
  writeFrame(labels, frames.flatMap((frame) => frame.label ?? []));
}

function setTime(replay: Replay, next: number) {
  const before = momentAt(replay.timeline, replay.t).done;
  replay.t = Math.min(Math.max(next, 0), replay.total);
  const after = momentAt(replay.timeline, replay.t).done;
  if (after > before) replay.endedAtWall.fill(replay.wallNow, before, after);
  draw(replay);
}

function jump(replay: Replay, to: number) {
  replay.player.pause();
  setTime(replay, to);
}

/** One request on or back: to the end of the next to finish, or of the one before the last finished. */
function step(replay: Replay, direction: 1 | -1) {
  replay.player.pause();
  const { requests, total } = replay;
  const done = momentAt(replay.timeline, replay.t).done;
  if (direction === 1) setTime(replay, done < requests.length ? requests[done]!.end : total);
  else setTime(replay, done >= 2 ? requests[done - 2]!.end : 0);
}

function listen(figure: HTMLElement, replay: Replay) {
  const { player, controls, total } = replay;
  const { range, speedSelect } = controls;
  figure.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
    if (action === 'play') player.toggle();
    else if (action === 'step-forward') step(replay, 1);
    else if (action === 'step-back') step(replay, -1);
    else if (action === 'restart') jump(replay, 0);
  });
  range.addEventListener('input', () => {
    const next = Number(range.value) / 1000; // read before pause() redraws the slider
    player.pause();
    setTime(replay, next);
  });
  speedSelect.addEventListener('change', () => {
    replay.speed = Number(speedSelect.value);
  });
  timelineKeys(figure, { toggle: () => player.toggle(), start: () => jump(replay, 0), end: () => jump(replay, total), step: (direction) => step(replay, direction) });
  for (const control of figure.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('.replay-controls button, .replay-controls input, .replay-controls select')) {
    control.disabled = false;
  }
  range.max = String(Math.round(total * 1000));
}
