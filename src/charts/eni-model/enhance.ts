/**
 * The ENI model in the browser: runs the simulation for the scenario in the URL (or the form) and
 * moves the SVG the build drew through the run, frame by frame, drawn by the same frame function.
 */
import { count, fill, seconds } from '../../i18n/format.ts';
import { errorKinds, errorTotal, type ModelSample, type NetworkModel } from '../../lib/eni-model.ts';
import { playback } from '../runtime/playback.ts';
import { timelineKeys } from '../runtime/keys.ts';
import { restsAtEnd } from '../runtime/motion.ts';
import { wordsOf } from '../runtime/json.ts';
import { writeFrame, writeText } from '../runtime/svg-frame.ts';
import { replaceQuery } from '../runtime/url-state.ts';
import { assumptions, assumptionText, assumptionValue, type AssumptionWords } from './assumptions.ts';
import { readForm, writeForm } from './form.ts';
import { panelFrame, runScenario, type PanelFrameWords, type PanelRun } from './frame.ts';
import { defaultScenario, parseScenario, scenarioQuery, type Scenario } from './scenario.ts';

interface Words {
  frame: PanelFrameWords;
  seconds: string;
  /** Only where the URL may change the scenario. */
  assumptions?: AssumptionWords;
  note?: string;
  overridden?: string;
  caption?: string;
  loadSummary?: string;
  /** Only on a slide's panel, which the reading page may make follow the reader's function. */
  following?: string;
}

/** One panel of the page, and the run it shows. */
interface Panel {
  element: HTMLElement;
  svg: SVGSVGElement;
  /** The drawing's accessible name, as the build wrote it. */
  title: string;
  model: NetworkModel;
  outputs: Map<string, HTMLOutputElement>;
  errorItems: Map<string, HTMLElement>;
  run?: PanelRun;
  lastErrors: number;
}

function panelOf(element: HTMLElement): Panel {
  const svg = element.querySelector<SVGSVGElement>('svg.eni-model-svg')!;
  return {
    element,
    svg,
    title: svg.querySelector('title')!.textContent!,
    model: element.dataset.model as NetworkModel,
    outputs: new Map([...element.querySelectorAll<HTMLOutputElement>('.eni-model-figures output')].map((output) => [output.name, output])),
    errorItems: new Map([...element.querySelectorAll<HTMLElement>('li[data-kind]')].map((item) => [item.dataset.kind!, item])),
    lastErrors: 0,
  };
}

/** The figures beside a panel's drawing, at its sample. */
function writeFigures(panel: Panel, sample: ModelSample, coldStarts: { p50: number; max: number }): void {
  const figures: Record<string, string> = {
    environments: count(sample.environments),
    // After Hyperplane no workers: the environments all share the one ENI.
    ...(panel.model === 'before' ? { workers: count(sample.workers) } : { sharing: count(sample.environments) }),
    enis: count(sample.enis),
    ips: count(sample.ipsInUse),
    coldStartP50: coldStarts.p50.toFixed(2),
    coldStartMax: coldStarts.max.toFixed(2),
    errors: count(errorTotal(sample.errors)),
  };
  for (const [name, value] of Object.entries(figures)) writeText(panel.outputs.get(name)!, value);
  for (const kind of errorKinds) {
    const item = panel.errorItems.get(kind)!;
    const errors = String(sample.errors[kind]);
    if (item.dataset.count !== errors) item.dataset.count = errors;
    writeText(item.querySelector('output')!, count(sample.errors[kind]));
  }
}

/** A panel at time t. While playing, it flashes as long as errors keep coming. */
function drawPanel(panel: Panel, t: number, words: PanelFrameWords, playing: boolean): void {
  const { sample, coldStarts, parts } = panelFrame(panel.run!, t, words, panel.title);
  writeFrame(panel.svg, parts);
  writeFigures(panel, sample, coldStarts);
  const errors = errorTotal(sample.errors);
  panel.element.classList.toggle('eni-model-panel--failing', playing && errors > panel.lastErrors);
  panel.lastErrors = errors;
}

