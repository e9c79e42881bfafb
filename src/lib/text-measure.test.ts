import { describe, expect, it } from 'vitest';
import { breakOpportunities, textWidth, wrapText } from './text-measure';

describe('text measure', () => {
  it('counts CJK as full width and Latin as about half', () => {
    expect(textWidth('実行環境', 16)).toBe(64);
    expect(textWidth('ENI', 10)).toBeCloseTo(6.6 + 6.6 + 6.6);
    expect(textWidth('Hyperplane', 16)).toBeLessThan(textWidth('ハイパープレーン', 16));
  });

  it('keeps a short text on one line', () => {
    expect(wrapText('API Gateway', 400, 20)).toEqual(['API Gateway']);
  });

  it('breaks Latin text at spaces, every line within the width', () => {
    const lines = wrapText('Announcing improved VPC networking for AWS Lambda functions', 200, 16);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe('Announcing improved VPC networking for AWS Lambda functions');
  });

  it('never breaks inside a katakana word, a Latin word, or a number and its counter within Japanese', () => {
    expect(breakOpportunities('サブネットのIPアドレス3,000個')).toEqual(['サブネット', 'の', 'IP', 'アドレス', '3,000個']);
    expect(breakOpportunities('ごとに1つ')).toEqual(['ご', 'と', 'に', '1つ']);
    for (const width of [90, 120, 160, 200]) {
      const lines = wrapText('サブネットのIPアドレスとHyperplane ENI', width, 16);
      expect(lines.join('').replace(/ /g, '')).toBe('サブネットのIPアドレスとHyperplaneENI');
      for (const word of ['サブネット', 'アドレス', 'Hyperplane']) expect(lines.some((line) => line.includes(word)), `${width}: ${lines}`).toBe(true);
    }
  });

  it('keeps closing punctuation and small kana with the character before them', () => {
    const lines = wrapText('北カリフォルニア、アイルランド、パリ、ムンバイ', 100, 16);
    for (const line of lines) expect(line.startsWith('、')).toBe(false);
    expect(breakOpportunities('待っている')).toEqual(['待っ', 'て', 'い', 'る']);
  });

  it('breaks a Japanese word wider than the whole line between its characters', () => {
    const lines = wrapText('サブネット × セキュリティグループごとに1つ', 120, 15);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(120);
  });

  it('never breaks at a no-break space', () => {
    expect(breakOpportunities('IP 1\u00a0· Errors 0')).toEqual(['IP ', '1\u00a0· ', 'Errors ', '0']);
    for (const line of wrapText('使用中のIP 1\u00a0· コールドスタート 中央値 0.40 秒\u00a0· 最大 0.40 秒', 200, 14)) expect(line.startsWith('·')).toBe(false);
  });

  it('keeps explicit line breaks', () => {
    expect(wrapText('Worker\n3 GB', 400, 16)).toEqual(['Worker', '3 GB']);
  });
});
