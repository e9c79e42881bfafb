/**
 * Reading one worker's requests: the slider the build laid over the lanes answers a pointer (the
 * lane under it) and the keyboard (↑ ↓ one worker, Home End the first and last), and says the
 * worker's requests in order, aloud (its value text) and on screen (a line over the lanes).
 */
import { count, fill } from '../../i18n/format.ts';
import type { ReplayRequest } from '../../lib/replay.ts';

export interface WorkerWords {
  label: string;
  value: string;
  slow: string;
  more: string;
}

/** Requests listed by value before the rest are counted. */
const listed = 10;

export function workerProbe(
  figure: HTMLElement,
  requests: readonly ReplayRequest[],
  workers: number,
  slowFrom: number | undefined,
  words: WorkerWords,
  onSelect: (worker: number | undefined) => void,
): void {
  const probe = figure.querySelector<HTMLElement>('.replay-probe')!;
  const readout = figure.querySelector<HTMLElement>('.replay-worker')!;
  const byWorker: ReplayRequest[][] = Array.from({ length: workers }, () => []);
  for (const request of requests) byWorker[request.worker]!.push(request);
  for (const queue of byWorker) queue.sort((a, b) => a.start - b.start);

  const describe = (worker: number) => {
    const queue = byWorker[worker]!;
    const shown = queue.length > listed ? queue.slice(0, listed - 1) : queue;
    const list = shown.map((r) => `${r.latency.toFixed(3)}${slowFrom !== undefined && r.bucket >= slowFrom ? words.slow : ''}`);
    if (shown.length < queue.length) list.push(fill(words.more, { n: count(queue.length - shown.length) }));
    return fill(words.value, { n: count(worker + 1), workers: count(workers), count: count(queue.length), list: list.join(', '), end: queue.at(-1)!.end.toFixed(3) });
  };

  let current = 0;
  let pointing: number | undefined;
  const show = (worker: number | undefined) => {
    onSelect(worker);
    if (worker === undefined) {
      readout.hidden = true;
      return;
    }
    readout.textContent = describe(worker);
    // The line stands clear of the lane it speaks of: below a lane in the upper half, above one in the lower.
    readout.dataset.place = worker < workers / 2 ? 'below' : 'above';
    readout.hidden = false;
  };
  const choose = (worker: number) => {
    current = Math.min(Math.max(worker, 0), workers - 1);
    probe.setAttribute('aria-valuenow', String(current + 1));
    probe.setAttribute('aria-valuetext', describe(current));
    show(current);
  };
  const laneAt = (event: PointerEvent) => {
    const box = probe.getBoundingClientRect();
    return Math.floor(((event.clientY - box.top) / box.height) * workers);
  };

  probe.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowRight: current + 1, ArrowUp: current - 1, ArrowLeft: current - 1, Home: 0, End: workers - 1 };
    if (!(event.key in moves)) return;
    // The chart's own keys (and the deck's) would step the run or turn the slide.
    event.stopPropagation();
    event.preventDefault();
    choose(moves[event.key]!);
  });
  probe.addEventListener('focus', () => choose(current));
  probe.addEventListener('blur', () => show(pointing));
  probe.addEventListener('pointermove', (event) => {
    pointing = Math.min(Math.max(laneAt(event), 0), workers - 1);
    show(pointing);
  });
  probe.addEventListener('pointerdown', (event) => {
    pointing = undefined;
    choose(laneAt(event));
  });
  probe.addEventListener('pointerleave', () => {
    pointing = undefined;
    show(document.activeElement === probe ? current : undefined);
  });
  probe.setAttribute('aria-valuetext', describe(0));
  // Laid over the lanes where the build measured them (workers.ts): through the CSSOM, which the
  // site's policy leaves open, unlike style attributes in markup.
  probe.style.cssText = probe.dataset.box ?? '';
  probe.hidden = false;
}
