/**
 * Slide 22's timeline laid out in a page's language: a wide drawing, a tall one for phones, and
 * the slide's own, drawn one unit to a deck pixel so its words read at 16 px from the back row.
 * The slide has two: the rollout as it stood on the talk's day, which the deck shows, and the
 * whole of it, which the deck shows only once its since-2019 switch is on (correction M7).
 */
import type { Locale } from '../../lib/locales.ts';
import { formatDate, type Strings } from '../../i18n/strings.ts';
import { talk } from '../../lib/talk.ts';
import { rolloutEvents } from './events.ts';
import { fullAxis, rolloutLayout, talkDayAxis, type RolloutOptions } from './layout.ts';
import type { RolloutText } from './marks.ts';

export type RolloutForm = 'wide' | 'tall' | 'slide' | 'slide-talk-day';
/** How much of the rollout a drawing tells: all of it, or what was known on the talk's day. */
export type RolloutSpan = 'full' | 'talk-day';

/** Each form's size and words; the slide's width is the deck's text column less the drawing's 4-unit frame. */
const forms: Record<RolloutForm, { orientation: 'wide' | 'tall'; width: number; fontSize: number; labelWidth: number; tickSize: number; span: RolloutSpan }> = {
  wide: { orientation: 'wide', width: 1000, fontSize: 18, labelWidth: 220, tickSize: 14, span: 'full' },
  tall: { orientation: 'tall', width: 380, fontSize: 15, labelWidth: 270, tickSize: 14, span: 'full' },
  slide: { orientation: 'wide', width: 1144, fontSize: 16, labelWidth: 200, tickSize: 16, span: 'full' },
  // The same words at the same size; four events on the whole width have room for each on one line.
  'slide-talk-day': { orientation: 'wide', width: 1144, fontSize: 16, labelWidth: 400, tickSize: 16, span: 'talk-day' },
};

export function rolloutDrawings(locale: Locale, words: Strings, wanted: RolloutForm[] = ['wide', 'tall']) {
  const t = words.diagrams.rollout;
  const events = rolloutEvents.map((event) => ({ ...event, text: t.events[event.key] }));
  const formats: Pick<RolloutOptions, 'formatDate' | 'formatTick'> = { formatDate: (isoDate) => formatDate(isoDate, locale, 'short'), formatTick: t.formatTick };
  const describe = (shown: typeof events) => t.description(shown.map((event) => `${formats.formatDate(event.date)} ${event.text}`).join(words.charts.listSeparator));
  const drawings = wanted.map((form) => {
    const { orientation, width, fontSize, labelWidth, tickSize, span } = forms[form];
    const shown = span === 'talk-day' ? events.filter((event) => event.date <= talk.date) : events;
    const axis = span === 'talk-day' ? talkDayAxis : fullAxis;
    const layout = rolloutLayout(shown, { orientation, width, fontSize, labelWidth, axis, ...formats });
    const className = `diagram-${orientation}`;
    const text: RolloutText = { id: `rollout-diagram-${form}`, title: t.title, description: describe(shown), fontSize, tickSize, tickAnchor: orientation === 'wide' ? 'middle' : 'end', className };
    return { span, layout, text };
  });
  return { events, formats, drawings };
}
