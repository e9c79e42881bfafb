/** Slide 22's timeline laid out in a page's language: a wide drawing, and a tall one for phones. */
import { formatDate, type Locale, type Strings } from '../../lib/i18n.ts';
import { rolloutEvents } from './events.ts';
import { rolloutLayout, type RolloutOptions } from './layout.ts';
import type { RolloutText } from './marks.ts';

export function rolloutDrawings(locale: Locale, words: Strings, forms: ('wide' | 'tall')[] = ['wide', 'tall']) {
  const t = words.diagrams.rollout;
  const events = rolloutEvents.map((event) => ({ ...event, text: t.events[event.key] }));
  const formats: Pick<RolloutOptions, 'formatDate' | 'formatTick'> = { formatDate: (isoDate) => formatDate(isoDate, locale, 'short'), formatTick: t.formatTick };
  const description = t.description(events.map((event) => `${formats.formatDate(event.date)} ${event.text}`).join(words.charts.listSeparator));
  const drawings = forms.map((form) => {
    const wide = form === 'wide';
    const layout = wide
      ? rolloutLayout(events, { orientation: 'wide', width: 1000, fontSize: 18, labelWidth: 220, ...formats })
      : rolloutLayout(events, { orientation: 'tall', width: 380, fontSize: 15, labelWidth: 270, ...formats });
    const className = `diagram-${form}`;
    const text: RolloutText = { id: `rollout-${className}`, title: t.title, description, fontSize: wide ? 18 : 15, tickAnchor: wide ? 'middle' : 'end', className };
    return { layout, text };
  });
  return { events, formats, drawings };
}