/**
 * Where the URL may change the scenario, the words around the panels follow it: a URL's limits
 * and assumptions are not the defaults the build wrote.
 */
function showScenario(figure: HTMLElement, scenario: Scenario, words: Words, fromLink: boolean): void {
  if (words.note && words.overridden && words.caption && words.assumptions) {
    const overridden = Object.keys(scenario.assumed).length > 0 || scenario.account !== defaultScenario.account || scenario.burst !== defaultScenario.burst;
    figure.querySelector('.eni-model-header .eni-model-note')!.textContent = overridden ? words.overridden : words.note;
    // A link that changes what AWS never published shows the values it changed.
    if (overridden && fromLink) figure.querySelector<HTMLDetailsElement>('details.eni-model-assumptions')!.open = true;
    figure.querySelector(':scope > figcaption')!.textContent = fill(words.caption, { account: scenario.account, burst: scenario.burst });
    for (const assumption of assumptions) {
      const output = figure.querySelector<HTMLOutputElement>(`output[name="assumed-${assumption.parameter}"]`)!;
      output.value = assumptionText(assumption, assumptionValue(scenario.assumed, assumption.parameter), words.assumptions);
    }
  }
}

export function enhanceEniModel(figure: HTMLElement): Promise<void> | void {
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
  let current = parseScenario(readsUrl ? window.location.search : (figure.dataset.scenario ?? ''));

  const setTime = (next: number) => {
    t = Math.min(Math.max(next, 0), end);
    range.value = String(Math.round(t * 1000));
    range.setAttribute('aria-valuetext', seconds(t, words.seconds, 1));
    timeOutput.value = seconds(t, words.seconds);
    for (const panel of panels) drawPanel(panel, t, words.frame, player.playing);
  };
  const player = playback({
    button: playButton,
    time: () => t,
    end: () => end,
    setTime,
    speed: () => Number(speedSelect.value),
    onPause: () => panels.forEach((panel) => panel.element.classList.remove('eni-model-panel--failing')),
    measure: 'eni-model-frame',
  });
  const run = (scenario: Scenario, chosen = false) => {
    current = scenario;
    const runs = runScenario(scenario, panels.map((panel) => panel.model));
    runs.panels.forEach((run, i) => (panels[i]!.run = run));
    end = runs.endSeconds;
    if (form) writeForm(form, scenario, runs.panels[0]!.run.profile.clientStarts.length, words.loadSummary!);
    showScenario(figure, scenario, words, !chosen);
    range.max = String(Math.round(end * 1000));
    // A link's scenario is written back clamped; a bare address stays bare (it is the default) until the reader chooses.
    if (readsUrl && (chosen || window.location.search)) replaceQuery(scenarioQuery(scenario));
    player.pause();
    setTime(restsAtEnd() ? end : 0);
    if (!restsAtEnd()) player.play();
  };
  const jump = (to: number) => {
    player.pause();
    setTime(to);
  };

  playButton.addEventListener('click', () => player.toggle());
  range.addEventListener('input', () => jump(Number(range.value) / 1000));
  form?.addEventListener('change', () => run(readForm(form, current), true));
  form?.addEventListener('submit', (event) => event.preventDefault());
  timelineKeys(figure, { toggle: () => player.toggle(), start: () => jump(0), end: () => jump(end), step: (direction) => jump(t + (direction * end) / 50) });
  for (const control of figure.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('.eni-model-controls :is(button, input, select)')) {
    control.disabled = false;
  }
  // A slide's panel on the reading page follows the reader's function; its code is fetched only there.
  if (words.following && figure.closest('.reading')) return import('./follow.ts').then(({ followReader }) => run(followReader(figure, current, words.following!, run)));
  run(current);
}
