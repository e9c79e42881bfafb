/**
 * The replay in the browser: reconstructs the run (the same seeded reconstruction the build
 * used), then animates the server-drawn histogram and draws hey's workers as lanes on a canvas
 * laid over the same box. Nothing here recomputes a layout: geometry comes from the page.
 */
import { select, selectAll } from 'd3-selection';
import { count, fill } from '../../i18n/format.ts';
import { resolvedColour } from '../runtime/colour.ts';
import { timelineKeys } from '../runtime/keys.ts';
import { jsonOf, wordsOf } from '../runtime/json.ts';
import { isPrinting, prefersReducedMotion } from '../runtime/motion.ts';
import { playback } from '../runtime/playback.ts';
import type { HeyBucket, HeySummary } from '../../lib/hey-report.ts';
import { momentAt, reconstructRun, replayTimeline } from '../../lib/replay.ts';
import { barHeight } from '../histogram/bars.ts';
import { laneGeometry, type LanesLayout } from './lanes.ts';

interface ReplayInput {
  id: string;
  summary: HeySummary;
  histogram: HeyBucket[];
  seed: number;
  lanes: LanesLayout;
  timeMax: number;
}

/** How long, in wall-clock seconds, a finished request takes to fall into its bucket. */
const fallSeconds = 0.45;
/** Falling requests drawn at once, at most: the newest ones. */
const maxFalling = 400;

export function enhanceReplay(figure: HTMLElement): void {
  const input = jsonOf<ReplayInput>(figure, 'input');
  const { progress: progressText } = wordsOf<{ progress: string }>(figure);
  const replay = reconstructRun(input.summary, input.histogram, input.seed);
  const timeline = replayTimeline(replay);
  const { requests } = replay;
  const total = replay.totalSeconds;

  const reducedMotion = prefersReducedMotion();
  const printing = isPrinting();

  const stage = figure.querySelector<HTMLElement>('.replay-stage')!;
  const lanesSvg = figure.querySelector<SVGSVGElement>('.replay-lanes')!;
  const histogramSvg = figure.querySelector<SVGSVGElement>('.histogram-svg')!;
  const canvas = figure.querySelector<HTMLCanvasElement>('.replay-canvas')!;
  const context = canvas.getContext('2d')!;
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
  const bars = selectAll(histogramSvg.querySelectorAll<SVGRectElement>('rect.bar'));
  const labels = selectAll(histogramSvg.querySelectorAll<SVGTextElement>('text.bar-label'));
  const barBoxes = [...histogramSvg.querySelectorAll<SVGRectElement>('rect.bar')].map((rect) => ({
    centre: Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2,
  }));
  // The same bar height the build drew with, from the scale it wrote on the <svg>.
  const heightOf = (count: number) => barHeight({ pixelsPerRequest, minimumBarHeight }, count);

  const lanes = laneGeometry(input.lanes, replay.workers);
  const lanesHeight = input.lanes.height;
  let colour = resolvedColour(figure, 'var(--chart-color, #888)');
  let muted = resolvedColour(figure, 'var(--color-muted, #888)');

  select(lanesSvg).select('.lanes-hint').remove();

  // Finished requests never change: they are drawn once into a layer kept off screen, and each
  // frame copies that layer instead of redrawing up to 10,000 rectangles.
  const doneLayer = document.createElement('canvas');
  const doneContext = doneLayer.getContext('2d')!;
  let doneDrawn = 0;

  let scale = 1;
  function resize() {
    const width = stage.clientWidth;
    // A hidden chart (a slide the deck has moved away from) has no width: keep its drawing for
    // when it shows again; a layer of no size cannot even be copied.
    if (width === 0) return;
    scale = width / input.lanes.width;
    // From the viewBox, not getBoundingClientRect: in the deck the slide is scaled by a transform.
    // The canvas covers the lanes only: a canvas is copied whole on every frame, so it stays small.
    const height = input.lanes.height * scale;
    const ratio = window.devicePixelRatio || 1;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    canvas.width = doneLayer.width = Math.round(width * ratio);
    canvas.height = doneLayer.height = Math.round(height * ratio);
    context.setTransform(ratio * scale, 0, 0, ratio * scale, 0, 0);
    doneContext.setTransform(ratio * scale, 0, 0, ratio * scale, 0, 0);
    doneDrawn = 0;
    draw();
  }

  // The deck's projector switch flips light and dark without a reload: the canvas repaints in the new colours.
  document.addEventListener('themechange', () => {
    colour = resolvedColour(figure, 'var(--chart-color, #888)');
    muted = resolvedColour(figure, 'var(--color-muted, #888)');
    doneDrawn = 0;
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
    bars.each(function (this: SVGRectElement, _, i) {
      const height = String(heightOf(moment.bucketCounts[i]!));
      if (this.getAttribute('height') === height) return;
      this.setAttribute('y', String(baseline - Number(height)));
      this.setAttribute('height', height);
    });
    labels.each(function (this: SVGTextElement) {
      const bucket = Number(this.dataset.bucket);
      const requests = moment.bucketCounts[bucket]!;
      const text = count(requests);
      // Changing SVG text costs a text layout: only touch the labels whose count moved.
      if (this.textContent === text) return;
      this.textContent = text;
      this.setAttribute('y', String(baseline - heightOf(requests) - 6));
    });

    // Lanes: finished requests faint, requests in flight solid, and the moment as a line.
    if (done < doneDrawn) {
      doneContext.clearRect(0, 0, input.lanes.width, lanesHeight);
      doneDrawn = 0;
    }
    if (done > doneDrawn) {
      doneContext.fillStyle = colour;
      doneContext.beginPath();
      for (let i = doneDrawn; i < done; i++) {
        const r = requests[i]!;
        doneContext.rect(lanes.x(r.start), lanes.y(r.worker), lanes.x(r.end) - lanes.x(r.start), lanes.barHeight);
      }
      doneContext.fill();
      doneDrawn = done;
    }
    context.clearRect(0, 0, input.lanes.width, lanesHeight);
    context.globalAlpha = 0.35;
    context.drawImage(doneLayer, 0, 0, input.lanes.width, lanesHeight);
    context.globalAlpha = 1;
    context.fillStyle = colour;
    context.beginPath();
    for (let i = done; i < requests.length; i++) {
      const r = requests[i]!;
      if (r.start > t) continue;
      context.rect(lanes.x(r.start), lanes.y(r.worker), Math.max(lanes.x(t) - lanes.x(r.start), 0.5), lanes.barHeight);
    }
    context.fill();
    context.fillStyle = muted;
    context.fillRect(lanes.x(t) - 0.5, input.lanes.margin.top, 1, lanesHeight - input.lanes.margin.top - input.lanes.margin.bottom);

    // Requests that just finished fall from the end of their lane towards their bucket below.
    if (!reducedMotion && player.playing) {
      context.fillStyle = colour;
      const first = Math.max(0, done - maxFalling);
      for (let i = first; i < done; i++) {
        const age = wallNow - endedAtWall[i]!;
        if (!(age >= 0 && age < fallSeconds)) continue;
        const r = requests[i]!;
        const progress = age / fallSeconds;
        const fromX = lanes.x(r.end);
        const fromY = lanes.y(r.worker);
        const toX = barBoxes[r.bucket]!.centre;
        const toY = lanesHeight - input.lanes.margin.bottom;
        const x = fromX + (toX - fromX) * progress;
        const y = fromY + (toY - fromY) * progress * progress;
        context.fillRect(x - 1.5, y - 1.5, 3, 3);
      }
    }
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
  new ResizeObserver(resize).observe(stage);
  resize();
}
