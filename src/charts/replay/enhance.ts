/**
 * The replay in the browser: reconstructs the run (the same seeded reconstruction the build
 * used), then animates the server-drawn histogram and draws hey's workers as lanes on a canvas
 * laid over the same box. Nothing here recomputes a layout: geometry comes from the page.
 */
import { count, fill } from '../../i18n/format.ts';
import { timelineKeys } from '../runtime/keys.ts';
import { jsonOf, wordsOf } from '../runtime/json.ts';
import { isPrinting, prefersReducedMotion } from '../runtime/motion.ts';
import { playback } from '../runtime/playback.ts';
import type { HeyBucket, HeySummary } from '../../lib/hey-report.ts';
import { momentAt, reconstructRun, replayTimeline } from '../../lib/replay.ts';
import { barHeight } from '../histogram/bars.ts';
import type { LanesLayout } from './lanes.ts';
import { lanesPainter } from './paint.ts';
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

export function enhanceReplay(figure: HTMLElement): void {
  const input = jsonOf<ReplayInput>(figure, 'input');
  const { progress: progressText, worker: workerWords } = wordsOf<{ progress: string; worker: WorkerWords }>(figure);
  const replay = reconstructRun(input.summary, input.histogram, { seed: input.seed, concurrency: input.concurrency });
  const timeline = replayTimeline(replay);
  const { requests } = replay;
  const total = replay.totalSeconds;

  const reducedMotion = prefersReducedMotion();
  const printing = isPrinting();

  const histogramSvg = figure.querySelector<SVGSVGElement>('.histogram-svg')!;
  const playButton = figure.querySelector<HTMLButtonElement>('[data-action="play"]')!;
  const range = figure.querySelector<HTMLInputElement>('.replay-timeline input')!;
  const speedSelect = figure.querySelector<HTMLSelectElement>('.replay-speed select')!;
  const outputs = Object.fromEntries(
    ['elapsed', 'done', 'rps', 'average'].map((name) => [name, figure.querySelector<HTMLOutputElement>(`output[name="${name}"]`)!]),
  );

  // The histogram's geometry, as the build drew it.
  const baseline = Number(histogramSvg.dataset.baseline);
  const pixelsPerRequest = Number(histogramSvg.dataset.pixelsPerRequest);
  const minimumBarHeight = Number(histogramSvg.dataset.minimumBarHeight);
  const bars = [...histogramSvg.querySelectorAll<SVGRectElement>('rect.bar')];
  const labels = [...histogramSvg.querySelectorAll<SVGTextElement>('text.bar-label')];
  const bucketCentres = bars.map(
    (rect) => Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2,
  );
  // The same bar height the build drew with, from the scale it wrote on the <svg>.
  const heightOf = (count: number) => barHeight({ pixelsPerRequest, minimumBarHeight }, count);

  const painter = lanesPainter(figure, requests, replay.workers, input.lanes, input.slowFrom);
  let selected: number | undefined;
  workerProbe(figure, requests, replay.workers, input.slowFrom, workerWords, (worker) => {
    selected = worker;
    draw();
  });

  let t = reducedMotion || printing || figure.dataset.start === 'end' ? total : 0;
  let speed = 1;
  /** Wall-clock time at which each request finished falling, by index, for the falling animation. */
  let wallNow = 0;
  const endedAtWall = new Float64Array(requests.length).fill(-Infinity);

  const write = (output: HTMLOutputElement, value: string) => {
    if (output.value !== value) output.value = value;
  };

  function draw() {
    const moment = momentAt(timeline, t);
    const done = moment.done;

    // Counters, each written only when its text changes: a write, even of the same text, costs the frame a layout.
    write(outputs.elapsed!, t.toFixed(2));
    write(outputs.done!, count(done));
    write(outputs.rps!, moment.requestsPerSecond.toFixed(1));
    write(outputs.average!, moment.averageSeconds === undefined ? '—' : moment.averageSeconds.toFixed(4));
    range.value = String(Math.round(t * 1000));
    range.setAttribute('aria-valuetext', fill(progressText, { seconds: t.toFixed(2), done }));

    // Histogram: the bars the build drew, at the counts so far.
    bars.forEach((bar, i) => {
      const height = String(heightOf(moment.bucketCounts[i]!));
      if (bar.getAttribute('height') === height) return;
      bar.setAttribute('y', String(baseline - Number(height)));
      bar.setAttribute('height', height);
    });
    for (const label of labels) {
      const requests = moment.bucketCounts[Number(label.dataset.bucket)]!;
      const text = count(requests);
      // Changing SVG text costs a text layout: only touch the labels whose count moved.
      if (label.textContent === text) continue;
      label.textContent = text;
      label.setAttribute('y', String(baseline - heightOf(requests) - 6));
    }

    painter.paint({ t, done, selected, falling: !reducedMotion && player.playing ? { wallNow, endedAtWall, bucketCentres } : undefined });
  }

  function setTime(next: number) {
    const before = momentAt(timeline, t).done;
    t = Math.min(Math.max(next, 0), total);
    const after = momentAt(timeline, t).done;
    if (after > before) endedAtWall.fill(wallNow, before, after);
    draw();
  }

  const player = playback({
    button: playButton,
    time: () => t,
    end: () => total,
    setTime: (next) => {
      wallNow = performance.now() / 1000;
      setTime(next);
    },
    speed: () => speed,
    onPause: draw,
    measure: 'replay-frame',
  });
  const pause = () => player.pause();
  const jump = (to: number) => {
    pause();
    setTime(to);
  };

  function step(direction: 1 | -1) {
    pause();
    const done = momentAt(timeline, t).done;
    if (direction === 1) setTime(done < requests.length ? requests[done]!.end : total);
    else setTime(done >= 2 ? requests[done - 2]!.end : 0);
  }

  figure.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
    if (action === 'play') player.toggle();
    else if (action === 'step-forward') step(1);
    else if (action === 'step-back') step(-1);
    else if (action === 'restart') jump(0);
  });
  range.addEventListener('input', () => {
    const next = Number(range.value) / 1000; // read before pause() redraws the slider
    pause();
    setTime(next);
  });
  speedSelect.addEventListener('change', () => {
    speed = Number(speedSelect.value);
  });
  timelineKeys(figure, { toggle: () => player.toggle(), start: () => jump(0), end: () => jump(total), step });
  for (const control of figure.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('.replay-controls button, .replay-controls input, .replay-controls select')) {
    control.disabled = false;
  }
  range.max = String(Math.round(total * 1000));
  painter.resize();
  draw();
}
