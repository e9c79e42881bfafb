/**
 * The since-2019 switch: the layer is drawn at build with the rest and only shown or hidden
 * (style.css reads `data-proxy`), so the browser redraws nothing. The switch is drawn disabled
 * (so nothing moves when this runs) and enabled here.
 */
export function enhanceSurge(figure: HTMLElement): void {
  const toggle = figure.querySelector<HTMLButtonElement>('.surge-toggle')!;
  toggle.addEventListener('click', () => {
    const on = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(on));
    figure.dataset.proxy = on ? 'on' : 'off';
  });
  toggle.disabled = false;
}
