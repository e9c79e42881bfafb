/**
 * The talk's six sections with their minutes, as slide 6 lists them; their titles come from the
 * edition's words (src/i18n). Slides 7, 11, 18, 23, 38 and 44 repeat this agenda with the next
 * section highlighted.
 */
export type SectionNumber = 1 | 2 | 3 | 4 | 5 | 6;

export interface AgendaSection {
  number: SectionNumber;
  minutes: number;
}

export const agenda: readonly AgendaSection[] = [
  { number: 1, minutes: 5 },
  { number: 2, minutes: 6 },
  { number: 3, minutes: 4 },
  { number: 4, minutes: 6 },
  { number: 5, minutes: 5 },
  { number: 6, minutes: 2 },
];

/** Parts of the deck that sit outside the six sections. */
export const frameParts = ['title', 'intro', 'agenda', 'end'] as const;
export type FramePart = (typeof frameParts)[number];
export type SlideSection = SectionNumber | FramePart;

/** What an edition calls the sections and the parts outside them (src/i18n/<locale>.ts, agenda). */
export interface AgendaWords {
  sections: readonly string[];
  frame: Readonly<Record<FramePart, string>>;
}

export const totalMinutes = agenda.reduce((sum, section) => sum + section.minutes, 0);

export function agendaSection(number: number): AgendaSection {
  const section = agenda.find((s) => s.number === number);
  if (!section) throw new Error(`no agenda section ${number}: the talk has sections 1–${agenda.length}`);
  return section;
}

/** A section's title in an edition. */
export function sectionTitle(number: number, words: AgendaWords): string {
  return words.sections[agendaSection(number).number - 1]!;
}

/** The label the deck shows for the part of the talk a slide belongs to. */
export function sectionLabel(section: SlideSection, words: AgendaWords): string {
  if (typeof section === 'number') return `${section}. ${sectionTitle(section, words)}`;
  return words.frame[section];
}

/**
 * Seconds each slide may take when the talk keeps to the agenda: every section's minutes spread
 * evenly over its slides, in whole seconds (the first slides take the leftover seconds), so the
 * slides add up to each section's minutes and to the talk's total. A slide outside the six
 * sections (title, introduction, an agenda) opens the next section and shares its time; the
 * closing slide shares the last one's.
 */
export function slideTimings(sections: readonly SlideSection[]): number[] {
  const owner = slideOwners(sections);
  const seen = new Map<number, number>();
  return owner.map((number) => {
    const slides = owner.filter((n) => n === number).length;
    const seconds = agendaSection(number).minutes * 60;
    const index = seen.get(number) ?? 0;
    seen.set(number, index + 1);
    return Math.floor(seconds / slides) + (index < seconds % slides ? 1 : 0);
  });
}

/** The agenda section whose minutes each slide takes: its own, or for a slide outside them the next (the closing slide: the last). */
export function slideOwners(sections: readonly SlideSection[]): SectionNumber[] {
  return sections.map((section, i) => {
    if (typeof section === 'number') return section;
    const next = sections.slice(i + 1).find((s): s is SectionNumber => typeof s === 'number');
    const previous = sections.slice(0, i).findLast((s): s is SectionNumber => typeof s === 'number');
    const number = next ?? previous;
    if (number === undefined) throw new Error('a deck needs at least one slide in one of the agenda’s sections');
    return number;
  });
}
