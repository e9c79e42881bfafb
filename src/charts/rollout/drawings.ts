/**
 * Slide 22's timeline laid out in a page's language: a wide drawing, a tall one for phones, and
 * the slide's own, drawn one unit to a deck pixel so its words read at 16 px from the back row.
 */
import { formatDate, type Locale, type Strings } from '../../lib/i18n.ts';
import { rolloutEvents } from './events.ts';
import { rolloutLayout, type RolloutOptions } from './layout.ts';
import type { RolloutText } from './marks.ts';

export type RolloutForm = 'wide' | 'tall' | 'slide';

/** Each form's size and words; the slide's width is the deck's text column less the drawing's 4-unit frame. */
const forms: Record<RolloutForm, { orientation: 'wide' | 'tall'; width: number; fontSize: number; labelWidth: number; tickSize: number }> = {
  wide: { orientation: 'wide', width: 1000, fontSize: 18, labelWidth: 220, tickSize: 14 },
  tall: { orientation: 'tall', width: 380, fontSize: 15, labelWidth: 270, tickSize: 14 },
  slide: { orientation: 'wide', width: 1144, fontSize: 16, labelWidth: 200, tickSize: 16 },
};

export function rolloutDrawings(locale: Locale, words: Strings, wanted: RolloutForm[] = ['wide', 'tall']) {
  const t = words.diagrams.rollout;
  const events = rolloutEvents.map((event) => ({ ...event, text: t.events[event.key] }));
  const formats: Pick<RolloutOptions, 'formatDate' | 'formatTick'> = { formatDate: (isoDate) => formatDate(isoDate, locale, 'short'), formatTick: t.formatTick };
  const description = t.description(events.map((event) => `${formats.formatDate(event.date)} ${event.text}`).join(words.charts.listSeparator));
  const drawings = wanted.map((form) => {
    const { orientation, width, fontSize, labelWidth, tickSize } = forms[form];
    const layout = rolloutLayout(events, { orientation, width, fontSize, labelWidth, ...formats });
    const className = `diagram-${orientation}`;
    const text: RolloutText = { id: `rollout-diagram-${form}`, title: t.title, description, fontSize, tickSize, tickAnchor: orientation === 'wide' ? 'middle' : 'end', className };
    return { layout, text };
  });
  return { events, formats, drawings };
}
