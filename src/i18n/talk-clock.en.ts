/** The speaker view's talk clock (it pauses for questions), in English (same shape as talk-clock.ja.ts). */
import type { TalkClockStrings } from './talk-clock.ja.ts';

export const talkClockEn: TalkClockStrings = {
  heading: 'Talk time',
  timer: 'Time spoken (pauses left out)',
  pause: 'Pause',
  resume: 'Resume',
  reset: 'Reset',
  key: 'W',
  paused: 'Paused',
  previous: 'Previous slide',
  next: 'Next slide',
  ahead: '{by} ahead of the agenda',
  onTrack: 'On pace with the agenda',
  behind: '{by} behind the agenda',
  sections: 'Time by section',
  section: 'Section',
  planned: 'Planned',
  used: 'Used',
  minutes: '{n} min',
  ended: '{section} is over: {planned} planned, {used} used.',
};
