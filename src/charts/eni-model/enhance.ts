/**
 * The ENI model in the browser: runs the simulation for the scenario in the URL (or the form) and
 * moves the SVG the build drew through the run, frame by frame, with the same layout and marks.
 */
import { count } from '../../i18n/format.ts';
import { coldStartTimeline, coldStartsAt, errorKinds, errorTotal, sampleAt, simulate, type ColdStartTimeline, type ModelRun, type NetworkModel } from '../../lib/eni-model.ts';
import { playback } from '../runtime/playback.ts';
import { timelineKeys } from '../runtime/keys.ts';
import { fill, seconds } from '../../i18n/format.ts';
import { restsAtEnd } from '../runtime/motion.ts';
import { wordsOf } from '../runtime/json.ts';
import { assumptions, assumptionText, assumptionValue, type AssumptionWords } from './assumptions.ts';
import { readForm, writeForm } from './form.ts';
import { eniModelFrame, type EniModelFrame, type PanelWords } from './layout.ts';
import { cellsPath, gapsPath, labelKeys, n, panelDescription, type ReadoutWords } from './marks.ts';
import { defaultScenario, parseScenario, scenarioModel, scenarioQuery, type Scenario } from './scenario.ts';

interface Words {
  panel: PanelWords;
  readout: ReadoutWords;
  seconds: string;
  assumptions: AssumptionWords;
  /** Only where the URL may change the scenario. */
  note?: string;
  overridden?: string;
  caption?: string;
}

/** One panel's SVG, with its marks found once and each written only when its value changes. */
function panelOf(element: HTMLElement) {
  const svg = element.querySelector<SVGSVGElement>('svg.eni-model-svg')!;
  // Each moving mark by its own class: em-bar → "bar", em-label-enis → "label-enis", em-enis-gaps → "enis-gaps".
  const marks = new Map<string, SVGElement>();
  for (const mark of svg.querySelectorAll<SVGElement>('[class*="em-"]')) {
    const own = [...mark.classList].find((name) => name.startsWith('em-') && name !== 'em-label' && name !== 'em-gaps');
    if (own) marks.set(own.slice(3), mark);
  }
  marks.set('desc', svg.querySelector('desc')!);
  const written = new Map<string, string>();
  const write = (key: string, value: string, apply: (element: SVGElement | HTMLElement) => void, element: SVGElement | HTMLElement | undefined = marks.get(key)) => {
    if (!element || written.get(key) === value) return;
    written.set(key, value);
    apply(element);
  };
  return {
    element,
    model: element.dataset.model as NetworkModel,
    write,
    forget: () => written.clear(),
    output: (name: string) => element.querySelector<HTMLOutputElement>(`output[name="${name}"]`)!,
    run: undefined as ModelRun | undefined,
    coldStarts: undefined as ColdStartTimeline | undefined,
    lastErrors: 0,
  };
}
type Panel = ReturnType<typeof panelOf>;

/** Moves a panel's marks to a frame: only what changed since the last frame is written. */
function moveMarks(panel: Panel, frame: EniModelFrame) {
  const attributes = (key: string, values: Record<string, number>) => {
    const value = Object.values(values).map(n).join(' ');
    panel.write(key, value, (element) => {
      for (const [name, v] of Object.entries(values)) element.setAttribute(name, n(v));
    });
  };
  attributes('bar', { y: frame.bar.y, height: frame.bar.height });
  attributes('flow', { 'stroke-width': frame.flow.width, 'stroke-dashoffset': frame.flow.offset });
  if (frame.workers) {
    const { grid, shown } = frame.workers;
    panel.write('workers', `${grid.key}:${shown}`, (element) => element.setAttribute('d', cellsPath(grid, 0, shown)));
  }
  for (const part of ['environments', 'enis', 'subnet'] as const) {
    const { grid, ranges } = frame[part];
    if (grid.rows) {
      // A new cell size (the pool's cells shrink as it grows) moves the lines that cut rows into cells.
      const rows = grid.rows;
      panel.write(`${part}-gaps`, grid.key, (element) => {
        element.setAttribute('d', gapsPath(rows, grid.size));
        element.setAttribute('stroke-width', n(rows.step - grid.size));
      });
    }
    for (const range of ranges) {
      panel.write(`${part}-${range.state}`, `${grid.key}:${range.from}:${range.to}`, (element) => element.setAttribute('d', cellsPath(grid, range.from, range.to)));
    }
  }
  for (const key of labelKeys) {
    const label = frame.labels[key];
    const text = label?.text ?? '';
    panel.write(`label-${key}`, `${text}@${label?.x},${label?.y}`, (element) => {
      element.textContent = text;
      element.setAttribute('x', n(label?.x ?? 0));
      element.setAttribute('y', n(label?.y ?? 0));
    });
  }
}

