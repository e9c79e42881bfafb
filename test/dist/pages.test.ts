/** Every built page, read as a file: languages, link previews, and no Japanese in the English edition. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import { agenda, totalMinutes } from '../../src/lib/agenda.ts';
import { talk } from '../../src/lib/talk.ts';
import { japaneseIn } from '../english.ts';
import { imageSize } from './png.ts';
import { builtSite, isEnglish, siteOrigin, isChartPage } from './site.ts';

const site = builtSite('dist', '/');

/** What a reader or their assistive technology meets on a page, and the words its charts take to the browser. */
function wordsOf(document: Document): string[] {
  const out: string[] = [document.title];
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const script = node.parentElement?.closest('script, style');
    // Data islands (type="application/json") carry a chart's words to the browser; code does not.
    if (script && !(script.localName === 'script' && script.getAttribute('type') === 'application/json')) continue;
    out.push(node.textContent ?? '');
  }
  for (const element of document.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (/^(aria-label|aria-valuetext|aria-roledescription|title|alt|placeholder|content|data-.*)$/.test(name)) out.push(value);
    }
  }
  return out;
}

describe('every page', () => {
  it('finds the pages of both editions', () => {
    // The landing page, deck, reading page and gallery, and every chart, in each edition.
    expect(site.pages).toEqual(expect.arrayContaining(['', 'deck/', 'read/', 'embed/', 'en/', 'en/deck/', 'en/read/', 'en/embed/']));
    expect(site.pages.filter(isEnglish)).toHaveLength(site.pages.length / 2);
  });

  for (const page of site.pages) {
    it(`/${page} names its language and its twin in the other edition`, () => {
      const document = site.document(page);
      const english = isEnglish(page);
      expect(document.documentElement.lang).toBe(english ? 'en' : 'ja');
      const ja = english ? page.replace(/^en\//, '') : page;
      const alternates = Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
      );
      expect(alternates).toEqual({ ja: `${siteOrigin}/${ja}`, en: `${siteOrigin}/en/${ja}`, 'x-default': `${siteOrigin}/${ja}` });
      expect(site.pages, 'the twin page is built').toContain(english ? ja : `en/${ja}`);
      expect(document.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe(english ? 'en_US' : 'ja_JP');
    });

    it(`/${page} links to the accessibility statement of its edition`, () => {
      const statement = isEnglish(page) ? '/en/accessibility/' : '/accessibility/';
      const link = site.document(page).querySelector(`a[href="${statement}"]`);
      expect(link?.textContent).toBe((isEnglish(page) ? en : ja).accessibility.link);
      expect(site.pages).toContain(statement.slice(1));
    });

    it(`/${page} carries a link preview: title, description and a 1200×630 image`, () => {
      const document = site.document(page);
      const meta = (property: string) => document.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
      expect(meta('og:title')).toMatch(/VPC Lambda|Hyperplane|ENI/);
      expect(meta('og:description').length).toBeGreaterThan(20);
      const image = new URL(meta('og:image'));
      expect(image.origin).toBe(siteOrigin);
      expect(image.pathname).toBe(isEnglish(page) ? '/social-en.png' : '/social.png');
      expect(imageSize(site.file(image.pathname.slice(1)))).toEqual({ width: 1200, height: 630 });
      expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    });
  }

  for (const page of site.pages.filter(isEnglish)) {
    it(`/${page} has no Japanese but the talk's title and speaker`, () => {
      expect(japaneseIn(wordsOf(site.document(page)))).toEqual([]);
    });
  }
});

describe('the English edition says it is a translation', () => {
  for (const page of ['en/', 'en/read/']) {
    it(`/${page} names the original talk and links its deck`, () => {
      const note = [...site.document(page).querySelectorAll('.reading-note')].find((p) => p.textContent?.startsWith(en.pages.reading.translation.split('“')[0]!));
      expect(note?.textContent).toContain(`“${talk.title}”`);
      expect(note?.querySelector('a')?.getAttribute('href')).toBe(talk.originalDeckUrl);
    });
  }
});

describe('the chart pages', () => {
  // A frame of a half-parsed page reflows as the rest arrives (the credit's line, seen in CI).
  it('show nothing until the whole chart and its credit are parsed', () => {
    for (const page of site.pages.filter((path) => /^(en\/)?embed\/[^/]+\/$/.test(path))) {
      const document = site.document(page);
      const link = document.querySelector('head > link[rel="expect"][blocking="render"]');
      expect(link, page).not.toBeNull();
      const target = document.getElementById(link!.getAttribute('href')!.slice(1));
      expect(target?.previousElementSibling?.localName, page).toBe('main');
    }
  });
});

describe('the English static images', () => {
  const images = readdirSync('dist/en/embed').filter((name) => name.endsWith('.svg'));
  it('exist for every English chart page', () => {
    expect(images.map((name) => `en/embed/${name.replace(/\.svg$/, '')}/`).sort()).toEqual(site.pages.filter((page) => page.startsWith('en/') && isChartPage(page)).sort());
  });
  for (const name of images) {
    it(`${name} has no Japanese but the talk's title and speaker`, () => {
      const text = site.file(`en/embed/${name}`).toString('utf8').replace(/<style>[\s\S]*?<\/style>/, '');
      expect(japaneseIn([text])).toEqual([]);
    });
  }
});

describe('the deck and the reading page', () => {
  for (const [page, edition] of [['deck/', 'ja'], ['en/deck/', 'en'], ['deck/full/', 'ja'], ['en/deck/full/', 'en']] as const) {
    it(`/${page} has the talk's ${talk.slideCount} slides in order, and no vertical stacks`, () => {
      const document = site.document(page);
      const slides = [...document.querySelectorAll('.reveal .slides > section')];
      expect(slides.map((slide) => Number(slide.getAttribute('data-slide')))).toEqual(Array.from({ length: talk.slideCount }, (_, i) => i + 1));
      // A nested <section> would make reveal split a slide in two.
      expect(document.querySelectorAll('.reveal .slides > section section')).toHaveLength(0);
      expect(document.querySelector('.reveal .slides > section h1')?.textContent).toContain(edition === 'ja' ? talk.title : 'A Dramatic Improvement??');
    });
  }

  for (const [deck, whole] of [['deck/', 'deck/full/'], ['en/deck/', 'en/deck/full/']] as const) {
    it(`/${deck} carries the slides' words only; /${whole} has every drawing, and notes for every slide`, () => {
      const light = site.document(deck);
      const full = site.document(whole);
      // The deck as it first loads: no notes, no drawing, a placeholder where each one goes.
      expect(light.querySelectorAll('aside.notes, svg, table')).toHaveLength(0);
      const placeholders = [...light.querySelectorAll('.slides > section')].map((slide) => slide.querySelectorAll('[data-later]').length);
      expect(placeholders.reduce((a, b) => a + b, 0)).toBeGreaterThan(15);
      expect(light.querySelector('.reveal')?.getAttribute('data-whole')).toBe(`/${whole}`);
      // The whole deck: the same slides, each placeholder's slide with its drawings, every slide its notes.
      expect(full.querySelectorAll('[data-later]')).toHaveLength(0);
      expect(full.querySelector('.reveal')?.hasAttribute('data-whole')).toBe(false);
      [...full.querySelectorAll('.slides > section')].forEach((slide, i) => {
        expect(slide.querySelector('aside.notes')?.textContent?.trim().length ?? 0, `notes of slide ${i + 1}`).toBeGreaterThan(40);
        if (placeholders[i]) expect(slide.querySelector('svg, pre, table'), `drawing of slide ${i + 1}`).not.toBeNull();
      });
    });

    it(`/${deck} leaves reveal's stylesheet to reveal's code, trimmed of what the deck never turns on`, () => {
      const css = [...site.document(deck).querySelectorAll('style')].map((style) => style.textContent).join('');
      const reveal = '.reveal .slides>section.present';
      expect(css).not.toContain(reveal);
      // The deck's code waits in a template until slide 1 is painted (Deck.astro).
      const scripts = [...site.document(deck).querySelectorAll<HTMLTemplateElement>('template#deck-code')].flatMap((template) => [...template.content.querySelectorAll('script[src]')]);
      expect(scripts).toHaveLength(1);
      const code = [site.file(scripts[0]!.getAttribute('src')!.slice(site.base.length)).toString()];
      expect(code[0]!.includes(reveal), `reveal.css in ${code[0]!.length} bytes of the deck's code`).toBe(true);
      // The lightbox's loading spinner, a 3 KB GIF (src/deck/reveal-css.ts).
      expect(code[0]!.includes('data:image/gif'), 'the lightbox spinner in the deck\'s code').toBe(false);
    });

    it(`/${deck} sends a reader without JavaScript to /${whole}, which search engines leave for the deck`, () => {
      const refresh = [...site.document(deck).querySelectorAll('noscript')].map((noscript) => noscript.innerHTML).join('');
      expect(refresh).toContain(`<meta http-equiv="refresh" content="0; url=/${whole}">`);
      const head = site.document(whole).head;
      expect(head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(new URL(head.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(`/${deck}`);
    });
  }

  for (const page of ['deck/', 'en/deck/']) {
    it(`/${page} paces its slides by the agenda: each section's minutes, ${totalMinutes} in all`, () => {
      const slides = [...site.document(page).querySelectorAll('.reveal .slides > section')].map((slide) => ({
        section: Number(slide.getAttribute('data-section')) || undefined,
        seconds: Number(slide.getAttribute('data-timing')),
      }));
      slides.forEach(({ seconds }, i) => expect(Number.isInteger(seconds) && seconds > 0, `slide ${i + 1}`).toBe(true));
      expect(slides.reduce((sum, { seconds }) => sum + seconds, 0)).toBe(totalMinutes * 60);
      // A section runs from the slide after the previous section's last to its own last slide (the
      // last section to the end of the deck): its agenda and any opening slides count with it.
      let start = 0;
      for (const { number, minutes } of agenda) {
        const last = slides.findLastIndex((slide) => slide.section === number);
        const end = number === agenda.length ? slides.length : last + 1;
        expect(slides.slice(start, end).reduce((sum, { seconds }) => sum + seconds, 0), `section ${number}`).toBe(minutes * 60);
        start = end;
      }
    });
  }

  for (const page of ['deck/', 'en/deck/']) {
    it(`/${page} shows a heading only where the original slide had one (27 and 31 had none)`, () => {
      const hidden = [...site.document(page).querySelectorAll('.reveal .slides > section h2.visually-hidden')].map((h2) => Number(h2.closest('section')!.getAttribute('data-slide')));
      expect(hidden).toEqual([27, 31]);
    });
  }

  for (const page of ['read/', 'en/read/']) {
    it(`/${page} shows a heading only where the original slide had one (27 and 31 had none)`, () => {
      const hidden = [...site.document(page).querySelectorAll('section.read-slide > header h3.visually-hidden')].map((h3) => h3.closest('section')!.id);
      expect(hidden).toEqual(['slide-27', 'slide-31']);
    });
  }

  for (const [deck, read] of [['deck/', 'read/'], ['en/deck/', 'en/read/']] as const) {
    it(`/${deck}: the presenter's script speaks as the presenter; this site's commentary is on /${read}, apart and labelled`, () => {
      for (const notes of site.document(deck).querySelectorAll('aside.notes')) {
        // The presenter speaks on the day, in October 2019: never of this site, nor looking back at his own time.
        expect(notes.textContent).not.toMatch(/このサイト|this site|当日|on the day|当時|at the time|2019年時点|as of 2019|再構成|reconstruct|シミュレーション|simulat/i);
      }
      expect(site.document(deck).querySelector('.commentary')).toBeNull();
      const commented = [...site.document(read).querySelectorAll('section.read-slide:has(.commentary)')].map((section) => section.id);
      expect(commented).toEqual(expect.arrayContaining(['slide-13', 'slide-20', 'slide-21', 'slide-25', 'slide-29', 'slide-34', 'slide-35', 'slide-36']));
      for (const commentary of site.document(read).querySelectorAll('.commentary')) expect(commentary.querySelector('.commentary-label')?.textContent).toBeTruthy();
    });
  }

  for (const page of ['read/', 'en/read/']) {
    it(`/${page} has the ${talk.slideCount} slides in order, each with its notes as prose, and no deck`, () => {
      const document = site.document(page);
      const sections = [...document.querySelectorAll('section.read-slide')];
      expect(sections.map((section) => section.id)).toEqual(Array.from({ length: talk.slideCount }, (_, i) => `slide-${i + 1}`));
      sections.forEach((section) => expect(section.querySelector('.notes')?.textContent?.trim().length ?? 0, section.id).toBeGreaterThan(40));
      expect(document.querySelector('#slide-12 .notes')?.textContent).toContain('334');
      expect(document.querySelector('.reveal')).toBeNull();
    });
  }
});
