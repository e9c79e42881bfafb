/**
 * The ENI model in the browser: runs the simulation for the scenario in the URL (or the form),
 * then draws each panel on its canvas at the moment the timeline points to: concurrent executions,
 * workers with their execution environments (old) or the shared pool (new), ENIs, and the
 * customer subnet as its IP addresses.
 */
import { playback } from '../playback.ts';
import { errorKinds, sampleAt, simulate, subnetAddresses, type ModelRun, type NetworkModel } from '../../lib/eni-model.ts';
import { parseScenario, scenarioModel, scenarioQuery, type Scenario } from './scenario.ts';

const width = 560;
const height = 250;

/** How many of the sorted times are at or before t. */
function countUpTo(times: Float64Array, t: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (times[middle]! <= t) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The median and maximum cold-start delay after each cold start, computed once per run. */
function coldStartStatistics(run: ModelRun) {
  const events = [...run.coldStartEvents].sort((a, b) => a.t - b.t);
  const t = new Float64Array(events.length);
  const p50 = new Float64Array(events.length);
  const max = new Float64Array(events.length);
  const sorted: number[] = [];
  events.forEach((event, i) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]! < event.seconds) low = middle + 1;
      else high = middle;
    }
    sorted.splice(low, 0, event.seconds);
    t[i] = event.t;
    p50[i] = sorted[Math.floor((sorted.length - 1) / 2)]!;
    max[i] = sorted.at(-1)!;
  });
  return { t, p50, max };
}

interface CanvasWords {
  seconds: string;
  concurrency: string;
  workerEnvironments: string;
  sharedEnvironments: string;
  subnet: string;
  subnets: string;
  perCell: string;
}

