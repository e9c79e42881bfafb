/**
 * Another page of the site, parsed to take parts of it, with nothing in it run or applied. Not
 * DOMParser: Chromium holds a DOMParser document's styles to the page's Content-Security-Policy
 * and reports the other page's own inline CSS as refused; a template's content is inert.
 */
export function inertPage(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}
