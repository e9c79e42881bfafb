import { describe, expect, it } from 'vitest';
import { agenda, agendaSection, sectionLabel, sectionTitle, totalMinutes } from './agenda';
import { ja } from '../i18n/ja';

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
    expect(sectionTitle(2, ja.agenda)).toBe('VPC Lambdaのアーキテクチャ(旧)');
    expect(sectionTitle(3, ja.agenda)).toBe('VPC Lambdaのアーキテクチャ(新)');
  });

  it('labels a slide by its numbered section, or by the part of the deck outside them', () => {
    expect(sectionLabel(4, ja.agenda)).toBe('4. 改善効果について');
    expect(sectionLabel('agenda', ja.agenda)).toBe('アジェンダ');
    expect(sectionLabel('intro', ja.agenda)).toBe('はじめに');
  });

  it('refuses a section the talk does not have', () => {
    expect(() => agendaSection(7)).toThrow('no agenda section 7');
  });
});
