import { describe, expect, it } from 'vitest';
import { agenda, agendaSection, sectionLabel, totalMinutes } from './agenda';

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

  it('puts the old architecture before the new one, as the talk did', () => {
    expect(agendaSection(2).title).toBe('VPC Lambdaのアーキテクチャ(旧)');
    expect(agendaSection(3).title).toBe('VPC Lambdaのアーキテクチャ(新)');
  });

  it('labels a slide by its numbered section, or by the part of the deck outside them', () => {
    expect(sectionLabel(4)).toBe('4. 改善効果について');
    expect(sectionLabel('agenda')).toBe('アジェンダ');
    expect(sectionLabel('intro')).toBe('はじめに');
  });

  it('refuses a section the talk does not have', () => {
    expect(() => agendaSection(7)).toThrow('no agenda section 7');
  });
});
