/**
 * The staircase in the browser: the family, the demand's peak and the month come from the form,
 * from dragging the curve's handle (up and down: demand; sideways: month) or from its arrow
 * keys; the same layout and marks as the build redraw the chart, through runtime/svg-update.
 */
import { count } from '../../i18n/format.ts';
import { familySteps, type RdsData } from '../../lib/rdb.ts';
import { rdbLayout, type RdbLayout } from './layout.ts';
import { percent, rdbMessages, rdbParts, rdbTableRows, unusedShare, type RdbBrowserWords } from './marks.ts';
import { morphChildren } from '../runtime/svg-update.ts';
import { jsonOf, wordsOf } from '../runtime/json.ts';

interface RdbConfig {
  classes: RdsData['classes'];
  bytesPerConnection: number;
}

interface Drawing {
  svg: SVGSVGElement;
  handle: SVGCircleElement;
  width: number;
  height: number;
  fontSize?: number;
  layout?: RdbLayout;
}

/** The form's three inputs, which every way of moving the chart sets. */
interface Controls {
  form: HTMLFormElement;
  family: HTMLSelectElement;
  peak: HTMLInputElement;
  month: HTMLInputElement;
}

const setPeak = ({ peak }: Controls, value: number) => {
  peak.value = String(Math.min(Math.max(value, Number(peak.min)), Number(peak.max)));
};
const setMonth = ({ month }: Controls, value: number) => {
  month.value = String(Math.min(24, Math.max(0, value)));
};

/**
 * A drawing at the form's state: each part that changes morphed into what the build's marks draw
 * for that state (the ticks and labels come and go with the family), so that the handle the
 * reader holds keeps its focus.
 */
function drawOne(drawing: Drawing, data: RdsData, controls: Controls, words: RdbBrowserWords): RdbLayout {
  const { svg } = drawing;
  const state = { family: controls.family.value, peak: Number(controls.peak.value), maxPeak: Number(controls.peak.max), words };
  const steps = familySteps(data, state.family);
  const layout = rdbLayout({ steps, peak: state.peak, month: Number(controls.month.value), width: drawing.width, height: drawing.height, fontSize: drawing.fontSize });
  drawing.layout = layout;
  for (const [name, marks] of Object.entries(rdbParts)) morphChildren(svg.querySelector(`[data-rdb="${name}"]`)!, marks(layout, state));
  return layout;
}

/** The readout beside the chart and its table (the chart's text alternative; a slide has none). */
function writeReadout(figure: HTMLElement, controls: Controls, layout: RdbLayout, t: RdbBrowserWords): void {
  const { cursor } = layout;
  const step = cursor.point.step;
  const readout = {
    'demand-value': count(Math.round(cursor.point.demand)),
    'instance-value': rdbMessages.instance(t, step),
    'unused-now': unusedShare(cursor.point.demand, step?.maxConnections),
    'next-value': rdbMessages.next(t, cursor.next),
    'unused-all': percent(layout.unused),
  };
  for (const [name, value] of Object.entries(readout)) figure.querySelector<HTMLOutputElement>(`output[data-rdb="${name}"]`)!.value = value;
  (controls.form.elements.namedItem('peakValue') as HTMLOutputElement).value = count(Math.round(Number(controls.peak.value)));
  (controls.form.elements.namedItem('monthValue') as HTMLOutputElement).value = rdbMessages.month(t, Number(controls.month.value));
  figure.dataset.instance = step?.instance.name ?? '';
  const table = figure.querySelector('tbody[data-rdb="table"]');
  if (table) morphChildren(table, rdbTableRows(layout));
}