export function enhanceEniModel(figure: HTMLElement): void {
  const words = wordsOf<Words>(figure);
  // A compact figure (on a slide) has no form: its scenario is fixed in data-scenario.
  const form = figure.querySelector<HTMLFormElement>('.eni-model-form');
  const panels = [...figure.querySelectorAll<HTMLElement>('.eni-model-panel')].map(panelOf);
  const playButton = figure.querySelector<HTMLButtonElement>('[data-action="play"]')!;
  const range = figure.querySelector<HTMLInputElement>('.replay-timeline input')!;
  const speedSelect = figure.querySelector<HTMLSelectElement>('.replay-speed select')!;
  const timeOutput = figure.querySelector<HTMLOutputElement>('output[name="time"]')!;
  const readsUrl = figure.dataset.readUrl === 'true';

  let t = 0;
  let end = 0;
  let current: Scenario = parseScenario(readsUrl ? window.location.search : (figure.dataset.scenario ?? ''));

  function run(scenario: Scenario) {
    current = scenario;
    const { profile, parameters } = scenarioModel(scenario);
    if (form) writeForm(form, scenario, profile.clientStarts.length);
    // The words beside the model follow what it runs: a URL's limits and assumptions are not the defaults the build wrote.
    if (words.note && words.overridden && words.caption) {
      const overridden = Object.keys(scenario.assumed).length > 0 || scenario.account !== defaultScenario.account || scenario.burst !== defaultScenario.burst;
      figure.querySelector('.eni-model-header .eni-model-note')!.textContent = overridden ? words.overridden : words.note;
      figure.querySelector(':scope > figcaption')!.textContent = fill(words.caption, { account: scenario.account, burst: scenario.burst });
    }
    // The assumptions in force, as the URL set them.
    for (const assumption of assumptions) {
      const output = figure.querySelector<HTMLOutputElement>(`output[name="assumed-${assumption.parameter}"]`);
      if (output) output.value = assumptionText(assumption, assumptionValue(scenario.assumed, assumption.parameter), words.assumptions);
    }
    for (const panel of panels) {
      panel.run = simulate(panel.model, profile, parameters);
      panel.coldStarts = coldStartTimeline(panel.run);
      panel.forget();
    }
    end = Math.max(...panels.map((panel) => panel.run!.summary.endSeconds));
    range.max = String(Math.round(end * 1000));
    if (readsUrl) history.replaceState(null, '', `${window.location.pathname}?${scenarioQuery(scenario)}${window.location.hash}`);
    player.pause();
    setTime(restsAtEnd() ? end : 0);
    if (!restsAtEnd()) player.play();
  }

  function setTime(next: number) {
    t = Math.min(Math.max(next, 0), end);
    range.value = String(Math.round(t * 1000));
    range.setAttribute('aria-valuetext', seconds(t, words.seconds, 1));
    timeOutput.value = seconds(t, words.seconds);
    for (const panel of panels) draw(panel);
  }

  function draw(panel: Panel) {
    const run = panel.run!;
    const sample = sampleAt(run, t);
    moveMarks(panel, eniModelFrame(panel.model, run.parameters, run.profile.clientStarts.length, sample, t, words.panel));

    const text = (name: string, value: string) => panel.write(`output-${name}`, value, (output) => ((output as HTMLOutputElement).value = value), panel.output(name));
    const coldStarts = coldStartsAt(panel.coldStarts!, t);
    const errors = errorTotal(sample.errors);
    text('environments', count(sample.environments));
    if (panel.model === 'before') text('workers', count(sample.workers));
    else text('sharing', count(sample.environments));
    text('enis', count(sample.enis));
    text('ips', count(sample.ipsInUse));
    text('coldStartP50', coldStarts.p50.toFixed(2));
    text('coldStartMax', coldStarts.max.toFixed(2));
    text('errors', count(errors));
    for (const kind of errorKinds) {
      const item = panel.element.querySelector<HTMLElement>(`li[data-kind="${kind}"]`)!;
      panel.write(`error-${kind}`, String(sample.errors[kind]), () => {
        item.dataset.count = String(sample.errors[kind]);
        item.querySelector('output')!.value = count(sample.errors[kind]);
      }, item);
    }
    const desc = panelDescription(sample, run.parameters, coldStarts, words.readout);
    panel.write('desc', desc, (element) => (element.textContent = desc));
    // Errors as they happen: the panel flashes while they keep coming.
    panel.element.classList.toggle('eni-model-panel--failing', player.playing && errors > panel.lastErrors);
    panel.lastErrors = errors;
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
  const jump = (to: number) => {
    player.pause();
    setTime(to);
  };

  playButton.addEventListener('click', () => player.toggle());
  range.addEventListener('input', () => jump(Number(range.value) / 1000));
  form?.addEventListener('change', () => run(readForm(form, current)));
  form?.addEventListener('submit', (event) => event.preventDefault());
  timelineKeys(figure, { toggle: () => player.toggle(), start: () => jump(0), end: () => jump(end), step: (direction) => jump(t + (direction * end) / 50) });
  for (const control of figure.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('.eni-model-controls :is(button, input, select)')) {
    control.disabled = false;
  }
  run(current);
}
