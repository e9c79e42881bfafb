import { describe, expect, it } from 'vitest';
import { agenda, agendaSection, sectionLabel, sectionTitle, slideTimings, totalMinutes, type AgendaWords, type SlideSection } from './agenda';

// Words of the shape an edition gives them (the talk's own are tested in src/i18n/strings.test.ts).
const words: AgendaWords = {
  sections: ['Lambda', 'VPC Lambda, before', 'VPC Lambda, after', 'The difference', 'Thinking anew', 'Summary'],
  frame: { title: 'Title', intro: 'Introduction', agenda: 'Agenda', end: 'The end' },
};

describe('agenda', () => {
  it('has the six sections of slide 6 in the talk’s order, 28 minutes in all', () => {
    expect(agenda.map((s) => [s.number, s.minutes])).toEqual([
      [1, 5],
      [2, 6],
      [3, 4],
      [4, 6],
      [5, 5],
      [6, 2],
    ]);
    expect(totalMinutes).toBe(28);
  });

  it('titles a section by its number, counted from 1', () => {
    expect(sectionTitle(2, words)).toBe('VPC Lambda, before');
    expect(sectionTitle(3, words)).toBe('VPC Lambda, after');
  });

  it('labels a slide by its numbered section, or by the part of the deck outside them', () => {
    expect(sectionLabel(4, words)).toBe('4. The difference');
    expect(sectionLabel('agenda', words)).toBe('Agenda');
    expect(sectionLabel('intro', words)).toBe('Introduction');
  });

  it('refuses a section the talk does not have', () => {
    expect(() => agendaSection(7)).toThrow('no agenda section 7');
  });
});

describe('slide timings', () => {
  // The deck's sections, slide by slide (slides 1–47 of the talk).
  const deck: SlideSection[] = [
    'title', 'intro', 'intro', 'intro', 'intro', 'agenda', 'agenda', 1, 1, 1,
    'agenda', 2, 2, 2, 2, 2, 2,
    'agenda', 3, 3, 3, 3,
    'agenda', ...Array<SlideSection>(14).fill(4),
    'agenda', 5, 5, 5, 5, 5,
    'agenda', 6, 6, 'end',
  ];

  it('gives each section its minutes and the talk its 28', () => {
    const timings = slideTimings(deck);
    expect(timings).toHaveLength(47);
    expect(timings.reduce((a, b) => a + b, 0)).toBe(28 * 60);
    // Section 1 takes the title, the introduction and the agendas before it: 10 slides, 5 minutes.
    expect(timings.slice(0, 10)).toEqual(Array(10).fill(30));
    // Section 6: its agenda, two slides and the closing slide share 2 minutes.
    expect(timings.slice(43)).toEqual([30, 30, 30, 30]);
    // Each section with the slides that open it: 1–10, 11–17, 18–22, 23–37, 38–43, 44–47.
    const spans = [[0, 10], [10, 17], [17, 22], [22, 37], [37, 43], [43, 47]];
    agenda.forEach(({ number, minutes }, i) => {
      const [start, end] = spans[i]!;
      expect(timings.slice(start, end).reduce((a, b) => a + b, 0), `section ${number}`).toBe(minutes * 60);
    });
  });

  it('spreads leftover seconds over the first slides, in whole seconds', () => {
    // Section 2: 6 minutes over its agenda and six slides = 360 s over 7.
    expect(slideTimings(['agenda', 2, 2, 2, 2, 2, 2])).toEqual([52, 52, 52, 51, 51, 51, 51]);
  });
});
