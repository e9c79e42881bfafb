/**
 * The deck at work: reveal.js with the deck's settings, the whole deck fetched as the presenter
 * nears its figures (whole.ts), the address kept current, the plugins loaded on first use, the
 * projector key and offline presenting. Deck.astro loads it once slide 1 is on screen.
 */
import Reveal from 'reveal.js';
import { revealCss } from './reveal-style';
import { stage } from './stage';
import { makeWhole, nearsLater } from './whole';
import type { NotesPlugin } from 'reveal.js/plugin/notes';
import type { SearchPlugin } from 'reveal.js/plugin/search';
import { totalMinutes } from '../lib/agenda';
import { keepOffline } from '../offline/register';

// reveal's stylesheet comes with reveal (slide 1 is painted without it: deck.css sets the stage),
// ahead of the page's own styles so that the deck's theme still overrides it, as when it was imported.
// The page's policy allows this element by the hash of exactly this text (Deck.astro).
const revealStyle = document.createElement('style');
revealStyle.textContent = revealCss;
document.head.insertBefore(revealStyle, document.head.querySelector('style'));

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
// The speaker view loads this page in iframes with `?receiver` and a zero-based `#/h/v`
// hash whatever the deck's setting; reading that hash one-based would shift the iframes
// back one slide, and the speaker view would then pull the main deck back with them.
const isSpeakerViewFrame = new URLSearchParams(window.location.search).has('receiver');
// With every slide's data-timing, the speaker view paces the talk against the agenda. Its
// notes plugin reads `totalTime` (reveal's "pacing timer"), which RevealConfig does not declare.
const pacing: { totalTime: number } = { totalTime: totalMinutes * 60 };
const deck = new Reveal({
  ...pacing,
  // The slides keep their own margins (.slide-inner): at 1280×720 a deck pixel is a screen pixel.
  // (The print view's styles are sized from these: reveal-inline.ts.)
  ...stage,
  center: false,
  // The address is written below, at once on every step; reveal still reads it on load and
  // when it changes (respondToHashChanges).
  hash: false,
  // `#/25` is the talk's slide 25, as the speaker numbered it.
  hashOneBasedIndex: !isSpeakerViewFrame,
  progress: true,
  slideNumber: 'c/t',
  controlsTutorial: false,
  // reveal's automatic scroll view on narrow screens drops the `#/N` deep link
  // (hakimel/reveal.js#3815); a phone gets the same deck, scaled, with swipes.
  scrollActivationWidth: 0,
  transition: reducedMotion ? 'none' : 'slide',
  backgroundTransition: 'none',
  // One PDF page per slide, with every fragment in its final state.
  pdfSeparateFragments: false,
  pdfMaxPagesPerSlide: 1,
});
const failed = document.querySelector<HTMLElement>('.deck-later-failed')!;
// A failure is said on screen (`failed`) and tried again on the next call; nothing waits on it.
const whole = () => makeWhole(deck, failed).catch(() => undefined);
// What must show every slide complete from its first frame waits for the whole deck: the
// printed deck, the speaker view's previews, and a link straight to a slide with a figure.
const linked = Number(/^#\/(\d+)/.exec(window.location.hash)?.[1] ?? 1);
const linkedSlide = document.querySelectorAll('.slides > section')[linked - 1];
// (Print and reduced motion are read here as charts/runtime/motion.ts reads them: imported, that
// module would cost the deck's first load a request of its own.)
const printing = /[?&]print-pdf/.test(window.location.search);
const wholeFirst = printing || isSpeakerViewFrame || Boolean(linkedSlide?.querySelector('[data-later]'));
// A handout (`?print-pdf&handout`) is the print view on A4 with each slide's script (handout.ts), set up before reveal lays out the pages.
const handout = printing && /[?&]handout\b/.test(window.location.search);
// (A handout whose code fails to arrive prints as the slides' PDF: the deck starts all the same.)
Promise.all([wholeFirst && whole(), handout && import('./handout').then(({ makeHandout }) => makeHandout(deck)).catch(() => undefined)]).then(() => deck.initialize());
// Otherwise the rest arrives as the presenter nears the first drawing, or asks for an overview.
const approach = () => {
  const index = deck.getIndices().h;
  if (nearsLater(deck.getHorizontalSlides(), index)) whole();
};
deck.on('ready', approach);
deck.on('slidechanged', approach);
deck.on('overviewshown', () => whole());

// reveal's speaker view sends its upcoming preview the deck's state (then `next`) as soon as
// the current preview is ready; an upcoming preview still loading then misses it and shows
// the wrong step until the presenter moves. So the presenting deck lends its state to its
// previews (same origin), and the upcoming one, once ready, does what the message would have.
type StateHolder = { deckState?: () => ReturnType<typeof deck.getState> };
if (!isSpeakerViewFrame) (window as StateHolder).deckState = () => deck.getState();
else if (new URLSearchParams(window.location.search).get('controls') === 'false') {
  deck.on('ready', () => {
    let state: ReturnType<typeof deck.getState> | undefined;
    try {
      state = (window.parent.opener as StateHolder | null)?.deckState?.();
    } catch {
      return; // not opened by this deck: the speaker view's messages are all there is
    }
    if (!state) return;
    deck.setState(state);
    deck.next();
  });
}

// Offline after one visit (src/offline/): registered once the deck is up, so the first
// slide never waits for it; the deck says, quietly, when this page is kept.
if (import.meta.env.PROD && 'serviceWorker' in navigator && !isSpeakerViewFrame && !printing) {
  const wholeHref = document.querySelector<HTMLElement>('.reveal')!.dataset.whole;
  deck.on('ready', () => keepOffline(document.querySelector<HTMLElement>('.deck-offline')!, wholeHref ? [wholeHref] : []));
}

const readLink = document.querySelector<HTMLAnchorElement>('.deck-read-link')!;
const followSlide = () => {
  const number = deck.getCurrentSlide()?.getAttribute('data-slide') ?? '1';
  readLink.href = `${readLink.dataset.readBase}#slide-${number}`;
};
deck.on('ready', followSlide);
deck.on('slidechanged', followSlide);

// Tab and a screen reader stay on the slide shown: the others are inert (reveal hides only the
// far ones, so Tab reached the next slide's links), except in the overview, where any is chosen,
// and on paper.
const keepToSlide = () => {
  const current = deck.getCurrentSlide();
  for (const slide of deck.getSlides()) slide.inert = !printing && !deck.isOverview() && slide !== current;
};
for (const event of ['ready', 'slidechanged', 'overviewshown', 'overviewhidden']) deck.on(event, keepToSlide);
// reveal writes the whole slide's text into its live region (.aria-status) a frame after a slide
// changes: that one write is replaced by the slide's name, so the name is what is read, once; a
// fragment's text, written as it appears, is read as reveal has it.
deck.on('ready', () => {
  const status = document.querySelector<HTMLElement>('.reveal .aria-status')!;
  const name = () => deck.getCurrentSlide()?.getAttribute('aria-label') ?? '';
  let renaming = false;
  deck.on('slidechanged', () => (renaming = true));
  new MutationObserver(() => {
    if (!renaming) return;
    renaming = false;
    if (status.textContent !== name()) status.textContent = name();
  }).observe(status, { childList: true, characterData: true, subtree: true });
});

// reveal's own `hash: true` rewrites the address at most once a second (its Location's
// debounced replaceState): for up to a second after a step the address names the previous
// one, so a reload, a closed tab or a copied link takes the presenter back a step, and its
// late write can even undo an address just typed or linked. The deck writes it at once.
let retry = 0;
const writeAddress = () => {
  window.clearTimeout(retry);
  const path = deck.getSlidePath();
  try {
    window.history.replaceState(window.history.state, '', path === '/' ? window.location.pathname + window.location.search : `#${path}`);
  } catch {
    // Safari refuses replaceState past 100 calls in 30 s (keys held down): try again later.
    retry = window.setTimeout(writeAddress, 1000);
  }
};
for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, writeAddress);

