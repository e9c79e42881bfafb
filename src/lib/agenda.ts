/**
 * The talk's six sections with their minutes, as slide 6 lists them.
 * Slides 7, 11, 18, 23, 38 and 44 repeat this agenda with the next section highlighted.
 */
export type SectionNumber = 1 | 2 | 3 | 4 | 5 | 6;

export interface AgendaSection {
  number: SectionNumber;
  title: string;
  minutes: number;
}

export const agenda: readonly AgendaSection[] = [
  { number: 1, title: 'AWS Lambdaのアーキテクチャおさらい', minutes: 5 },
  { number: 2, title: 'VPC Lambdaのアーキテクチャ(旧)', minutes: 6 },
  { number: 3, title: 'VPC Lambdaのアーキテクチャ(新)', minutes: 4 },
  { number: 4, title: '改善効果について', minutes: 6 },
  { number: 5, title: 'どのように考え方を変えるべきなのか', minutes: 5 },
  { number: 6, title: 'まとめ', minutes: 2 },
];

/** Parts of the deck that sit outside the six sections. */
export const frameParts = ['title', 'intro', 'agenda', 'end'] as const;
export type FramePart = (typeof frameParts)[number];
export type SlideSection = SectionNumber | FramePart;

export const totalMinutes = agenda.reduce((sum, section) => sum + section.minutes, 0);

export function agendaSection(number: number): AgendaSection {
  const section = agenda.find((s) => s.number === number);
  if (!section) throw new Error(`no agenda section ${number}: the talk has sections 1–${agenda.length}`);
  return section;
}

const framePartLabels: Record<FramePart, string> = {
  title: 'タイトル',
  intro: 'はじめに',
  agenda: 'アジェンダ',
  end: 'おわりに',
};

/** The label the deck shows for the part of the talk a slide belongs to. */
export function sectionLabel(section: SlideSection): string {
  if (typeof section === 'number') {
    const { number, title } = agendaSection(section);
    return `${number}. ${title}`;
  }
  return framePartLabels[section];
}
