/**
 * A colour the page's CSS names (`var(--chart-color)`), resolved to what a canvas can paint:
 * colours are written light-dark(), which only CSS itself resolves, for the element's scheme.
 */
export function resolvedColour(element: HTMLElement, css: string): string {
  const probe = document.createElement('span');
  probe.style.color = css;
  probe.hidden = true;
  element.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}