/** The handle's arrow keys: up and down the demand, sideways the month. */
function handleKeys({ handle }: Drawing, controls: Controls, draw: () => void): void {
  handle.addEventListener('keydown', (event) => {
    const peakStep = Number(controls.peak.max) / 50;
    const moves: Record<string, () => void> = {
      ArrowUp: () => setPeak(controls, Number(controls.peak.value) + peakStep),
      ArrowDown: () => setPeak(controls, Number(controls.peak.value) - peakStep),
      ArrowRight: () => setMonth(controls, Number(controls.month.value) + 0.5),
      ArrowLeft: () => setMonth(controls, Number(controls.month.value) - 0.5),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    move();
    draw();
  });
}

/** Pointer: anywhere on the plot scrubs the month; the handle also pulls the demand up or down. */
function pointerDrag(drawing: Drawing, controls: Controls, draw: () => void): void {
  const { svg, handle } = drawing;
  const toViewBox = (event: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    return { x: ((event.clientX - box.left) / box.width) * drawing.width, y: ((event.clientY - box.top) / box.height) * drawing.height };
  };
  let dragging: 'month' | 'demand' | undefined;
  svg.addEventListener('pointerdown', (event) => {
    const { x, y } = toViewBox(event);
    const layout = drawing.layout!;
    if (x < layout.plot.left || x > layout.plot.right || y < layout.plot.top || y > layout.plot.bottom) return;
    dragging = event.target === handle ? 'demand' : 'month';
    svg.setPointerCapture(event.pointerId);
    if (dragging === 'month') {
      controls.month.value = String(Math.round(layout.monthAt(x) * 2) / 2);
      draw();
    }
  });
  svg.addEventListener('pointermove', (event) => {
    if (!dragging) return;
    const { x, y } = toViewBox(event);
    const layout = drawing.layout!;
    controls.month.value = String(Math.round(layout.monthAt(x) * 2) / 2);
    if (dragging === 'demand') {
      // Scale the curve so that it passes through the pointer at the cursor's month.
      const current = layout.cursor.point.demand;
      const wanted = layout.connectionsAt(y);
      if (current > 0) setPeak(controls, Math.round((Number(controls.peak.value) * wanted) / current / 10) * 10);
    }
    draw();
  });
  const stop = () => (dragging = undefined);
  svg.addEventListener('pointerup', stop);
  svg.addEventListener('pointercancel', stop);
}

export function enhanceRdb(figure: HTMLElement): void {
  const config = jsonOf<RdbConfig>(figure, 'input');
  const t = wordsOf<RdbBrowserWords>(figure);
  const data = { classes: config.classes, maxConnectionsFormula: { bytesPerConnection: config.bytesPerConnection } } as RdsData;
  const form = figure.querySelector('form')!;
  const controls: Controls = {
    form,
    family: form.elements.namedItem('family') as HTMLSelectElement,
    peak: form.elements.namedItem('peak') as HTMLInputElement,
    month: form.elements.namedItem('month') as HTMLInputElement,
  };
  const drawings: Drawing[] = [...figure.querySelectorAll<SVGSVGElement>('svg.rdb-svg')].map((svg) => ({
    svg,
    handle: svg.querySelector<SVGCircleElement>('.rdb-handle')!,
    width: Number(svg.dataset.width),
    height: Number(svg.dataset.height),
    // A slide's drawing sets its own text size, which its margins follow.
    fontSize: Number(svg.getAttribute('font-size')) || undefined,
  }));
  const draw = () => {
    const [layout] = drawings.map((drawing) => drawOne(drawing, data, controls, t));
    writeReadout(figure, controls, layout!, t);
  };

  controls.family.addEventListener('change', () => {
    controls.peak.max = controls.family.selectedOptions[0]!.dataset.max!;
    setPeak(controls, Number(controls.peak.value));
    draw();
  });
  form.addEventListener('input', draw);
  // Nothing to send: the form only redraws (an inline onsubmit would need the policy to allow it).
  form.addEventListener('submit', (event) => event.preventDefault());
  // Keys used here must not turn the deck's slides.
  form.addEventListener('keydown', (event) => event.stopPropagation());
  for (const drawing of drawings) {
    handleKeys(drawing, controls, draw);
    pointerDrag(drawing, controls, draw);
  }
  draw();
}
