/**
 * The talk clock in reveal's speaker view (issue 31): W (or its button) pauses it for questions and
 * resumes it; the pace against the agenda, and each section's planned minutes against the minutes
 * used, follow the talk; a section's end is said once, in a status line; previous and next buttons
 * a finger can hit on a tablet, and a reset before the talk. reveal's own timer cannot pause (its start time is shut in the
 * pop-up's script), so it is hidden and this one takes its place.
 *
 * It runs here, in the deck's window, and writes into the pop-up (same origin): nothing is added to
 * the speaker view's script. The clock itself lives in the pop-up as JSON, so a deck reloaded
 * mid-talk picks it up where it was (present.ts attaches it again on the pop-up's next heartbeat);
 * closing the speaker view ends it.
 * Loaded with the speaker view, never with the deck.
 */
import type { RevealApi } from 'reveal.js';
import { agenda, slideOwners, type SlideSection } from '../lib/agenda';
import { clockText, enterSection, paceAt, readClock, spokenAt, startClock, toggleClock, usedAt, type TalkClock } from '../lib/talk-clock';
import { escapeXml } from '../lib/xml';
import { put as fill } from './words';
import { talkClockEn } from '../i18n/talk-clock.en';
import { talkClockJa } from '../i18n/talk-clock.ja';
import { talkClockCss } from './talk-clock-style';

/** The speaker views (their documents) holding this page's clock: a reloaded deck finds none and attaches again. */
const attached = new WeakSet<Document>();

/** Puts the talk clock into the speaker view `popup`, once the deck is ready (once per speaker view and deck page). */
export function attachClock(deck: RevealApi, popup: Window): void {
  if (popup.closed || !deck.isReady()) return; // not yet: the next heartbeat comes in a second
  const doc = popup.document;
  const controls = doc.querySelector('#speaker-controls');
  if (!controls || attached.has(doc)) return;
  const words = document.documentElement.lang === 'en' ? talkClockEn : talkClockJa;
  const { owners, timings, labels } = readAgenda(deck);
  const ownerNow = () => owners[deck.getIndices().h] ?? 1;
  const previous = doc.querySelector<HTMLElement>('.talk-clock');
  let clock = readClock(previous?.dataset.clock, agenda.length) ?? startClock(Date.now(), agenda.length, ownerNow());
  previous?.remove();
  doc.querySelector('.talk-clock-sections')?.remove();
  const { panel, time, pace, pause, section, said, rows } = mountPanel(doc, controls, words, labels);
  attached.add(doc);

  const keep = (next: TalkClock) => {
    clock = next;
    panel.dataset.clock = JSON.stringify(clock);
  };
  const render = () => {
    const now = Date.now();
    const spoken = spokenAt(clock, now);
    const paused = clock.since === null;
    time.textContent = clockText(spoken);
    time.toggleAttribute('data-paused', paused);
    const { kind, by } = paceAt(spoken, timings, deck.getIndices().h);
    pace.dataset.pace = kind;
    pace.textContent = (paused ? `${words.paused} · ` : '') + fill(kind === 'ahead' ? words.ahead : kind === 'behind' ? words.behind : words.onTrack, { by: clockText(by) });
    // The button says what it will do (its name changes, so no pressed state as well).
    pause.textContent = `${paused ? words.resume : words.pause} (${words.key})`;
    const used = usedAt(clock, now);
    section.textContent = `${labels[clock.section - 1]}: ${clockText(used[clock.section - 1]!)} / ${fill(words.minutes, { n: agenda[clock.section - 1]!.minutes })}`;
    used.forEach((ms, i) => {
      const cell = rows[i]!.cells[2]!;
      cell.textContent = clockText(ms);
      cell.toggleAttribute('data-over', ms > agenda[i]!.minutes * 60_000);
      if (i === clock.section - 1) rows[i]!.setAttribute('aria-current', 'step');
      else rows[i]!.removeAttribute('aria-current');
    });
  };
  const togglePause = () => {
    keep(toggleClock(clock, Date.now()));
    render();
  };
  const follow = () => {
    if (popup.closed) return stop(); // its timer went with it
    const { clock: next, ended } = enterSection(clock, Date.now(), ownerNow());
    keep(next);
    if (ended !== undefined) {
      const used = usedAt(clock, Date.now())[ended - 1]!;
      said.textContent = fill(words.ended, { section: labels[ended - 1]!, planned: fill(words.minutes, { n: agenda[ended - 1]!.minutes }), used: clockText(used) });
    }
    render();
  };

  // Everything this page leaves in the speaker view goes with it when the deck reloads or closes.
  const gone = new AbortController();
  const resetClock = () => {
    keep(startClock(Date.now(), agenda.length, ownerNow(), clock.since === null));
    said.textContent = '';
    render();
  };
  listen(doc, panel, words.key, { pause: togglePause, reset: resetClock, previous: () => deck.prev(), next: () => deck.next() }, gone.signal);
  // On the speaker view's own timer: the deck's window may be hidden behind it, and a hidden window's timers are slowed.
  const tick = popup.setInterval(() => (panel.isConnected && panel.ownerDocument === popup.document ? render() : stop()), 1000);
  const stop = () => {
    gone.abort();
    if (!popup.closed) popup.clearInterval(tick);
    deck.off('slidechanged', follow);
    attached.delete(doc);
  };
  window.addEventListener('pagehide', stop, { once: true });
  deck.on('slidechanged', follow);
  follow();
}