export function enhanceEniModel(figure: HTMLElement): void {
  // The words drawn on the canvases, in the page's language (written by the build).
  const words = JSON.parse(figure.dataset.words!) as CanvasWords;
  // A compact figure (on a slide) has no form: its scenario is fixed in data-scenario.
  const form = figure.querySelector<HTMLFormElement>('.eni-model-form');
  const panels = [...figure.querySelectorAll<HTMLElement>('.eni-model-panel')].map((element) => ({
    element,
    model: element.dataset.model as NetworkModel,
    canvas: element.querySelector<HTMLCanvasElement>('canvas')!,
    output: (name: string) => element.querySelector<HTMLOutputElement>(`output[name="${name}"]`)!,
    run: undefined as ModelRun | undefined,
    /** Cold starts in order of time, with the median and maximum delay after each one. */
    coldStarts: { t: new Float64Array(), p50: new Float64Array(), max: new Float64Array() },
    lastErrors: 0,
    shown: new Map<string, string>(),
  }));
  const playButton = figure.querySelector<HTMLButtonElement>('[data-action="play"]')!;
  const range = figure.querySelector<HTMLInputElement>('.replay-timeline input')!;
  const speedSelect = figure.querySelector<HTMLSelectElement>('.replay-speed select')!;
  const timeOutput = figure.querySelector<HTMLOutputElement>('output[name="time"]')!;
  // With reduced motion, and in a printed deck, the model rests at the end of its run.
  const reducedMotion =
    window.matchMedia('(prefers-reduced-motion: reduce)').matches || /[?&]print-pdf/.test(window.location.search);
  const readsUrl = figure.dataset.readUrl === 'true';

  const style = getComputedStyle(figure);
  const colour = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const palette = {
    before: colour('--color-before', '#b8430a'),
    after: colour('--color-after', '#1c6e8c'),
    text: colour('--color-text', '#1d1f24'),
    muted: colour('--color-muted', '#5a5f6b'),
    rule: colour('--color-rule', '#d6d2c8'),
    surface: colour('--color-surface', '#f0ede6'),
  };

  let t = 0;
  let end = 0;

  function readForm(form: HTMLFormElement): Scenario {
    const data = new FormData(form);
    const preset = String(data.get('preset'));
    return parseScenario(
      new URLSearchParams({
        preset,
        // A new preset brings its own load; the count typed in applies to the preset it was typed for.
        concurrency: preset === current.preset ? String(data.get('concurrency')) : '',
        memory: String(data.get('memory')),
        subnet: String(data.get('subnet')),
        quota: String(data.get('quota')),
        account: String(current.account),
        burst: String(current.burst),
      }),
    );
  }

  function writeForm(scenario: Scenario, clients: number) {
    if (!form) return;
    // A value from the URL that the list does not offer (memory=1792) gets an option of its own.
    for (const [name, value, label] of [
      ['memory', scenario.memory, String(scenario.memory)],
      ['subnet', scenario.subnet, `/${scenario.subnet} (${(2 ** (32 - scenario.subnet)).toLocaleString('en-US')} IP)`],
    ] as const) {
      const select = form.elements.namedItem(name) as HTMLSelectElement;
      if (![...select.options].some((option) => option.value === String(value))) select.add(new Option(label, String(value)));
    }
    (form.elements.namedItem('preset') as HTMLSelectElement).value = scenario.preset;
    (form.elements.namedItem('concurrency') as HTMLInputElement).value = String(clients);
    (form.elements.namedItem('memory') as HTMLSelectElement).value = String(scenario.memory);
    (form.elements.namedItem('subnet') as HTMLSelectElement).value = String(scenario.subnet);
    (form.elements.namedItem('quota') as HTMLInputElement).value = String(scenario.quota);
  }

  let current: Scenario = parseScenario(readsUrl ? window.location.search : (figure.dataset.scenario ?? ''));

  function run(scenario: Scenario) {
    current = scenario;
    const { profile, parameters } = scenarioModel(scenario);
    writeForm(scenario, profile.clientStarts.length);
    for (const panel of panels) {
      panel.run = simulate(panel.model, profile, parameters);
      panel.coldStarts = coldStartStatistics(panel.run);
      panel.shown.clear();
    }
    end = Math.max(...panels.map((panel) => panel.run!.summary.endSeconds));
    range.max = String(Math.round(end * 1000));
    if (readsUrl) history.replaceState(null, '', `${window.location.pathname}?${scenarioQuery(scenario)}${window.location.hash}`);
    player.pause();
    setTime(reducedMotion ? end : 0);
    if (!reducedMotion) player.play();
  }

  function setTime(next: number) {
    t = Math.min(Math.max(next, 0), end);
    draw();
  }

  function draw() {
    range.value = String(Math.round(t * 1000));
    range.setAttribute('aria-valuetext', words.seconds.replace('{value}', t.toFixed(1)));
    timeOutput.value = words.seconds.replace('{value}', t.toFixed(2));
    for (const panel of panels) drawPanel(panel);
  }

  function drawPanel(panel: (typeof panels)[number]) {
    const run = panel.run!;
    const sample = sampleAt(run, t);
    const p = run.parameters;
    const colourOf = panel.model === 'before' ? palette.before : palette.after;

    // Figures, written only when they change (each write costs a layout).
    const show = (name: string, text: string) => {
      if (panel.shown.get(name) === text) return;
      panel.shown.set(name, text);
      panel.output(name).value = text;
    };
    const k = countUpTo(panel.coldStarts.t, t);
    const errors = errorKinds.reduce((sum, kind) => sum + sample.errors[kind], 0);
    show('environments', sample.environments.toLocaleString('en-US'));
    show('workers', sample.workers.toLocaleString('en-US'));
    show('enis', sample.enis.toLocaleString('en-US'));
    show('ips', sample.ipsInUse.toLocaleString('en-US'));
    show('coldStartP50', (k ? panel.coldStarts.p50[k - 1]! : 0).toFixed(2));
    show('coldStartMax', (k ? panel.coldStarts.max[k - 1]! : 0).toFixed(2));
    show('errors', errors.toLocaleString('en-US'));
    for (const kind of errorKinds) {
      const text = sample.errors[kind].toLocaleString('en-US');
      if (panel.shown.get(kind) === text) continue;
      panel.shown.set(kind, text);
      const item = panel.element.querySelector<HTMLElement>(`li[data-kind="${kind}"]`)!;
      item.dataset.count = String(sample.errors[kind]);
      item.querySelector('output')!.value = text;
    }
    // Errors as they happen: the panel flashes while they keep coming.
    panel.element.classList.toggle('eni-model-panel--failing', player.playing && errors > panel.lastErrors);
    panel.lastErrors = errors;

    const canvas = panel.canvas;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== width * ratio) {
      canvas.width = width * ratio;
      canvas.height = height * ratio;
    }
    const g = canvas.getContext('2d')!;
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.clearRect(0, 0, width, height);
    g.font = '13px system-ui, sans-serif';
    g.textBaseline = 'top';

    // 1. Concurrent executions, on a scale up to the load's peak (or the limit, if lower).
    const limit = Math.max(p.accountConcurrency, 1);
    const scaleTop = Math.max(1, Math.min(limit, run.profile.clientStarts.length));
    g.fillStyle = palette.surface;
    g.fillRect(10, 24, 40, 196);
    g.fillStyle = colourOf;
    const barHeight = (Math.min(sample.concurrent, scaleTop) / scaleTop) * 196;
    g.fillRect(10, 220 - barHeight, 40, barHeight);
    g.fillStyle = palette.text;
    g.fillText(words.concurrency, 4, 4);
    g.fillText(sample.concurrent.toLocaleString('en-US'), 10, 226);

    // 2. Requests flowing in: dashes moving at the pace of the run.
    g.strokeStyle = colourOf;
    g.lineWidth = sample.concurrent > 0 ? Math.max(2, Math.min(8, (sample.concurrent / scaleTop) * 8)) : 0;
    g.setLineDash([5, 5]);
    g.lineDashOffset = -((t * 30) % 10);
    g.beginPath();
    g.moveTo(54, 122);
    g.lineTo(76, 122);
    g.stroke();
    g.setLineDash([]);

    // 3. Workers and execution environments.
    g.fillStyle = palette.text;
    if (panel.model === 'before') {
      const perWorker = Math.max(1, Math.floor(p.workerMemoryMb / p.memoryMb));
      g.fillText(words.workerEnvironments.replace('{n}', String(perWorker)), 80, 4);
      drawWorkers(g, sample.workers, sample.environments, sample.concurrent, sample.starting, perWorker, colourOf);
    } else {
      g.fillText(words.sharedEnvironments, 80, 4);
      drawPool(g, sample.environments, sample.concurrent, sample.starting, colourOf);
      g.fillStyle = palette.surface;
      g.fillRect(330, 100, 62, 48);
      g.strokeStyle = colourOf;
      g.strokeRect(330, 100, 62, 48);
      g.fillStyle = palette.text;
      g.fillText('Hyperplane', 333, 118);
    }

    // 4. ENIs.
    g.fillStyle = palette.text;
    g.fillText(`ENI ${sample.enis}/${p.eniQuota}`, 400, 4);
    drawEnis(g, sample.enis, sample.enisReady, colourOf);

    // 5. The customer subnet as its addresses.
    drawSubnet(g, p.subnetPrefixLength, p.subnetCount, sample.ipsInUse, colourOf);
  }

  function drawWorkers(g: CanvasRenderingContext2D, workers: number, environments: number, concurrent: number, starting: number, perWorker: number, tone: string) {
    // Few workers are drawn large, many small, in the same area.
    const box = workers <= 12 ? 64 : workers <= 40 ? 36 : 22;
    const columns = Math.floor(300 / (box + 2));
    const shown = Math.min(workers, columns * Math.floor(190 / (box + 2)));
    const side = Math.ceil(Math.sqrt(perWorker));
    const cell = (box - 4) / side;
    let environment = 0;
    for (let w = 0; w < shown; w++) {
      const x = 80 + (w % columns) * (box + 2);
      const y = 22 + Math.floor(w / columns) * (box + 2);
      g.strokeStyle = palette.rule;
      g.strokeRect(x + 0.5, y + 0.5, box - 1, box - 1);
      const inWorker = Math.min(perWorker, environments - w * perWorker);
      for (let e = 0; e < inWorker; e++, environment++) {
        // The newest environments are the ones still starting; the busy ones come first.
        const layer = environment >= environments - starting ? starting_ : environment < concurrent ? busy : idle;
        layer.rect(x + 2 + (e % side) * cell, y + 2 + Math.floor(e / side) * cell, Math.max(cell - 0.5, 0.8), Math.max(cell - 0.5, 0.8));
      }
    }
    fillLayers(g, tone);
    if (workers > shown) {
      g.fillStyle = palette.text;
      g.fillText(`+${(workers - shown).toLocaleString('en-US')} Worker`, 80, 232);
    }
  }

  function drawPool(g: CanvasRenderingContext2D, environments: number, concurrent: number, starting: number, tone: string) {
    const area = { x: 80, y: 24, w: 240, h: 200 };
    const cell = Math.max(2, Math.min(10, Math.floor(Math.sqrt((area.w * area.h) / Math.max(environments, 1)))));
    const columns = Math.floor(area.w / cell);
    const shown = Math.min(environments, columns * Math.floor(area.h / cell));
    const size = cell - (cell > 3 ? 1 : 0);
    for (let e = 0; e < shown; e++) {
      const layer = e >= environments - starting ? starting_ : e < concurrent ? busy : idle;
      layer.rect(area.x + (e % columns) * cell, area.y + Math.floor(e / columns) * cell, size, size);
    }
    fillLayers(g, tone);
  }

  // Environments are drawn as three batched paths (starting, busy, idle): one fill each per frame.
  let starting_ = new Path2D();
  let busy = new Path2D();
  let idle = new Path2D();
  function fillLayers(g: CanvasRenderingContext2D, tone: string) {
    g.fillStyle = palette.muted;
    g.fill(starting_);
    g.fillStyle = tone;
    g.fill(busy);
    g.fillStyle = palette.rule;
    g.fill(idle);
    starting_ = new Path2D();
    busy = new Path2D();
    idle = new Path2D();
  }

  function drawEnis(g: CanvasRenderingContext2D, enis: number, ready: number, tone: string) {
    const columns = 20;
    const size = 4;
    const shown = Math.min(enis, columns * 20);
    for (let i = 0; i < shown; i++) {
      const x = 400 + (i % columns) * (size + 1);
      const y = 22 + Math.floor(i / columns) * (size + 1);
      if (i < ready) {
        g.fillStyle = tone;
        g.fillRect(x, y, size, size);
      } else {
        // Still being created: an outline, as in the console's "pending".
        g.strokeStyle = tone;
        g.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
      }
    }
  }

  function drawSubnet(g: CanvasRenderingContext2D, prefix: number, subnets: number, inUse: number, tone: string) {
    const { total, reserved } = subnetAddresses(prefix);
    const cells = Math.min(total, 1024);
    const perCell = total / cells;
    const side = Math.ceil(Math.sqrt(cells));
    const size = Math.max(1, Math.floor(100 / side));
    const x0 = 400;
    const y0 = 250 - side * size - 4;
    g.fillStyle = palette.text;
    const label =
      words.subnet.replace('{prefix}', String(prefix)) +
      (subnets > 1 ? words.subnets.replace('{n}', String(subnets)) : '') +
      (perCell > 1 ? words.perCell.replace('{n}', String(perCell)) : '');
    g.fillText(label, x0, y0 - 16);
    // The first subnet; ENIs take its addresses after the 5 AWS reserves.
    const used = Math.ceil(Math.min(inUse / Math.max(subnets, 1), total - reserved) / perCell);
    const reservedCells = Math.ceil(reserved / perCell);
    for (let c = 0; c < cells; c++) {
      g.fillStyle = c < reservedCells ? palette.muted : c < reservedCells + used ? tone : palette.surface;
      g.fillRect(x0 + (c % side) * size, y0 + Math.floor(c / side) * size, Math.max(size - (size > 2 ? 1 : 0), 1), Math.max(size - (size > 2 ? 1 : 0), 1));
    }
  }

  const player = playback({
    button: playButton,
    time: () => t,
    end: () => end,
    setTime,
    speed: () => Number(speedSelect.value),
    onPause: () => {
      for (const panel of panels) panel.element.classList.remove('eni-model-panel--failing');
    },
    measure: 'eni-model-frame',
  });
  const pause = () => player.pause();

  playButton.addEventListener('click', () => player.toggle());
  range.addEventListener('input', () => {
    const next = Number(range.value) / 1000; // read before pause() redraws the slider
    pause();
    setTime(next);
  });
  form?.addEventListener('change', () => run(readForm(form)));
  form?.addEventListener('submit', (event) => event.preventDefault());
  // Keys inside the figure drive it and do not reach the deck.
  figure.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    // Keys typed into the chart's controls are the chart's: none reaches the deck (Space would turn
    // the slide), except Escape and Tab, which leave the chart.
    if (event.key !== 'Escape' && event.key !== 'Tab') event.stopPropagation();
    if (target.matches('input, select')) return;
    if (event.key === ' ' && !target.matches('button')) player.toggle();
    else if (event.key === 'Home') (pause(), setTime(0));
    else if (event.key === 'End') (pause(), setTime(end));
    else if (event.key === 'ArrowRight') (pause(), setTime(t + end / 50));
    else if (event.key === 'ArrowLeft') (pause(), setTime(t - end / 50));
    else return;
    event.preventDefault();
    event.stopPropagation();
  });
  for (const control of figure.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('.eni-model-controls button, .eni-model-controls input, .eni-model-controls select')) {
    control.disabled = false;
  }
  run(current);
  figure.dataset.eniModelReady = 'true';
}
