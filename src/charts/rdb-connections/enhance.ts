/**
 * The staircase in the browser: the family, the demand's peak and the month come from the form,
 * from dragging the curve's handle (up and down: demand; sideways: month) or from its arrow
 * keys; the same layout and marks as the build redraw the chart.
 */
import { count } from '../../i18n/format.ts';
import { familySteps, type RdsData } from '../../lib/rdb.ts';
import { rdbLayout, type RdbLayout } from './layout.ts';
import { handleText, percent, rdbMessages, rdbParts, rdbTableRows, unusedShare, type RdbBrowserWords } from './marks.ts';
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


export function enhanceRdb(figure: HTMLElement): void {
  const config = jsonOf<RdbConfig>(figure, 'input');
  const t = wordsOf<RdbBrowserWords>(figure);
  const data = { classes: config.classes, maxConnectionsFormula: { bytesPerConnection: config.bytesPerConnection } } as RdsData;
  const form = figure.querySelector('form')!;
  const familyInput = form.elements.namedItem('family') as HTMLSelectElement;
  const peakInput = form.elements.namedItem('peak') as HTMLInputElement;
  const monthInput = form.elements.namedItem('month') as HTMLInputElement;
  const drawings: Drawing[] = [...figure.querySelectorAll<SVGSVGElement>('svg.rdb-svg')].map((svg) => ({
    svg,
    handle: svg.querySelector<SVGCircleElement>('.rdb-handle')!,
    width: Number(svg.dataset.width),
    height: Number(svg.dataset.height),
    // A slide's drawing sets its own text size, which its margins follow.
    fontSize: Number(svg.getAttribute('font-size')) || undefined,
  }));
  const output = (name: string) => figure.querySelector<HTMLOutputElement>(`output[data-rdb="${name}"]`)!;
  const number = (value: number) => count(Math.round(value));

  const drawOne = (drawing: Drawing, peak: number, month: number): RdbLayout => {
    const { svg, handle } = drawing;
    const part = (name: string) => svg.querySelector(`[data-rdb="${name}"]`)!;
    const layout = rdbLayout({ steps: familySteps(data, familyInput.value), peak, month, width: drawing.width, height: drawing.height, fontSize: drawing.fontSize });
    drawing.layout = layout;
    part('waste').setAttribute('d', layout.waste);
    part('staircase').setAttribute('d', layout.staircase);
    part('demand').setAttribute('d', layout.demand);
    // The same marks the build drew, part by part; the handle the reader holds stays in place.
    for (const [name, marks] of Object.entries(rdbParts)) part(name).innerHTML = marks(layout);
    const { cursor } = layout;
    const cursorLine = part('cursor').querySelector('line')!;
    cursorLine.setAttribute('x1', String(cursor.x));
    cursorLine.setAttribute('x2', String(cursor.x));
    handle.setAttribute('cx', String(cursor.x));
    handle.setAttribute('cy', String(cursor.demandY));
    handle.setAttribute('aria-valuemax', peakInput.max);
    handle.setAttribute('aria-valuenow', peakInput.value);
    handle.setAttribute('aria-valuetext', handleText(layout, t));
    svg.querySelector('[data-rdb-desc]')!.textContent = rdbMessages.description(t, familyInput.value, peak, layout.unused);
    return layout;
  };

  const draw = () => {
    const peak = Number(peakInput.value);
    const month = Number(monthInput.value);
    const layout = drawings.map((drawing) => drawOne(drawing, peak, month))[0];
    const { cursor } = layout;
    const step = cursor.point.step;
    output('demand-value').value = number(cursor.point.demand);
    output('instance-value').value = rdbMessages.instance(t, step);
    output('unused-now').value = unusedShare(cursor.point.demand, step?.maxConnections);
    output('next-value').value = rdbMessages.next(t, cursor.next);
    output('unused-all').value = percent(layout.unused);
    (form.elements.namedItem('peakValue') as HTMLOutputElement).value = number(peak);
    (form.elements.namedItem('monthValue') as HTMLOutputElement).value = rdbMessages.month(t, month);
    figure.dataset.instance = step?.instance.name ?? '';
    // The table is the chart's text alternative: it follows the chart (a slide has none).
    const table = figure.querySelector('tbody[data-rdb="table"]');
    if (table) table.innerHTML = rdbTableRows(layout);
  };

  const setPeak = (value: number) => {
    peakInput.value = String(Math.min(Math.max(value, Number(peakInput.min)), Number(peakInput.max)));
  };

  familyInput.addEventListener('change', () => {
    peakInput.max = familyInput.selectedOptions[0].dataset.max!;
    setPeak(Number(peakInput.value));
    draw();
  });
  form.addEventListener('input', draw);
  // Nothing to send: the form only redraws (an inline onsubmit would need the policy to allow it).
  form.addEventListener('submit', (event) => event.preventDefault());
  // Keys used here must not turn the deck's slides.
  form.addEventListener('keydown', (event) => event.stopPropagation());

  const interact = (drawing: Drawing) => {
    const { svg, handle } = drawing;
    handle.addEventListener('keydown', (event) => {
      const peakStep = Number(peakInput.max) / 50;
      const moves: Record<string, () => void> = {
        ArrowUp: () => setPeak(Number(peakInput.value) + peakStep),
        ArrowDown: () => setPeak(Number(peakInput.value) - peakStep),
        ArrowRight: () => (monthInput.value = String(Math.min(24, Number(monthInput.value) + 0.5))),
        ArrowLeft: () => (monthInput.value = String(Math.max(0, Number(monthInput.value) - 0.5))),
      };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      event.stopPropagation();
      move();
      draw();
    });

    // Pointer: anywhere on the plot scrubs the month; the handle also pulls the demand up or down.
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
        monthInput.value = String(Math.round(layout.monthAt(x) * 2) / 2);
        draw();
      }
    });
    svg.addEventListener('pointermove', (event) => {
      if (!dragging) return;
      const { x, y } = toViewBox(event);
      const layout = drawing.layout!;
      monthInput.value = String(Math.round(layout.monthAt(x) * 2) / 2);
      if (dragging === 'demand') {
        // Scale the curve so that it passes through the pointer at the cursor's month.
        const current = layout.cursor.point.demand;
        const wanted = layout.connectionsAt(y);
        if (current > 0) setPeak(Math.round((Number(peakInput.value) * wanted) / current / 10) * 10);
      }
      draw();
    });
    const stop = () => (dragging = undefined);
    svg.addEventListener('pointerup', stop);
    svg.addEventListener('pointercancel', stop);
  };
  drawings.forEach(interact);

  draw();
}
