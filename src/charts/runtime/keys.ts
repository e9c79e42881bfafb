/**
 * The one keyboard map of the animated charts: Space (or k) plays and pauses, Home and End go to
 * the start and end, the arrows step. Keys pressed inside a chart are the chart's and never reach
 * the deck (Space would turn the slide), except Escape and Tab, which leave the chart, and Page Up
 * and Page Down, which a presenter's remote sends to turn the slide.
 */
export interface TimelineKeys {
  toggle(): void;
  start(): void;
  end(): void;
  step(direction: 1 | -1): void;
}

export function timelineKeys(figure: HTMLElement, keys: TimelineKeys): void {
  figure.addEventListener('keydown', (event) => {
    if (['Escape', 'Tab', 'PageUp', 'PageDown'].includes(event.key)) return;
    event.stopPropagation();
    const target = event.target as HTMLElement;
    // A slider and a list keep their own arrows; a button, a link and a summary keep their own Space.
    if (target.matches('input, select, textarea, a, summary')) return;
    if ((event.key === ' ' || event.key === 'k') && !target.matches('button')) keys.toggle();
    else if (event.key === 'Home') keys.start();
    else if (event.key === 'End') keys.end();
    else if (event.key === 'ArrowRight') keys.step(1);
    else if (event.key === 'ArrowLeft') keys.step(-1);
    else return;
    event.preventDefault();
  });
}
