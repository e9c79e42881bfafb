/**
 * The deck is the talk as given on 2019-10-26 (correction M7): slide 22's timeline shows nothing
 * after that day until the presenter turns on the deck's "since 2019" switch. Read from the built
 * pages with their own CSS applied (jsdom cascades it), so a drawing hidden by CSS counts as
 * unseen, and a date counts however the page writes it.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { rolloutEvents } from '../../src/charts/rollout/events.ts';
import type { Locale } from '../../src/lib/locales.ts';
import { formatDate } from '../../src/i18n/strings.ts';
import { talk } from '../../src/lib/talk.ts';
import { builtSite } from './site.ts';

const site = builtSite('dist', '/');
const after = rolloutEvents.filter((event) => event.date > talk.date);

/** A fresh copy of a built page, free to change without touching the one other checks share. */
const freshPage = (page: string) => new JSDOM(site.file(`${page}index.html`).toString('utf8')).window.document;

/**
 * Whether a reader meets an element with the page's CSS as it now is: not under display: none, nor
 * folded in a closed <details>. (Asked afresh after the page changes: the answers are kept.)
 */
function shownOn(document: Document): (element: Element | null) => boolean {
  const window = document.defaultView!;
  const seen = new Map<Element, boolean>();
  const shown = (element: Element | null): boolean => {
    if (!element) return true;
    if (!seen.has(element)) {
      const parent = element.parentElement;
      const folded = parent?.localName === 'details' && !parent.hasAttribute('open') && element.localName !== 'summary';
      seen.set(element, !folded && !['script', 'style', 'template'].includes(element.localName) && window.getComputedStyle(element).display !== 'none' && shown(parent));
    }
    return seen.get(element)!;
  };
  return shown;
}

/** The text of an element that a reader meets, with every drawing's name and description. */
function shownText(root: Element): string {
  const shown = shownOn(root.ownerDocument);
  const out: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  while (walker.nextNode()) if (shown(walker.currentNode.parentElement)) out.push(walker.currentNode.textContent ?? '');
  return out.join(' ');
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const iso = (year: string | number, month: string | number, day: string | number = 1) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const monthOf = (name: string) => months.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * Every date in a text as YYYY-MM-DD, in each way the site writes one (2019-11-06, 2019/11/6,
 * 2019年11月6日, Nov 6, 2019, November 6, 2019); a month alone (2020年3月, Mar 2020) as its
 * first day. Slide 22 is set in 2019, so a date without a year (11月6日, Nov 6) is read as 2019's.
 */
function datesIn(text: string): string[] {
  const month = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
  const patterns: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/(\d{4})[-/](\d{1,2})[-/](\d{1,2})/g, (m) => iso(m[1]!, m[2]!, m[3]!)],
    [/(\d{4})年\s*(\d{1,2})月(?:\s*(\d{1,2})日)?/g, (m) => iso(m[1]!, m[2]!, m[3])],
    [new RegExp(`\\b(\\d{1,2})\\s+${month}\\s+(\\d{4})\\b`, 'g'), (m) => iso(m[3]!, monthOf(m[2]!), m[1]!)],
    [new RegExp(`\\b${month}\\s+(?:(\\d{1,2}),?\\s+)?(\\d{4})\\b`, 'g'), (m) => iso(m[3]!, monthOf(m[1]!), m[2])],
    [/(\d{1,2})月\s*(\d{1,2})日/g, (m) => iso(2019, m[1]!, m[2]!)],
    [new RegExp(`\\b${month}\\s+(\\d{1,2})\\b`, 'g'), (m) => iso(2019, monthOf(m[1]!), m[2]!)],
  ];
  const found: string[] = [];
  let rest = text;
  // Each form is taken out once read, so 2019年11月6日 is not read again as 11月6日.
  for (const [pattern, read] of patterns) {
    for (const match of rest.matchAll(pattern)) found.push(read(match));
    rest = rest.replace(pattern, ' ');
  }
  return found;
}

const slide22 = (document: Document) => document.querySelector('.reveal .slides > section[data-slide="22"]')!;