// Zoom (Alt+click; Ctrl+click on Linux, as the plugin has it) loads when that key is first
// held: a presenter holds it before clicking. A click that comes while the plugin is still on its
// way (a busy machine) is handed to it once it is there, rather than lost.
const zoomKey = /Linux/.test(navigator.platform) ? 'ctrlKey' : 'altKey';
let earlyClick: MouseEvent | undefined;
const keepEarlyClick = (event: MouseEvent) => {
  if (event[zoomKey]) earlyClick = event;
};
const loadZoom = (event: KeyboardEvent | MouseEvent) => {
  if (!event[zoomKey]) return;
  window.removeEventListener('keydown', loadZoom, true);
  window.removeEventListener('mousemove', loadZoom, true);
  const revealElement = deck.getRevealElement()!;
  revealElement.addEventListener('mousedown', keepEarlyClick);
  import('reveal.js/plugin/zoom').then(({ default: Zoom }) => {
    revealElement.removeEventListener('mousedown', keepEarlyClick);
    deck.registerPlugin(Zoom());
    if (earlyClick) revealElement.dispatchEvent(new MouseEvent('mousedown', earlyClick));
  });
};
window.addEventListener('keydown', loadZoom, true);
window.addEventListener('mousemove', loadZoom, true);

// Search (Ctrl/Cmd+Shift+F) loads on its first use, like the speaker view; once registered,
// the plugin answers the key itself.
const loadSearch = (event: KeyboardEvent) => {
  if (!(event.shiftKey && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f')) return;
  event.preventDefault();
  document.removeEventListener('keydown', loadSearch, true);
  Promise.all([import('reveal.js/plugin/search'), whole()]).then(([{ default: Search }]) => {
    deck.registerPlugin(Search());
    (deck.getPlugin('search') as SearchPlugin).open();
  });
};
document.addEventListener('keydown', loadSearch, true);

// The speaker view's plugin (a fifth of the deck's JavaScript) loads when it is first wanted:
// on S, with ?notes, or when a speaker window left open calls back after this page reloads.
let notes: Promise<NotesPlugin> | undefined;
const loadNotes = () =>
  (notes ??= Promise.all([import('reveal.js/plugin/notes'), whole()]).then(([{ default: Notes }]) => {
    deck.registerPlugin(Notes());
    return deck.getPlugin('notes') as NotesPlugin;
  }));
// A dark deck washes out on many projectors (and a light one glares in a dark room): T flips
// the deck between the two without a reload, for this window only; nothing is remembered.
deck.addKeyBinding({ keyCode: 84, key: 'T', description: document.querySelector<HTMLElement>('.reveal')!.dataset.projectorKey! }, () => {
  const root = document.documentElement;
  const dark = (root.dataset.theme ?? (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
  root.dataset.theme = dark ? 'light' : 'dark';
  document.dispatchEvent(new Event('themechange'));
});

// Q, or ?qr: a QR code of this slide on the reading page for the audience's phones (follow-along.ts, loaded when asked).
const follow = JSON.parse(document.querySelector<HTMLElement>('.reveal')!.dataset.follow!) as { key: string; heading: string; other: string };
const followAlong = (show?: 'show') => import('./follow-along').then(({ toggleFollowAlong }) => toggleFollowAlong(deck, follow, show));
if (!isSpeakerViewFrame) {
  deck.addKeyBinding({ keyCode: 81, key: 'Q', description: follow.key }, () => followAlong());
  if (/[?&]qr\b/.test(window.location.search)) deck.on('ready', () => followAlong('show'));
  deck.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker notes view' }, () => {
    loadNotes().then((plugin) => plugin.open());
  });
  if (/[?&]notes/.test(window.location.search)) loadNotes();
  // The speaker view calls every second: the first call loads its plugin, and each puts the talk
  // clock (speaker-clock.ts) into it if not there yet: after S, ?notes, or this page reloaded.
  window.addEventListener('message', (event) => {
    if (!(typeof event.data === 'string' && event.data.includes('"reveal-notes"') && event.data.includes('"heartbeat"'))) return;
    const popup = event.source as Window | null;
    loadNotes();
    if (popup && sameOrigin(popup) && deck.isReady()) import('./speaker-clock').then(({ attachClock }) => attachClock(deck, popup));
  });
}

function sameOrigin(other: Window): boolean {
  try {
    return other.location.origin === window.location.origin;
  } catch {
    return false;
  }
}
