/**
 * Handouts (issue 31): `?print-pdf&handout` prints 47 A4 pages, each the slide, drawings and all,
 * above its script (the speaker notes). reveal's print view lays the pages out; this paper's styles
 * (handout-style.ts) make each one an A4 sheet, and its script is added beneath the slide once
 * reveal says the pages are ready. Light whatever the reader's theme: it is paper. Loaded only
 * for a handout, before the deck starts.
 */
import type { RevealApi } from 'reveal.js';
import { put as fill } from './words';
import { handoutEn } from '../i18n/handout.en';
import { handoutJa } from '../i18n/handout.ja';
import { handoutCss } from './handout-style';

export function makeHandout(deck: RevealApi): void {
  const words = document.documentElement.lang === 'en' ? handoutEn : handoutJa;
  const style = document.createElement('style');
  style.textContent = handoutCss;
  document.head.append(style);
  document.documentElement.classList.add('handout');
  document.documentElement.dataset.theme = 'light';
  deck.on('pdf-ready', () => {
    const pages = [...document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page')];
    for (const page of pages) {
      const slide = page.querySelector('section');
      if (!slide) continue;
      const script = document.createElement('div');
      script.className = 'handout-script';
      const heading = document.createElement('h2');
      const [left, right] = [document.createElement('span'), document.createElement('span')];
      left.textContent = words.script;
      right.textContent = fill(words.page, { n: Number(slide.getAttribute('data-slide')), total: pages.length });
      heading.append(left, right);
      script.append(heading);
      for (const notes of slide.querySelectorAll('aside.notes')) script.append(...[...notes.childNodes].map((node) => node.cloneNode(true)));
      page.append(script);
    }
  });
}