/**
 * Slide 22 as reveal shows it: the deck's CSS hides every slide until reveal is ready (deck.css),
 * so a fresh page is marked as reveal marks it once it is up, with slide 22 the present one.
 */
function presentSlide22(document: Document): Element {
  document.querySelector('.reveal')!.classList.add('ready');
  slide22(document).classList.add('present');
  return slide22(document);
}
/** The drawings on the slide that a reader meets. */
const drawingsShown = (slide: Element) => [...slide.querySelectorAll('svg')].filter(shownOn(slide.ownerDocument));
const shortDate = (isoDate: string, locale: Locale) => formatDate(isoDate, locale, 'short');

/** /deck/ once the whole deck's slide 22 has come in, as src/deck/whole.ts brings it: its content, and the styles /deck/ lacked. */
function lightDeckFilled(deck: string, whole: string): Document {
  const light = freshPage(deck);
  const full = freshPage(whole);
  light.head.append(light.importNode(full.querySelector('head > style[data-chart-styles]')!, true));
  slide22(light).querySelector('.slide-inner')!.replaceWith(light.importNode(slide22(full).querySelector('.slide-inner')!, true));
  presentSlide22(light);
  return light;
}

describe('reading dates', () => {
  it('reads every way the site writes one', () => {
    const text = '2019/11/6 · 2019-11-25 · 2019年11月28日 · Mar 31, 2020 · August 5, 2020 · 2020年3月 · Jun 2020 · 10月4日 · Sep 27 · 26 October 2019';
    expect(datesIn(text).sort()).toEqual(
      ['2019-09-27', '2019-10-04', '2019-10-26', '2019-11-06', '2019-11-25', '2019-11-28', '2020-03-01', '2020-03-31', '2020-06-01', '2020-08-05'],
    );
  });
});

for (const [locale, deck] of [['ja', 'deck/'], ['en', 'en/deck/']] as const) {
  const whole = `${deck}full/`;
  const talkDate = shortDate(talk.date, locale);

  describe(`/${deck}: slide 22 as the talk gave it`, () => {
    it(`/${whole} shows no date after ${talk.date} while the switch is off, and still the talk's own`, () => {
      const slide = presentSlide22(freshPage(whole));
      const text = shownText(slide);
      expect(text).toContain(talkDate);
      expect(datesIn(text).filter((date) => date > talk.date)).toEqual([]);
      expect(drawingsShown(slide)).toHaveLength(1);
    });

    it(`/${deck} shows none either, as first loaded and once its drawing has come from /${whole}`, () => {
      const first = shownText(presentSlide22(freshPage(deck)));
      expect(datesIn(first).filter((date) => date > talk.date)).toEqual([]);
      const filled = shownText(slide22(lightDeckFilled(deck, whole)));
      expect(filled).toContain(talkDate);
      expect(datesIn(filled).filter((date) => date > talk.date)).toEqual([]);
    });

    it(`offers the deck's since-2019 switch on slide 22, in /${deck} and /${whole}`, () => {
      for (const page of [deck, whole]) expect(slide22(site.document(page)).querySelector('button[data-since-2019-toggle]'), page).not.toBeNull();
    });

    it(`with the switch on, /${whole} and /${deck} show every later event, in one drawing`, () => {
      for (const slide of [presentSlide22(freshPage(whole)), slide22(lightDeckFilled(deck, whole))]) {
        slide.ownerDocument.documentElement.setAttribute('data-since-2019', 'on');
        const dates = datesIn(shownText(slide));
        for (const event of after) expect(dates, event.date).toContain(event.date);
        // The talk's day gives way to the whole rollout: the events before the talk are not drawn twice.
        expect(drawingsShown(slide)).toHaveLength(1);
      }
    });
  });

  it(`/${locale === 'ja' ? '' : 'en/'}read/#slide-22 keeps the full timeline, later events included`, () => {
    const section = site.document(`${locale === 'ja' ? '' : 'en/'}read/`).querySelector('#slide-22')!;
    const text = shownText(section);
    for (const event of after) expect(text, event.date).toContain(shortDate(event.date, locale));
  });
}