/** The clock's buttons and its key (W, anywhere in the speaker view), until `signal` says this deck page is gone. */
function listen(doc: Document, panel: HTMLElement, key: string, act: Record<'pause' | 'reset' | 'previous' | 'next', () => void>, signal: AbortSignal): void {
  for (const name of ['pause', 'reset', 'previous', 'next'] as const) panel.querySelector(`.talk-clock-${name}`)!.addEventListener('click', act[name], { signal });
  // reveal's speaker view hands every key to the deck (Space: next slide): a key that works a button stays with it.
  panel.addEventListener('keydown', (event) => {
    if ((event.target as Element).localName === 'button' && (event.key === ' ' || event.key === 'Enter')) event.stopPropagation();
  }, { signal });
  doc.addEventListener('keydown', (event) => {
    // By its place on the keyboard, so that a Japanese input method left on does not swallow it.
    if (event.code !== `Key${key}` || event.repeat || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    if ((event.target as Element).localName === 'select') return;
    act.pause();
  }, { signal });
}

/** Each slide's agenda section (the one whose minutes it takes) and planned seconds, and the sections' names as the slides print them. */
function readAgenda(deck: RevealApi) {
  const slides = deck.getSlides();
  const owners = slideOwners(slides.map((slide) => sectionOf(slide.getAttribute('data-section'))));
  const timings = slides.map((slide) => Number(slide.getAttribute('data-timing') ?? 0));
  const labels = agenda.map(({ number }) => slides.find((slide) => slide.getAttribute('data-section') === String(number))?.querySelector('.slide-section')?.textContent ?? String(number));
  return { owners, timings, labels };
}

/** The panel in place of reveal's timer, with its styles (once per pop-up). */
function mountPanel(doc: Document, controls: Element, words: typeof talkClockJa, labels: readonly string[]) {
  if (!doc.querySelector('style[data-talk-clock]')) {
    const style = doc.createElement('style');
    style.dataset.talkClock = '';
    style.textContent = talkClockCss;
    doc.head.append(style);
  }
  doc.querySelector('.speaker-controls-time')?.setAttribute('hidden', '');
  // reveal writes its speaker view in English (lang="en"): what it shows of the deck is in the deck's language.
  doc.querySelector('.speaker-controls-notes .value')?.setAttribute('lang', document.documentElement.lang);
  const panel = doc.createElement('div');
  panel.className = 'talk-clock';
  panel.lang = document.documentElement.lang;
  panel.innerHTML = panelHtml(words);
  controls.prepend(panel);
  // The table of sections under the notes, which stay where the presenter's eyes expect them.
  const table = doc.createElement('div');
  table.className = 'talk-clock-sections';
  table.lang = document.documentElement.lang;
  table.innerHTML = tableHtml(words, labels);
  controls.append(table);
  return {
    panel,
    time: panel.querySelector<HTMLElement>('.talk-clock-time')!,
    pace: panel.querySelector<HTMLElement>('.talk-clock-pace')!,
    pause: panel.querySelector<HTMLButtonElement>('.talk-clock-pause')!,
    section: panel.querySelector<HTMLElement>('.talk-clock-section')!,
    said: panel.querySelector<HTMLElement>('.talk-clock-said')!,
    rows: [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')],
  };
}

function sectionOf(value: string | null): SlideSection {
  const number = Number(value);
  return (Number.isInteger(number) && number >= 1 ? number : value) as SlideSection;
}

function panelHtml(words: typeof talkClockJa): string {
  const e = escapeXml;
  return (
    `<h4>${e(words.heading)}</h4>` +
    `<div class="talk-clock-now"><div class="talk-clock-time" role="timer" aria-label="${e(words.timer)}">0:00</div><p class="talk-clock-pace"></p></div>` +
    `<div class="talk-clock-buttons">` +
    `<button type="button" class="talk-clock-previous" aria-label="${e(words.previous)}">◀</button>` +
    `<button type="button" class="talk-clock-pause" aria-keyshortcuts="${e(words.key)}"></button>` +
    `<button type="button" class="talk-clock-next" aria-label="${e(words.next)}">▶</button>` +
    `<button type="button" class="talk-clock-reset">${e(words.reset)}</button>` +
    `</div>` +
    `<p class="talk-clock-section"></p>` +
    `<p class="talk-clock-said" role="status"></p>`
  );
}

function tableHtml(words: typeof talkClockJa, labels: readonly string[]): string {
  const e = escapeXml;
  const rows = agenda
    .map(({ minutes }, i) => `<tr><th scope="row">${e(labels[i]!)}</th><td>${e(fill(words.minutes, { n: minutes }))}</td><td>0:00</td></tr>`)
    .join('');
  return `<table><caption>${e(words.sections)}</caption><thead><tr><th scope="col">${e(words.section)}</th><th scope="col">${e(words.planned)}</th><th scope="col">${e(words.used)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}
